package dev.infractl.template;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the compiler search and the compile cache read from the machine: environment variables and the
 * home folder. Commands pass {@link #system()}; tests pass a made-up PATH and home.
 */
public record CompilerEnvironment(Map<String, String> variables, Path home) {

    public CompilerEnvironment {
        variables = Map.copyOf(variables);
    }

    public static CompilerEnvironment system() {
        return new CompilerEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(value -> !value.isBlank());
    }

    public List<Path> pathFolders() {
        return variable("PATH").stream()
                .flatMap(path -> Arrays.stream(path.split(File.pathSeparator)))
                .filter(folder -> !folder.isBlank())
                .map(Path::of)
                .toList();
    }

    /** {@code $XDG_CACHE_HOME/infractl/bicep}, else {@code ~/.cache/infractl/bicep}. */
    public Path cacheFolder() {
        Path base = variable("XDG_CACHE_HOME").map(Path::of).filter(Path::isAbsolute)
                .orElseGet(() -> home.resolve(".cache"));
        return base.resolve("infractl").resolve("bicep");
    }
}
