package dev.infractl.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Not a command: scripts/infractl runs this once per build under -XX:ArchiveClassesAtExit, so that the classes
 * of the common paths (parameters, the emulator, the Resource Manager and Files SDKs) are in the class-data
 * archive that later runs map instead of parsing. Works in a throw-away project and prints nothing.
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path project = Files.createTempDirectory("infractl-training");
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(silent);
        System.setErr(silent);
        try {
            String dir = project.toString();
            Main.run("--version");
            Main.run("init", "-C", dir);
            Main.run("params", "-C", dir);
            Main.run("params", "--output", "json", "-C", dir);
            Main.run("provision", "--local", "--yes", "--emulator-speed", "20", "-C", dir);
            Files.createDirectories(project.resolve("inference"));
            Files.writeString(project.resolve("inference").resolve("app.py"), "print('hello')\n");
            Main.run("deploy", "--local", "--no-restart", "--no-wait", "--output", "json", "-C", dir);
            Main.run("status", "--local", "-C", dir);
        } finally {
            System.setOut(out);
            System.setErr(err);
            delete(project);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
