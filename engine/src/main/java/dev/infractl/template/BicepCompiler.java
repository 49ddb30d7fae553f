package dev.infractl.template;

import java.nio.file.Path;
import java.util.List;

/**
 * A Bicep compiler found on this machine: the {@code bicep} program itself, or the az CLI, which runs
 * Bicep through {@code az bicep}.
 */
public record BicepCompiler(Path executable, FoundBy foundBy) {

    /** Where the search found it, in the order the search looks. */
    public enum FoundBy {
        OPTION("--bicep"),
        ENVIRONMENT("INFRACTL_BICEP"),
        PATH("bicep on PATH"),
        AZURE_HOME("~/.azure/bin"),
        AZ_CLI("az on PATH");

        private final String description;

        FoundBy(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** Named by the user: when it does not work that is an error, not a reason to look further. */
    public boolean explicit() {
        return foundBy == FoundBy.OPTION || foundBy == FoundBy.ENVIRONMENT;
    }

    public List<String> buildCommand(Path bicepFile) {
        String file = bicepFile.toString();
        return foundBy == FoundBy.AZ_CLI
                ? List.of(executable.toString(), "bicep", "build", "--file", file, "--stdout")
                : List.of(executable.toString(), "build", file, "--stdout");
    }

    public List<String> versionCommand() {
        return foundBy == FoundBy.AZ_CLI
                ? List.of(executable.toString(), "bicep", "version")
                : List.of(executable.toString(), "--version");
    }

    /** {@code az bicep} or {@code bicep}, as the user would type it. */
    public String displayName() {
        return foundBy == FoundBy.AZ_CLI ? "az bicep" : "bicep";
    }
}
