package dev.infractl.config;

import dev.infractl.InfractlException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The named environments of a project, one folder each under {@code .infractl/envs/}. Only local state: nothing
 * here talks to Azure, and forgetting an environment never deletes what it deployed.
 */
public record Environments(ProjectLayout project) {

    /** Every environment that has a folder, by name. */
    public List<String> names() {
        Path folder = project.environments();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory).map(child -> child.getFileName().toString())
                    .filter(name -> name.matches("[A-Za-z0-9_-]{1,64}")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String name) {
        return Files.isDirectory(folder(name));
    }

    /** What the files say about {@code name}: its target and, once provisioned, its outputs and when they were written. */
    public EnvironmentState state(String name) {
        ConfigLocation location = project.config(ConfigLocation.checkName(name, "environment"));
        Map<String, String> outputs = ConfigFile.read(location.file());
        Optional<Instant> written = Optional.empty();
        try {
            if (Files.isRegularFile(location.file())) {
                written = Optional.of(Files.getLastModifiedTime(location.file()).toInstant());
            }
        } catch (IOException e) {
            // the time is a nicety; the outputs were read
        }
        int present = (int) java.util.Arrays.stream(ConfigKey.values()).filter(key -> outputs.containsKey(key.name())).count();
        return new EnvironmentState(name, location.target(), present, outputs.get(ConfigKey.ACA_APP_ENDPOINT.name()), written);
    }

    /** @throws InfractlException bad input when the environment already has a folder */
    public Path create(String name, EnvironmentTarget target) {
        Path folder = folder(ConfigLocation.checkName(name, "env new"));
        if (Files.exists(folder)) {
            throw InfractlException.badInput("environment " + name + " already exists (" + project.relative(folder) + ")",
                    null, "see it with `infractl env show " + name + "`, or `infractl env remove " + name + "` first");
        }
        Path file = folder.resolve(EnvironmentTarget.FILE_NAME);
        target.merge(file);
        return file;
    }

    /** Deletes the environment's folder (its outputs, parameters and target); never anything in Azure. */
    public Path remove(String name) {
        Path folder = folder(ConfigLocation.checkName(name, "env remove"));
        if (!Files.isDirectory(folder)) {
            throw InfractlException.badInput("no environment named " + name, null,
                    "`infractl env list` shows the environments of this project");
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    private Path folder(String name) {
        return project.environments().resolve(name);
    }
}
