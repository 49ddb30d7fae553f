package dev.infractl.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.Problem;
import dev.infractl.SourceLocation;
import dev.infractl.config.JsonFiles;
import dev.infractl.exec.ProcessResult;
import dev.infractl.exec.ProcessRunner;
import dev.infractl.template.BicepDiagnostic.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** One {@code bicep build --stdout}: runs it and reads its diagnostics, mapping failure to our error type. */
final class BicepRun {

    /**
     * @param otherLines what the compiler printed to stderr besides diagnostics (az's notices, say)
     */
    record Output(JsonNode template, List<BicepDiagnostic> warnings, List<String> otherLines) {
    }

    private static final int QUOTED_LINES = 20;

    private final ProcessRunner runner;
    private final Duration timeout;

    BicepRun(ProcessRunner runner, Duration timeout) {
        this.runner = runner;
        this.timeout = timeout;
    }

    Output build(BicepCompiler compiler, Path bicepFile) {
        Path folder = bicepFile.getParent();
        ProcessResult result = runner.run(compiler.buildCommand(bicepFile), folder, timeout);
        if (result.timedOut()) {
            throw new InfractlException(ExitCode.TIMED_OUT, compiler.displayName() + " did not finish compiling "
                    + bicepFile.getFileName() + " within " + timeout.toSeconds() + " s and was stopped",
                    SourceLocation.of(bicepFile), "run `" + String.join(" ", compiler.buildCommand(bicepFile))
                    + "` by hand to see where it hangs (modules fetched from a registry are the usual cause)");
        }
        // Diagnostics go to stderr; stdout is the template, whose strings could look like diagnostics.
        List<BicepDiagnostic> diagnostics = BicepDiagnostic.parseAll(result.stderr(), folder);
        if (result.exitCode() != 0) {
            throw failed(compiler, bicepFile, result, diagnostics);
        }
        List<BicepDiagnostic> warnings = diagnostics.stream()
                .filter(diagnostic -> diagnostic.severity() != Severity.ERROR).toList();
        List<String> otherLines = result.stderr().lines().map(String::strip)
                .filter(line -> !line.isEmpty() && BicepDiagnostic.parse(line, folder).isEmpty()).toList();
        return new Output(template(compiler, bicepFile, result), warnings, otherLines);
    }

    private static InfractlException failed(BicepCompiler compiler, Path bicepFile, ProcessResult result,
                                            List<BicepDiagnostic> diagnostics) {
        Path folder = bicepFile.getParent();
        List<Problem> errors = diagnostics.stream().filter(diagnostic -> diagnostic.severity() == Severity.ERROR)
                .map(diagnostic -> diagnostic.toProblem(folder)).toList();
        if (!errors.isEmpty()) {
            return InfractlException.badInput(errors);
        }
        return InfractlException.badInput(compiler.displayName() + " failed on " + bicepFile.getFileName()
                        + " with exit code " + result.exitCode() + quote(result.stderr() + "\n" + result.stdout()),
                SourceLocation.of(bicepFile), "fix what the compiler reports, then run `infractl build` again");
    }

    private static JsonNode template(BicepCompiler compiler, Path bicepFile, ProcessResult result) {
        try {
            JsonNode template = JsonFiles.MAPPER.readTree(result.stdout());
            if (template != null && template.isObject()) {
                return template;
            }
        } catch (JsonProcessingException notJson) {
            // Reported below together with what was printed.
        }
        throw InfractlException.badInput(compiler.displayName() + " succeeded on " + bicepFile.getFileName()
                        + " but printed no ARM JSON template" + quote(result.stdout()),
                SourceLocation.of(bicepFile), "check that " + compiler.executable() + " is the Bicep CLI");
    }

    /** The last lines of what the compiler printed, indented under our message. */
    private static String quote(String output) {
        List<String> lines = output.lines().filter(line -> !line.isBlank()).toList();
        List<String> tail = lines.subList(Math.max(0, lines.size() - QUOTED_LINES), lines.size());
        return tail.isEmpty() ? " and printed nothing" : ":\n    " + String.join("\n    ", tail);
    }
}
