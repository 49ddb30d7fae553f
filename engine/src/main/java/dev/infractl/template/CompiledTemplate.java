package dev.infractl.template;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.Problem;
import java.util.List;

/**
 * An ARM template ready to deploy, and where it came from.
 *
 * @param json the ARM JSON template
 * @param warnings compiler warnings and anything surprising, such as falling back to the committed JSON
 * @param origin how the JSON was obtained
 * @param sourceSha256 {@link SourceHash} of the Bicep file, or null when the project has only JSON
 * @param compiledBy the compiler's version and path, such as
 *                   {@code Bicep CLI version 0.30.23 (ec3612f4ba) at /usr/local/bin/bicep}; null for the committed JSON
 */
public record CompiledTemplate(JsonNode json, List<Problem> warnings, Origin origin, String sourceSha256,
                               String compiledBy) {

    public enum Origin {
        /** The Bicep compiler just ran. */
        BICEP,
        /** A previous compile of exactly these sources with this compiler version, from the disk cache. */
        CACHE,
        /** The committed {@code inference.json}: no compiler, or no Bicep in the project. */
        COMMITTED_JSON
    }

    public CompiledTemplate {
        warnings = List.copyOf(warnings);
    }
}
