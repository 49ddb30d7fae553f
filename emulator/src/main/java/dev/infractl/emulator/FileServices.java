package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A storage account's file service, {@code .../fileServices/default}: every account has one, as in Azure, with the
 * settings a new account gets (shares soft-deleted for 7 days, no CORS rules) until a PUT changes them. A PUT sets
 * the settings it names and keeps the others, as the service's Set File Service Properties does; the account's
 * sku shows on it.
 */
final class FileServices {

    static final String TYPE = "Microsoft.Storage/storageAccounts/fileServices";

    private FileServices() {
    }

    static boolean isDefault(ResourceId id) {
        return id.isType(TYPE) && id.leafName().equalsIgnoreCase("default");
    }

    static boolean isCollection(String collection) {
        return StateStore.normal(collection).endsWith("/fileservices");
    }

    /** The file service an account has before any PUT to it. */
    static ObjectNode implicit(String accountId) {
        ObjectNode service = Json.object().put("id", accountId + "/fileServices/default").put("name", "default")
                .put("type", TYPE);
        ObjectNode properties = service.putObject("properties");
        properties.putObject("protocolSettings").putObject("smb");
        properties.putObject("cors").putArray("corsRules");
        properties.putObject("shareDeleteRetentionPolicy").put("enabled", true).put("days", 7);
        return service;
    }

    /** A PUT body completed with the settings it leaves out, taken from the service as it is. */
    static JsonNode completed(JsonNode body, ObjectNode current) {
        ObjectNode properties = current.path("properties") instanceof ObjectNode existing ? existing.deepCopy() : Json.object();
        properties.remove("provisioningState");
        if (body.path("properties") instanceof ObjectNode given) {
            ResourceRoutes.mergePatch(properties, given);
        }
        ObjectNode completed = body.isObject() ? body.deepCopy() : Json.object();
        completed.set("properties", properties);
        return completed;
    }

    /** The service as a GET shows it: with its account's sku. */
    static ObjectNode shown(ObjectNode service, ObjectNode account) {
        if (account.hasNonNull("sku")) {
            ObjectNode sku = Json.object().put("name", account.path("sku").path("name").asText());
            sku.put("tier", account.path("sku").path("tier").asText(
                    sku.path("name").asText().startsWith("Premium") ? "Premium" : "Standard"));
            service.set("sku", sku);
        }
        return service;
    }
}
