package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.emulator.files.FilesSas;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * The POST actions templates call as {@code list*()} functions (and clients as {@code .../listKeys}), shaped as
 * the providers' REST specifications answer them. Every secret is derived from the state folder's seed and the
 * resource id: stable across restarts, never a real credential.
 */
final class ResourceActions {

    private static final List<String> STORAGE_KEYS = List.of("key1", "key2");

    private final AccountKeys keys;

    ResourceActions(AccountKeys keys) {
        this.keys = keys;
    }

    /**
     * @param target   the id the action was posted to (a Logic App trigger's, for listCallbackUrl)
     * @param resource the stored resource that answers (the trigger's workflow)
     */
    Optional<ObjectNode> answer(ResourceId target, ObjectNode resource, String action, String apiVersion, JsonNode body) {
        String id = target.id();
        ObjectNode answer = Json.object();
        switch (action.toLowerCase(Locale.ROOT) + " " + target.type().toLowerCase(Locale.ROOT)) {
            case "listkeys microsoft.storage/storageaccounts" -> {
                if (apiVersion.compareTo("2016-01-01") < 0) { // the first api-versions answered two bare fields
                    return Optional.of(answer.put("key1", keys.key(id, "key1")).put("key2", keys.key(id, "key2")));
                }
                var list = answer.putArray("keys");
                for (String name : STORAGE_KEYS) {
                    list.addObject().put("keyName", name).put("value", keys.key(id, name)).put("permissions", "FULL")
                            .put("creationTime", keys.regeneratedAt(id, name)
                                    .orElse(resource.path("properties").path("creationTime").asText()));
                }
            }
            case "regeneratekey microsoft.storage/storageaccounts" -> {
                String keyName = body.path("keyName").asText("");
                if (!STORAGE_KEYS.contains(keyName.toLowerCase(Locale.ROOT))) {
                    throw ArmFailure.badRequest("InvalidRequestPropertyValue", "keyName '" + keyName + "' is not one of"
                            + " key1, key2 (the Kerberos keys kerb1 and kerb2 are not emulated).");
                }
                keys.regenerate(id, keyName.toLowerCase(Locale.ROOT));
                return answer(target, resource, "listKeys", apiVersion, body);
            }
            case "listkeys microsoft.operationalinsights/workspaces", "sharedkeys microsoft.operationalinsights/workspaces" ->
                    answer.put("primarySharedKey", keys.key(id, "primary")).put("secondarySharedKey", keys.key(id, "secondary"));
            case "listkeys microsoft.documentdb/databaseaccounts" -> answer.put("primaryMasterKey", keys.key(id, "primary"))
                    .put("secondaryMasterKey", keys.key(id, "secondary"))
                    .put("primaryReadonlyMasterKey", keys.key(id, "primary-readonly"))
                    .put("secondaryReadonlyMasterKey", keys.key(id, "secondary-readonly"));
            case "listconnectionstrings microsoft.documentdb/databaseaccounts" -> {
                var list = answer.putArray("connectionStrings");
                for (String kind : List.of("Primary", "Secondary")) {
                    list.addObject().put("connectionString", "AccountEndpoint=https://" + target.leafName()
                                    + ".documents.azure.com:443/;AccountKey=" + keys.key(id, kind.toLowerCase(Locale.ROOT)) + ";")
                            .put("description", kind + " SQL Connection String").put("keyKind", kind).put("type", "Sql");
                }
            }
            case "listkeys microsoft.eventhub/namespaces/authorizationrules",
                 "listkeys microsoft.servicebus/namespaces/authorizationrules" -> {
                String namespace = target.name().split("/")[0];
                String rule = target.leafName();
                answer.put("primaryKey", keys.key(id, "primary")).put("secondaryKey", keys.key(id, "secondary")).put("keyName", rule);
                for (String which : List.of("primary", "secondary")) {
                    answer.put(which + "ConnectionString", "Endpoint=sb://" + namespace + ".servicebus.windows.net/;"
                            + "SharedAccessKeyName=" + rule + ";SharedAccessKey=" + keys.key(id, which));
                }
            }
            case "listkeys microsoft.cache/redis" -> answer.put("primaryKey", keys.key(id, "primary"))
                    .put("secondaryKey", keys.key(id, "secondary"));
            case "listkeys microsoft.cognitiveservices/accounts" -> answer.put("key1", keys.key(id, "key1").substring(0, 32))
                    .put("key2", keys.key(id, "key2").substring(0, 32));
            case "listcredentials microsoft.containerregistry/registries" -> {
                answer.put("username", target.leafName());
                var passwords = answer.putArray("passwords");
                passwords.addObject().put("name", "password").put("value", keys.key(id, "password").substring(0, 52));
                passwords.addObject().put("name", "password2").put("value", keys.key(id, "password2").substring(0, 52));
            }
            case "listauthkeys microsoft.datafactory/factories/integrationruntimes" -> answer
                    .put("authKey1", "IR@" + ComputedProperties.stableUuid(id, "authKey1") + "@" + target.leafName() + "@" + keys.key(id, "authKey1"))
                    .put("authKey2", "IR@" + ComputedProperties.stableUuid(id, "authKey2") + "@" + target.leafName() + "@" + keys.key(id, "authKey2"));
            case "listaccountsas microsoft.storage/storageaccounts" -> answer.put("accountSasToken",
                    FilesSas.accountToken(target.leafName(), fields(body, "ss", "signedServices", "srt", "signedResourceTypes",
                            "sp", "signedPermission", "st", "signedStart", "se", "signedExpiry", "sip", "signedIp",
                            "spr", "signedProtocol", "spr", "=https"), keys.key(id, "key1")));
            case "listservicesas microsoft.storage/storageaccounts" -> answer.put("serviceSasToken",
                    FilesSas.serviceToken(body.path("canonicalizedResource").asText(), fields(body, "sr", "signedResource",
                            "sp", "signedPermission", "st", "signedStart", "se", "signedExpiry", "sip", "signedIp",
                            "spr", "signedProtocol", "si", "signedIdentifier", "rscc", "rscc", "rscd", "rscd",
                            "rsce", "rsce", "rscl", "rscl", "rsct", "rsct"), keys.key(id, "key1")));
            case "listcallbackurl microsoft.logic/workflows/triggers" -> {
                if (!resource.path("properties").path("definition").path("triggers").has(target.leafName())) {
                    throw ArmFailure.notFound("WorkflowTriggerNotFound", "The workflow '" + target.name().split("/")[0]
                            + "' does not contain trigger '" + target.leafName() + "'.");
                }
                String base = "https://prod-00." + resource.path("location").asText() + ".logic.azure.com/workflows/"
                        + ComputedProperties.stableUuid(id, "workflow").replace("-", "") + "/triggers/" + target.leafName()
                        + "/paths/invoke";
                String run = "/triggers/" + target.leafName() + "/run";
                String sig = keys.key(id, "sig").replaceAll("[^A-Za-z0-9]", "").substring(0, 43);
                answer.put("value", base + "?api-version=2016-10-01&sp=" + encode(run) + "&sv=1.0&sig=" + sig)
                        .put("method", "POST").put("basePath", base);
                answer.putObject("queries").put("api-version", "2016-10-01").put("sp", run).put("sv", "1.0").put("sig", sig);
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(answer);
    }

    /**
     * Query names and the request body's fields they come from, in pairs; absent fields are left out, and a pair
     * whose field is {@code =value} gives that value when the name has none yet (ARM's default).
     */
    private static Map<String, String> fields(JsonNode body, String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1].startsWith("=")) {
                fields.merge(pairs[i], pairs[i + 1].substring(1), (given, fallback) -> given.isEmpty() ? fallback : given);
            } else {
                fields.put(pairs[i], body.path(pairs[i + 1]).asText(""));
            }
        }
        return fields;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
