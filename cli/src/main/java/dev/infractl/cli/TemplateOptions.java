package dev.infractl.cli;

import dev.infractl.InfractlException;
import dev.infractl.SourceLocation;
import dev.infractl.config.ProjectLayout;
import dev.infractl.exec.CommonsExecProcessRunner;
import dev.infractl.exec.ProcessRunner;
import dev.infractl.template.CompiledTemplate;
import dev.infractl.template.CompilerEnvironment;
import dev.infractl.template.TemplateCompiler;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How commands that need the template get it: compiled, cached, or the committed JSON (DESIGN.md, "Compiling Bicep"). */
public final class TemplateOptions {

    @Option(names = "--bicep", paramLabel = "PATH", description = "The Bicep compiler to use (else INFRACTL_BICEP, PATH, ~/.azure/bin/bicep, az bicep).")
    Path bicep;

    /** Swapped by tests for a made-up PATH, home and cache. */
    CompilerEnvironment environment;
    /** Swapped by tests; made only when a template is needed, so other paths never load commons-exec. */
    ProcessRunner runner;

    /** Compiles the project's template; warnings (such as the fallback to the committed JSON) go to {@code err}. */
    CompiledTemplate compile(ProjectLayout project, PrintWriter err) {
        if (!Files.isRegularFile(project.templateBicep()) && !Files.isRegularFile(project.compiledTemplate())) {
            throw InfractlException.badInput("no template in " + project.root(), SourceLocation.of(project.templateBicep()),
                    "run `infractl init` to write the template into the project, or pass -C with the project folder");
        }
        CompiledTemplate compiled;
        try {
            compiled = compiler().compile(project);
        } catch (InfractlException e) {
            throw emptyCommittedTemplate(project).orElse(e);
        }
        compiled.warnings().forEach(warning -> ErrorReporter.warn(warning, project, err));
        err.flush();
        return compiled;
    }

    /** An empty inference.json explained with a way to get it back, instead of the parser's "empty document". */
    private static Optional<InfractlException> emptyCommittedTemplate(ProjectLayout project) {
        Path json = project.compiledTemplate();
        try {
            if (!Files.isRegularFile(json) || !Files.readString(json).replace("\uFEFF", "").isBlank()) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        String restore = "restore it with `git checkout -- " + project.relative(json) + "`";
        String hint = Files.isRegularFile(project.templateBicep())
                ? "compile " + project.relative(project.templateBicep()) + " into it with `infractl build` (needs a Bicep"
                        + " compiler: `az bicep install`), or " + restore
                : restore + ", or write the bundled template again with `infractl init --force` (this also replaces"
                        + " inference.parameters.json: keep a copy of yours)";
        return Optional.of(InfractlException.badInput("the compiled template " + project.relative(json) + " is empty",
                SourceLocation.of(project.relative(json)), hint));
    }

    /** The compiler these options name (or the search order's first), made only when a template is needed. */
    TemplateCompiler compiler() {
        return new TemplateCompiler(environment == null ? CompilerEnvironment.system() : environment, bicep,
                runner == null ? new CommonsExecProcessRunner() : runner, TemplateCompiler.DEFAULT_TIMEOUT);
    }
}
