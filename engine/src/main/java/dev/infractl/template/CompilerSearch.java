package dev.infractl.template;

import dev.infractl.InfractlException;
import dev.infractl.SourceLocation;
import dev.infractl.template.BicepCompiler.FoundBy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds Bicep compilers in DESIGN.md's order: {@code --bicep}, INFRACTL_BICEP, {@code bicep} on PATH,
 * {@code ~/.azure/bin/bicep}, then {@code az}. A compiler the user named is the only candidate; otherwise
 * every one found is returned, best first, so that one that fails to start can be passed over.
 */
final class CompilerSearch {

    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    private final CompilerEnvironment environment;
    private final Path explicitBicep;

    CompilerSearch(CompilerEnvironment environment, Path explicitBicep) {
        this.environment = environment;
        this.explicitBicep = explicitBicep;
    }

    List<BicepCompiler> candidates() {
        if (explicitBicep != null) {
            return List.of(named(explicitBicep, FoundBy.OPTION, "--bicep"));
        }
        Optional<String> fromEnvironment = environment.variable("INFRACTL_BICEP");
        if (fromEnvironment.isPresent()) {
            return List.of(named(Path.of(fromEnvironment.get()), FoundBy.ENVIRONMENT, "INFRACTL_BICEP"));
        }
        List<BicepCompiler> found = new ArrayList<>();
        onPath("bicep").ifPresent(path -> found.add(new BicepCompiler(path, FoundBy.PATH)));
        executableIn(environment.home().resolve(".azure").resolve("bin"), "bicep")
                .ifPresent(path -> found.add(new BicepCompiler(path, FoundBy.AZURE_HOME)));
        onPath("az").ifPresent(path -> found.add(new BicepCompiler(path, FoundBy.AZ_CLI)));
        return found;
    }

    private static BicepCompiler named(Path path, FoundBy foundBy, String setting) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute) || !Files.isExecutable(absolute)) {
            throw InfractlException.badInput(setting + " names " + absolute + ", which is not an executable file",
                    SourceLocation.of(absolute),
                    "point " + setting + " at the bicep program (`az bicep install` puts it in ~/.azure/bin/)");
        }
        return new BicepCompiler(absolute, foundBy);
    }

    private Optional<Path> onPath(String program) {
        return environment.pathFolders().stream()
                .map(folder -> executableIn(folder, program))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<Path> executableIn(Path folder, String program) {
        List<String> names = WINDOWS ? List.of(program + ".exe", program + ".cmd") : List.of(program);
        return names.stream()
                .map(name -> folder.resolve(name).toAbsolutePath())
                .filter(file -> Files.isRegularFile(file) && Files.isExecutable(file))
                .findFirst();
    }
}
