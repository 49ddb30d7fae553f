package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What environment() returns in the public Azure cloud; templates mostly read its suffixes. */
final class CloudEnvironment {

    private CloudEnvironment() {
    }

    static JsonNode azureCloud() {
        ObjectNode environment = JsonValues.object();
        environment.put("name", "AzureCloud");
        environment.put("gallery", "https://gallery.azure.com/");
        environment.put("graph", "https://graph.windows.net/");
        environment.put("portal", "https://portal.azure.com");
        environment.put("resourceManager", "https://management.azure.com/");
        environment.putObject("authentication")
                .put("loginEndpoint", "https://login.microsoftonline.com/")
                .putArray("audiences").add("https://management.core.windows.net/");
        environment.putObject("suffixes")
                .put("storage", "core.windows.net")
                .put("sqlServerHostname", ".database.windows.net")
                .put("keyvaultDns", ".vault.azure.net")
                .put("acrLoginServer", ".azurecr.io");
        return environment;
    }
}
