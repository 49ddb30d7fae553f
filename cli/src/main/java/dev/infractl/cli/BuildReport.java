package dev.infractl.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.config.JsonFiles;
import dev.infractl.config.ProjectLayout;
import dev.infractl.template.CompiledTemplate;
import dev.infractl.template.TemplateBuild;
import java.io.PrintWriter;

/** Shows what {@code build} did: a line (or a JSON object) on stdout, warnings on stderr. */
final class BuildReport {

    private final ProjectLayout project;
    private final PrintWriter out;
    private final PrintWriter err;

    BuildReport(ProjectLayout project, PrintWriter out, PrintWriter err) {
        this.project = project;
        this.out = out;
        this.err = err;
    }

    void print(TemplateBuild.Result result, boolean json) {
        result.compiled().warnings().forEach(warning -> ErrorReporter.warn(warning, project, err));
        err.flush();
        out.println(json ? JsonFiles.toText(summary(result)).strip()
                : project.relative(result.file()) + ": " + describe(result));
        out.flush();
    }

    private String describe(TemplateBuild.Result result) {
        String bicepFile = project.relative(project.templateBicep()).toString();
        CompiledTemplate compiled = result.compiled();
        return switch (result.outcome()) {
            case JSON_ONLY -> "used as is (there is no " + bicepFile + " to compile)";
            case ALREADY_CURRENT -> "already current: it records the SHA-256 of " + bicepFile
                    + " as it is now, so no compiler was needed";
            case WRITTEN, UNCHANGED -> result.outcome().name().toLowerCase() + ", compiled from " + bicepFile
                    + (compiled.origin() == CompiledTemplate.Origin.CACHE ? " (from the compile cache; " : " (")
                    + compiled.compiledBy() + ")";
        };
    }

    private ObjectNode summary(TemplateBuild.Result result) {
        CompiledTemplate compiled = result.compiled();
        ObjectNode summary = JsonFiles.MAPPER.createObjectNode();
        summary.put("file", project.relative(result.file()).toString());
        summary.put("outcome", result.outcome().name().toLowerCase());
        summary.put("origin", compiled.origin().name());
        summary.put("sourceSha256", compiled.sourceSha256());
        summary.put("compiledBy", compiled.compiledBy());
        summary.putArray("warnings");
        compiled.warnings().forEach(warning -> summary.withArray("warnings").add(warning.message()));
        return summary;
    }
}
