package dev.infractl.cli;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.models.Deployment;
import com.azure.resourcemanager.resources.models.DeploymentMode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.azure.AzureConnection;
import dev.infractl.azure.Cloud;
import dev.infractl.azure.ConnectionSettings;
import dev.infractl.config.JsonFiles;
import dev.infractl.emulator.Emulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A resource group in the emulator after the AI Toolkit's fine-tuning provisioning: the project's
 * finetuning.json deployed through the real SDK, its outputs written to infra/finetuning.config.json as the
 * AI Toolkit writes them. Reads resources back raw, to compare before and after.
 */
final class FineTunedGroup {

    static final String GROUP = "rg-finetune";

    private final Emulator emulator;
    private final AzureConnection connection;

    FineTunedGroup(Emulator emulator) {
        this.emulator = emulator;
        this.connection = AzureConnection.open(new ConnectionSettings(Cloud.AZURE_CLOUD, emulator.armEndpoint(),
                emulator.caCertificate(), emulator.token(), emulator.tenantId(), null));
    }

    /** Deploys infra/provision/finetuning.json with finetuning.parameters.json and writes finetuning.config.json. */
    Map<String, JsonNode> provisionFineTuning(Path project) throws IOException {
        ResourceManager arm = connection.resourceManager(emulator.subscriptionId());
        arm.resourceGroups().define(GROUP).withRegion("swedencentral").create();
        Path provision = project.resolve("infra/provision");
        ObjectNode parameters = JsonFiles.MAPPER.createObjectNode();
        JsonFiles.MAPPER.readTree(provision.resolve("finetuning.parameters.json").toFile()).path("parameters").properties()
                .forEach(entry -> {
                    if (!entry.getValue().path("value").isNull()) {
                        parameters.set(entry.getKey(), entry.getValue());
                    }
                });
        Deployment deployment = arm.deployments().define("finetuning").withExistingResourceGroup(GROUP)
                .withTemplate(Files.readString(provision.resolve("finetuning.json")))
                .withParameters(parameters.toString()).withMode(DeploymentMode.INCREMENTAL).create();
        JsonNode outputs = JsonFiles.MAPPER.valueToTree(deployment.outputs());
        Map<String, JsonNode> config = new LinkedHashMap<>();
        outputs.properties().forEach(entry -> config.put(entry.getKey(), entry.getValue().path("value")));
        Files.writeString(project.resolve("infra/finetuning.config.json"),
                JsonFiles.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(config) + "\n");
        return config;
    }

    /** One resource, by its provider path under the group, such as {@code Microsoft.App/jobs/aiacajobabcde}. */
    JsonNode get(String providerPath) {
        return send(providerPath);
    }

    /** The resources of one collection, such as {@code Microsoft.App/managedEnvironments}. */
    List<JsonNode> list(String collection) {
        List<JsonNode> items = new ArrayList<>();
        send(collection).path("value").forEach(items::add);
        return items;
    }

    private JsonNode send(String providerPath) {
        String url = emulator.armEndpoint().toString().replaceAll("/+$", "") + "/subscriptions/"
                + emulator.subscriptionId() + "/resourceGroups/" + GROUP + "/providers/" + providerPath
                + "?api-version=2024-03-01";
        try (HttpResponse response = connection.pipeline().sendSync(new HttpRequest(HttpMethod.GET, url), Context.NONE)) {
            return JsonFiles.MAPPER.readTree(response.getBodyAsBinaryData().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
