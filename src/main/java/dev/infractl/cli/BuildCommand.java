package dev.infractl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.Problem;
import dev.infractl.SourceLocation;
import dev.infractl.config.JsonFiles;
import dev.infractl.config.ProjectLayout;
import dev.infractl.exec.CommonsExecProcessRunner;
import dev.infractl.exec.ProcessRunner;
import dev.infractl.template.CommittedTemplate;
import dev.infractl.template.CompiledTemplate;
import dev.infractl.template.CompiledTemplate.Origin;
import dev.infractl.template.CompilerEnvironment;
import dev.infractl.template.TemplateCompiler;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build",
        description = {"Compile infra/provision/inference.bicep to inference.json, recording the Bicep's SHA-256.",
            "Looks for a compiler in this order: --bicep, INFRACTL_BICEP, bicep on PATH, ~/.azure/bin/bicep, az bicep.",
            "Without one, checks that the committed inference.json was compiled from this exact Bicep."},
        footerHeading = "%nExamples:%n",
        footer = {"  infractl build", "  infractl build --bicep ~/tools/bicep"})
final class BuildCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--bicep", paramLabel = "PATH", description = "The Bicep compiler to use (else INFRACTL_BICEP, PATH, ...).")
    Path bicep;

    @Spec
    CommandSpec spec;

    /** What happened to inference.json. */
    private enum Outcome { WRITTEN, UNCHANGED, ALREADY_CURRENT, JSON_ONLY }

    /** Swapped by tests for a made-up PATH, home and cache. */
    CompilerEnvironment environment = CompilerEnvironment.system();
    /** Swapped by tests; made on first use so that other commands never load commons-exec. */
    ProcessRunner runner;

    @Override
    public Integer call() {
        ProjectLayout project = common.project();
        ProcessRunner processes = runner == null ? new CommonsExecProcessRunner() : runner;
        TemplateCompiler compiler = new TemplateCompiler(environment, bicep, processes, TemplateCompiler.DEFAULT_TIMEOUT);
        CompiledTemplate compiled = compiler.compile(project);
        PrintWriter err = spec.commandLine().getErr();
        compiled.warnings().forEach(warning -> printWarning(err, warning, project));
        Path target = project.compiledTemplate();
        Outcome outcome = compiled.origin() != Origin.COMMITTED_JSON ? write(compiled, project.templateBicep(), target)
                : compiled.sourceSha256() == null ? Outcome.JSON_ONLY : Outcome.ALREADY_CURRENT;
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            out.println(JsonFiles.toText(summary(compiled, project, outcome)).strip());
        } else {
            out.println(project.relative(target) + ": " + describe(outcome, compiled, project));
        }
        out.flush();
        return 0;
    }

    private static Outcome write(CompiledTemplate compiled, Path bicepFile, Path target) {
        JsonNode recorded = CommittedTemplate.withSource(compiled.json(), bicepFile.getFileName().toString(),
                compiled.sourceSha256());
        String text = JsonFiles.toText(recorded);
        if (text.equals(currentText(target))) {
            return Outcome.UNCHANGED;
        }
        JsonFiles.writeAtomically(target, text);
        return Outcome.WRITTEN;
    }

    private static String describe(Outcome outcome, CompiledTemplate compiled, ProjectLayout project) {
        String bicepFile = project.relative(project.templateBicep()).toString();
        return switch (outcome) {
            case JSON_ONLY -> "used as is (there is no " + bicepFile + " to compile)";
            case ALREADY_CURRENT -> "already current: it records the SHA-256 of " + bicepFile
                    + " as it is now, so no compiler was needed";
            case WRITTEN, UNCHANGED -> outcome.name().toLowerCase() + ", compiled from " + bicepFile
                    + (compiled.origin() == Origin.CACHE ? " (from the compile cache; " : " (")
                    + compiled.compiledBy() + ")";
        };
    }

    private static ObjectNode summary(CompiledTemplate compiled, ProjectLayout project, Outcome outcome) {
        ObjectNode summary = JsonFiles.MAPPER.createObjectNode();
        summary.put("file", project.relative(project.compiledTemplate()).toString());
        summary.put("outcome", outcome.name().toLowerCase());
        summary.put("origin", compiled.origin().name());
        summary.put("sourceSha256", compiled.sourceSha256());
        summary.put("compiledBy", compiled.compiledBy());
        compiled.warnings().forEach(warning -> summary.withArray("warnings").add(warning.message()));
        return summary;
    }

    private static void printWarning(PrintWriter err, Problem warning, ProjectLayout project) {
        err.println("warning: " + warning.message());
        SourceLocation location = warning.location();
        if (location != null) {
            Path file = location.file() == null ? null : project.relative(location.file());
            err.println("  at " + new SourceLocation(file, location.line(), location.column(), location.jsonPath())
                    .describe());
        }
        if (warning.hint() != null) {
            err.println("hint: " + warning.hint());
        }
        err.flush();
    }

    private static String currentText(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
