package dev.infractl.template;

import dev.infractl.config.ProjectLayout;
import dev.infractl.exec.CommonsExecProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A made-up machine inside a temporary folder: a project, a PATH folder, a home and a cache folder, and
 * the environment variables that point at them. Nothing of the real machine leaks in.
 */
public final class FakeMachine {

    public static final String BICEP = "param location string = resourceGroup().location\n";

    public final ProjectLayout project;
    public final Path bin;
    public final Path home;
    public final Path cache;
    private final Map<String, String> variables = new HashMap<>();

    public FakeMachine(Path temp) {
        this.project = new ProjectLayout(temp.resolve("project"));
        this.bin = temp.resolve("bin");
        this.home = temp.resolve("home");
        this.cache = temp.resolve("cache");
        variables.put("PATH", bin.toString());
        variables.put("XDG_CACHE_HOME", cache.toString());
    }

    public FakeMachine set(String name, String value) {
        variables.put(name, value);
        return this;
    }

    public CompilerEnvironment environment() {
        return new CompilerEnvironment(variables, home);
    }

    public TemplateCompiler compiler() {
        return new TemplateCompiler(environment(), null, new CommonsExecProcessRunner(), Duration.ofSeconds(60));
    }

    public FakeBicep bicepOnPath() {
        return FakeBicep.at(bin.resolve("bicep"));
    }

    public Path bicep(String text) {
        return write(project.templateBicep(), text);
    }

    /** inference.json as the template helper commits it, recording {@code sourceSha256}. */
    public Path committedJson(String sourceSha256) {
        String metadata = sourceSha256 == null ? "{}"
                : "{\"infractl\": {\"sourceFile\": \"inference.bicep\", \"sourceSha256\": \"" + sourceSha256 + "\"}}";
        return write(project.compiledTemplate(), "{\"$schema\": \"x\", \"contentVersion\": \"1.0.0.0\", \"metadata\": "
                + metadata + ", \"resources\": [{\"type\": \"committed\"}]}");
    }

    public static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
