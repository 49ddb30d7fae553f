package dev.infractl.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The read-only properties Azure adds to what was PUT: a storage account's endpoints (the file endpoint is this
 * emulator's Files listener, path-style), an environment's default domain and static IP, a workspace's
 * customer id. Values made once are kept on later PUTs, as Azure keeps them.
 */
final class ComputedProperties {

    private final int filesPort;
    private final Clock clock;
    private final String tenantId;

    ComputedProperties(int filesPort, Clock clock, String tenantId) {
        this.filesPort = filesPort;
        this.clock = clock;
        this.tenantId = tenantId;
    }

    void add(ResourceId id, ObjectNode resource, Optional<ObjectNode> previous) {
        ObjectNode properties = (ObjectNode) resource.get("properties");
        ObjectNode before = previous.map(p -> p.path("properties")).filter(ObjectNode.class::isInstance)
                .map(ObjectNode.class::cast).orElse(Json.object());
        ComputedIdentities.add(id, resource, properties, tenantId);
        ComputedEndpoints.add(id, resource, properties, before);
        if (id.isType("Microsoft.Storage/storageAccounts")) {
            String account = id.leafName();
            ObjectNode endpoints = properties.putObject("primaryEndpoints");
            endpoints.put("file", "https://127.0.0.1:" + filesPort + "/" + account + "/");
            endpoints.put("blob", "https://" + account + ".blob.core.windows.net/");
            endpoints.put("queue", "https://" + account + ".queue.core.windows.net/");
            endpoints.put("table", "https://" + account + ".table.core.windows.net/");
            endpoints.put("dfs", "https://" + account + ".dfs.core.windows.net/");
            endpoints.put("web", "https://" + account + ".z6.web.core.windows.net/");
            properties.put("primaryLocation", resource.path("location").asText());
            properties.put("statusOfPrimary", "available");
            properties.put("creationTime", before.path("creationTime").asText(clock.instant().toString()));
        } else if (id.isType("Microsoft.App/managedEnvironments")) {
            properties.put("defaultDomain", before.path("defaultDomain").asText(
                    stableWord(id.id()) + "." + resource.path("location").asText("local") + ".azurecontainerapps.io"));
            properties.put("staticIp", "127.0.0.1");
        } else if (id.isType("Microsoft.OperationalInsights/workspaces")) {
            properties.put("customerId", before.path("customerId").asText(
                    UUID.nameUUIDFromBytes(id.id().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))
                            .toString()));
        }
    }

    /** Points a stored storage account at the Files listener of this process (its port changes per start). */
    void refresh(ObjectNode resource) {
        if (resource.path("type").asText().equalsIgnoreCase("Microsoft.Storage/storageAccounts")
                && resource.path("properties").path("primaryEndpoints").isObject()) {
            ((ObjectNode) resource.get("properties").get("primaryEndpoints")).put("file",
                    "https://127.0.0.1:" + filesPort + "/" + resource.path("name").asText() + "/");
        }
    }

    /** A GUID derived from an id and what it is for: the same on every PUT and every restart. */
    static String stableUuid(String id, String purpose) {
        return UUID.nameUUIDFromBytes((id.toLowerCase(Locale.ROOT) + "|" + purpose).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A short lower-case word derived from an id, like the random words in Azure's generated domains. */
    static String stableWord(String id) {
        String hex = UUID.nameUUIDFromBytes(id.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", "");
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + Character.digit(hex.charAt(i), 16) % 26));
        }
        return word.toString();
    }
}
