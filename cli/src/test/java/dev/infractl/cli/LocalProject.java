package dev.infractl.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A copy of the repository's project files in a temporary folder, and a way to run infractl in it. */
final class LocalProject {

    final Path root;
    String out = "";
    String err = "";

    LocalProject(Path root) {
        this(root, true);
    }

    /** @param withTemplate whether to copy the repository's template files in (false: the folder has its own) */
    LocalProject(Path root, boolean withTemplate) {
        this.root = root;
        if (!withTemplate) {
            return;
        }
        try {
            Path provision = Files.createDirectories(root.resolve("infra/provision"));
            for (String file : List.of("inference.bicep", "inference.json", "inference.parameters.json")) {
                Files.copy(Path.of("infra/provision", file), provision.resolve(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies an example project (examples/NAME) into {@code to}, without the state a local run left in it. */
    static void copyExample(Path example, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(example)) {
            for (Path source : walk.filter(path -> !path.toString().contains(".infractl" + File.separator)).toList()) {
                Path target = to.resolve(example.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** Where --local keeps its outputs: the environment named local, never the Azure config. */
    static final String LOCAL_CONFIG = ".infractl/envs/local/inference.config.json";

    /** The config --local commands write and read. */
    Path config() {
        return root.resolve(LOCAL_CONFIG);
    }

    /** The project's own (Azure) config, which the AI Toolkit's editor commands read too. */
    Path azureConfig() {
        return root.resolve("infra/inference.config.json");
    }

    /** Runs infractl with -C root and a fast local emulator; keeps stdout and stderr. */
    int run(String... args) {
        return run(command -> { }, args);
    }

    /** Like {@link #run(String...)}, letting the test adjust the command objects first (their seams). */
    int run(Consumer<Object> adjust, String... args) {
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        var cli = Main.commandLine();
        cli.getSubcommands().values().forEach(sub -> adjust.accept(sub.getCommand()));
        cli.setOut(new PrintWriter(outText, true));
        cli.setErr(new PrintWriter(errText, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("-C", root.toString()));
        if (all.contains("--local") && !all.contains("--emulator-speed")) {
            all.addAll(List.of("--emulator-speed", "50"));
        }
        int code = cli.execute(all.toArray(String[]::new));
        out = outText.toString();
        err = errText.toString();
        return code;
    }

    void write(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
