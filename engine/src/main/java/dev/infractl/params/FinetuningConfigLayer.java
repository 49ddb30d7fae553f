package dev.infractl.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.infractl.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Layer 3: the outputs of the fine-tuning provisioning name the storage the inference app shares.
 * SUBSCRIPTION_ID and RESOURCE_GROUP_NAME feed the target instead (see {@link TargetResolver}).
 */
final class FinetuningConfigLayer {

    /** Config key to the template parameter it supplies. */
    static final Map<String, String> PARAMETER_BY_KEY = Map.of(
            "STORAGE_ACCOUNT_NAME", "storageAccountName",
            "FILE_SHARE_NAME", "fileShareName");

    private FinetuningConfigLayer() {
    }

    static ParameterLayer from(Map<String, String> config, Path shownFile, TemplateParameters template, List<String> notes) {
        List<ParameterAssignment> assignments = new ArrayList<>();
        for (String key : List.of("STORAGE_ACCOUNT_NAME", "FILE_SHARE_NAME")) {
            String value = config.get(key);
            if (value == null || value.isBlank()) {
                continue;
            }
            String parameter = PARAMETER_BY_KEY.get(key);
            if (template.find(parameter).isEmpty()) {
                notes.add(shownFile + " " + key + " ignored: the template declares no parameter " + parameter);
                continue;
            }
            assignments.add(new ParameterAssignment(parameter, TextNode.valueOf(value), ValueKind.LITERAL,
                    ParameterSource.of(Layer.FINETUNING_CONFIG, SourceLocation.jsonPath(shownFile, "$." + key))));
        }
        return new ParameterLayer(Layer.FINETUNING_CONFIG, assignments);
    }

    /**
     * What the file says about the fine-tuning job, as notes: ACA_JOB_NAME and COMMANDS (a JSON array of the
     * job's shell commands) belong to fine-tuning, not to any inference parameter, but people want to see
     * where they came from. A shape we do not expect is a note too, never an error: the AI Toolkit owns the file.
     */
    static void describeJob(ObjectNode config, Path shownFile, List<String> notes) {
        JsonNode job = config.path("ACA_JOB_NAME");
        if (job.isTextual() && !job.asText().isBlank()) {
            notes.add("fine-tuning job: " + job.asText() + " (" + shownFile + " $.ACA_JOB_NAME)");
        }
        JsonNode commands = config.path("COMMANDS");
        if (commands.isMissingNode() || commands.isNull()) {
            return;
        }
        List<String> texts = new ArrayList<>();
        if (commands.isArray()) {
            commands.forEach(command -> texts.add(command.isTextual() ? command.asText() : null));
        } else if (commands.isTextual()) {
            texts.add(commands.asText());
        } else {
            texts.add(null);
        }
        if (texts.contains(null)) {
            notes.add(shownFile + " $.COMMANDS is not a list of strings; left as it is and not used");
            return;
        }
        notes.add("fine-tuning commands: " + texts.size() + (texts.size() == 1 ? " command" : " commands") + " from "
                + shownFile + " $.COMMANDS, run by the fine-tuning job; the inference app runs defaultCommands");
    }
}
