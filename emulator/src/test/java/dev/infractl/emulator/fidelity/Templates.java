package dev.infractl.emulator.fidelity;

/** Small templates the deployment cases send, in the JSON Bicep compiles to. */
final class Templates {

    private Templates() {
    }

    static final String SCHEMA = "\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\","
            + " \"contentVersion\": \"1.0.0.0\"";

    /** No resources: a parameter comes back as an output. */
    static final String ECHO = "{" + SCHEMA + ", \"parameters\": {\"greeting\": {\"type\": \"string\"}},"
            + " \"resources\": [], \"outputs\": {\"greeting\": {\"type\": \"string\","
            + " \"value\": \"[concat(parameters('greeting'), '!')]\"}}}";

    /** One storage account named by a parameter, tagged env; outputs its blob endpoint. */
    static final String STORAGE = "{" + SCHEMA + ", \"parameters\": {\"name\": {\"type\": \"string\"},"
            + " \"env\": {\"type\": \"string\", \"defaultValue\": \"a\"}},"
            + " \"resources\": [{\"type\": \"Microsoft.Storage/storageAccounts\", \"apiVersion\": \"2023-01-01\","
            + " \"name\": \"[parameters('name')]\", \"location\": \"[resourceGroup().location]\", \"kind\": \"StorageV2\","
            + " \"sku\": {\"name\": \"Standard_LRS\"}, \"tags\": {\"env\": \"[parameters('env')]\"}}],"
            + " \"outputs\": {\"blob\": {\"type\": \"string\","
            + " \"value\": \"[reference(parameters('name'), '2023-01-01').primaryEndpoints.blob]\"}}}";

    static final String EMPTY = "{" + SCHEMA + ", \"resources\": []}";

    /** A Bicep module: an inner-scope nested deployment whose output feeds the parent's. */
    static final String MODULE = "{" + SCHEMA + ", \"resources\": [{\"type\": \"Microsoft.Resources/deployments\","
            + " \"apiVersion\": \"2022-09-01\", \"name\": \"inner\", \"properties\": {\"expressionEvaluationOptions\":"
            + " {\"scope\": \"inner\"}, \"mode\": \"Incremental\", \"parameters\": {\"word\": {\"value\": \"hello\"}},"
            + " \"template\": {" + SCHEMA + ", \"parameters\": {\"word\": {\"type\": \"string\"}}, \"resources\": [],"
            + " \"outputs\": {\"shout\": {\"type\": \"string\", \"value\": \"[toUpper(parameters('word'))]\"}}}}}],"
            + " \"outputs\": {\"fromModule\": {\"type\": \"string\","
            + " \"value\": \"[reference('inner').outputs.shout.value]\"}}}";

    /** {@link #STORAGE} deployed by a module, with the parent's parameters passed in. */
    static final String STORAGE_MODULE = "{" + SCHEMA + ", \"parameters\": {\"name\": {\"type\": \"string\"},"
            + " \"env\": {\"type\": \"string\", \"defaultValue\": \"a\"}}, \"resources\": [{\"type\":"
            + " \"Microsoft.Resources/deployments\", \"apiVersion\": \"2022-09-01\", \"name\": \"storage\", \"properties\":"
            + " {\"expressionEvaluationOptions\": {\"scope\": \"inner\"}, \"mode\": \"Incremental\", \"parameters\":"
            + " {\"name\": {\"value\": \"[parameters('name')]\"}, \"env\": {\"value\": \"[parameters('env')]\"}},"
            + " \"template\": " + STORAGE + "}}]}";

    /** A storage account that lets in the IP rules of a parameter (an array of {value, action}). */
    static final String IP_RULES = "{" + SCHEMA + ", \"parameters\": {\"name\": {\"type\": \"string\"},"
            + " \"rules\": {\"type\": \"array\"}}, \"resources\": [{\"type\": \"Microsoft.Storage/storageAccounts\","
            + " \"apiVersion\": \"2023-01-01\", \"name\": \"[parameters('name')]\", \"location\": \"[resourceGroup().location]\","
            + " \"kind\": \"StorageV2\", \"sku\": {\"name\": \"Standard_LRS\"}, \"properties\": {\"networkAcls\":"
            + " {\"defaultAction\": \"Deny\", \"ipRules\": \"[parameters('rules')]\"}}}]}";

    /** A subscription-scope template that makes a resource group. */
    static String group(String name) {
        return "{\"$schema\": \"https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#\","
                + " \"contentVersion\": \"1.0.0.0\", \"resources\": [{\"type\": \"Microsoft.Resources/resourceGroups\","
                + " \"apiVersion\": \"2022-09-01\", \"name\": \"" + name + "\", \"location\": \"swedencentral\"}]}";
    }

    static String body(String mode, String template, String parameters) {
        return "{\"properties\": {\"mode\": \"" + mode + "\", \"template\": " + template + ", \"parameters\": "
                + parameters + "}}";
    }

    static String param(String name, String value) {
        return "{\"" + name + "\": {\"value\": \"" + value + "\"}}";
    }
}
