package dev.infractl.cli;

import dev.infractl.InfractlException;
import dev.infractl.SourceLocation;
import dev.infractl.config.ProjectLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes. */
public final class CommonOptions {

    public enum Output { text, json }

    @Option(names = {"-C", "--project-dir"}, paramLabel = "DIR", description = "The project folder (default: the current folder).")
    Path projectDir = Path.of("");

    @Option(names = "--output", paramLabel = "text|json", description = "text for people, json for scripts (default: ${DEFAULT-VALUE}).")
    Output output = Output.text;

    @Option(names = "--no-color", description = "Plain text without colours (also when NO_COLOR is set).")
    boolean noColor;

    @Option(names = "--verbose", description = "Log each Azure request (secrets redacted) to stderr.")
    boolean verbose;

    /** The project folder, which must exist: a mistyped -C is named as such, not as a project without files. */
    public ProjectLayout project() {
        if (!Files.isDirectory(projectDir)) {
            boolean exists = Files.exists(projectDir);
            throw InfractlException.badInput("the project folder " + projectDir.toAbsolutePath().normalize()
                    + (exists ? " is a file, not a folder" : " does not exist"), SourceLocation.of(projectDir),
                    "check the path given to -C/--project-dir" + (exists ? "" : "; `infractl init -C DIR` creates a new project"));
        }
        return new ProjectLayout(projectDir);
    }

    /** The project folder for commands that create it ({@code init}). */
    public ProjectLayout projectToCreate() {
        return new ProjectLayout(projectDir);
    }

    public boolean json() {
        return output == Output.json;
    }

    public boolean color() {
        return !noColor && System.getenv("NO_COLOR") == null;
    }

    public boolean verbose() {
        return verbose;
    }
}
