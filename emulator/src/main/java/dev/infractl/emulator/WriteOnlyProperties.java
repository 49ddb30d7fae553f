package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Properties a PUT sets and Azure never returns (keys, passwords, secret values): dropped before a resource is
 * stored, so a GET answers without them and no file of the state folder holds them.
 */
final class WriteOnlyProperties {

    /** By resource type: paths under {@code properties}; {@code []} walks every element of an array. */
    private static final Map<String, List<List<String>>> PATHS = Map.of(
            "microsoft.app/managedenvironments/storages", List.of(List.of("azureFile", "accountKey")),
            "microsoft.app/managedenvironments", List.of(
                    List.of("appLogsConfiguration", "logAnalyticsConfiguration", "sharedKey"),
                    List.of("daprAIInstrumentationKey"), List.of("daprAIConnectionString"),
                    List.of("customDomainConfiguration", "certificatePassword")),
            "microsoft.app/containerapps", List.of(List.of("configuration", "secrets", "[]", "value")),
            "microsoft.app/jobs", List.of(List.of("configuration", "secrets", "[]", "value")),
            "microsoft.keyvault/vaults/secrets", List.of(List.of("value")));

    private WriteOnlyProperties() {
    }

    static void drop(String type, ObjectNode properties) {
        for (List<String> path : PATHS.getOrDefault(StateStore.normal(type), List.of())) {
            drop(properties, path);
        }
    }

    private static void drop(JsonNode node, List<String> path) {
        if (path.size() == 1) {
            if (node instanceof ObjectNode object) {
                object.remove(path.get(0));
            }
            return;
        }
        if (path.get(0).equals("[]")) {
            node.forEach(element -> drop(element, path.subList(1, path.size())));
            return;
        }
        drop(node.path(path.get(0)), path.subList(1, path.size()));
    }
}
