package dev.infractl.azure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.config.JsonFiles;
import dev.infractl.preflight.GroupPermissions;
import dev.infractl.preflight.Permission;
import dev.infractl.preflight.ProviderRegistry;
import dev.infractl.preflight.StorageNames;
import java.util.ArrayList;
import java.util.List;

/** Storage name availability, provider registration and the caller's permissions, as raw ARM calls. */
final class AzureAccountChecks implements StorageNames, ProviderRegistry, GroupPermissions {

    private final ArmRequests arm;
    private final String subscription;
    private final String group;

    AzureAccountChecks(ArmRequests arm, String subscriptionId, String group) {
        this.arm = arm;
        this.subscription = "/subscriptions/" + subscriptionId;
        this.group = group;
    }

    @Override
    public Availability check(String name) {
        JsonNode answer = arm.post(subscription + "/providers/Microsoft.Storage/checkNameAvailability",
                StorageAccounts.API_VERSION, JsonFiles.MAPPER.createObjectNode().put("name", name)
                        .put("type", "Microsoft.Storage/storageAccounts"), "checking storage account name " + name);
        if (!answer.has("nameAvailable")) { // a 404 reads as no body: this endpoint does not offer the check
            throw new InfractlException(ExitCode.AZURE_FAILED, "checking storage account name " + name + " got no answer"
                    + " (Resource Manager does not offer checkNameAvailability)", "run again with --verbose to see the requests");
        }
        return new Availability(answer.path("nameAvailable").asBoolean(false), answer.path("reason").asText(""),
                answer.path("message").asText(""));
    }

    @Override
    public boolean existsInGroup(String name) {
        return arm.find(subscription + "/resourceGroups/" + group + "/providers/Microsoft.Storage/storageAccounts/" + name,
                StorageAccounts.API_VERSION, "reading storage account " + name).isPresent();
    }

    @Override
    public String state(String namespace) {
        return arm.get(subscription + "/providers/" + namespace, "2021-04-01", "reading provider " + namespace)
                .path("registrationState").asText("Unknown");
    }

    @Override
    public String register(String namespace) {
        return arm.post(subscription + "/providers/" + namespace + "/register", "2021-04-01", null,
                "registering provider " + namespace).path("registrationState").asText("Registering");
    }

    @Override
    public List<Permission> onGroup() {
        JsonNode answer = arm.get(subscription + "/resourceGroups/" + group + "/providers/Microsoft.Authorization/permissions",
                "2022-04-01", "reading your permissions on resource group " + group);
        List<Permission> permissions = new ArrayList<>();
        for (JsonNode entry : answer.path("value")) {
            permissions.add(new Permission(texts(entry.path("actions")), texts(entry.path("notActions"))));
        }
        return permissions;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
