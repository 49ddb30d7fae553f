package dev.infractl.params;

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
}
