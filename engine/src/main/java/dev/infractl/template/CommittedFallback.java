package dev.infractl.template;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.InfractlException;
import dev.infractl.Problem;
import dev.infractl.SourceLocation;
import dev.infractl.config.JsonFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * With no compiler on the machine, the committed JSON stands in for the Bicep only when it records the
 * hash of this exact Bicep; anything else would deploy a template the user did not write.
 */
final class CommittedFallback {

    private static final String GET_A_COMPILER = "install the Bicep CLI (`az bicep install`, or the release for"
            + " your OS from https://github.com/Azure/bicep/releases) or point INFRACTL_BICEP or --bicep at it;"
            + " then `infractl build` compiles the template and writes %s";

    private final Path bicepFile;
    private final Path committed;
    private final String sourceSha256;

    CommittedFallback(Path bicepFile, Path committed, String sourceSha256) {
        this.bicepFile = bicepFile;
        this.committed = committed;
        this.sourceSha256 = sourceSha256;
    }

    /** The committed JSON, with a warning saying so, when it records this exact Bicep. */
    CompiledTemplate use(List<Problem> warnings) {
        String bicepName = bicepFile.getFileName().toString();
        String jsonName = committed.getFileName().toString();
        String hint = String.format(GET_A_COMPILER, jsonName);
        if (!Files.isRegularFile(committed)) {
            throw InfractlException.badInput("no Bicep compiler found" + passedOver(warnings) + ", and there is no " + jsonName
                    + " beside " + bicepName + " to use instead", SourceLocation.of(bicepFile), hint);
        }
        JsonNode template = JsonFiles.read(committed);
        Optional<String> recorded = CommittedTemplate.recordedHash(template);
        if (recorded.isEmpty()) {
            throw InfractlException.badInput("no Bicep compiler found" + passedOver(warnings) + ", and " + jsonName + " does not record which "
                    + bicepName + " it was compiled from", SourceLocation.jsonPath(committed, CommittedTemplate.HASH_PATH),
                    hint);
        }
        if (!recorded.get().equals(sourceSha256)) {
            throw InfractlException.badInput(bicepName + " changed since " + jsonName + " was compiled, and no Bicep"
                    + " compiler was found to compile it" + passedOver(warnings), SourceLocation.of(bicepFile), hint);
        }
        List<Problem> all = new ArrayList<>();
        all.add(new Problem("no Bicep compiler found" + passedOver(warnings) + "; using the committed " + jsonName
                + ", compiled from this exact " + bicepName, SourceLocation.of(committed), null));
        return new CompiledTemplate(template, all, CompiledTemplate.Origin.COMMITTED_JSON, sourceSha256, null);
    }

    /** The compilers that were found but could not be used, folded into the one message: " (passed over ...)". */
    private static String passedOver(List<Problem> reasons) {
        return reasons.isEmpty() ? "" : " (" + String.join("; ", reasons.stream().map(Problem::message).toList()) + ")";
    }
}
