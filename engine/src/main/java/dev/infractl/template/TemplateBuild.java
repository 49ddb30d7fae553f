package dev.infractl.template;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.config.JsonFiles;
import dev.infractl.config.ProjectLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code infractl build}: compiles the project's Bicep and writes {@code inference.json} with the record of
 * its source (contract A), so the committed JSON can later stand in for the Bicep on machines without a
 * compiler.
 */
public final class TemplateBuild {

    /** What happened to {@code inference.json}. */
    public enum Outcome {
        WRITTEN,
        /** Compiled, and the file already held exactly that. */
        UNCHANGED,
        /** No compiler, and the file records the Bicep as it is now. */
        ALREADY_CURRENT,
        /** There is no Bicep; the file is the template. */
        JSON_ONLY
    }

    public record Result(CompiledTemplate compiled, Outcome outcome, Path file) {
    }

    private final TemplateCompiler compiler;

    public TemplateBuild(TemplateCompiler compiler) {
        this.compiler = compiler;
    }

    public Result run(ProjectLayout project) {
        CompiledTemplate compiled = compiler.compile(project);
        Path target = project.compiledTemplate();
        if (compiled.origin() == CompiledTemplate.Origin.COMMITTED_JSON) {
            return new Result(compiled, compiled.sourceSha256() == null ? Outcome.JSON_ONLY : Outcome.ALREADY_CURRENT,
                    target);
        }
        JsonNode recorded = CommittedTemplate.withSource(compiled.json(),
                project.templateBicep().getFileName().toString(), compiled.sourceSha256());
        String text = JsonFiles.toText(recorded);
        if (text.equals(currentText(target))) {
            return new Result(compiled, Outcome.UNCHANGED, target);
        }
        JsonFiles.writeAtomically(target, text);
        return new Result(compiled, Outcome.WRITTEN, target);
    }

    private static String currentText(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException unreadable) {
            return null;
        }
    }
}
