package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.arm.ResourceState;
import dev.infractl.arm.TemplateException;
import dev.infractl.emulator.files.FileServiceEmulator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The resources in the emulator's resource groups: written whole by PUT (as resource providers do), read by
 * id, with the properties Azure computes added (endpoints, domains, revisions), and their listKeys answers.
 */
final class Resources {

    private static final List<String> TOP_LEVEL = List.of("location", "tags", "kind", "sku", "identity", "zones",
            "extendedLocation", "plan", "managedBy");

    private final StateStore store;
    private final ComputedProperties computed;
    private final ContainerApps apps;
    private final ResourceActions actions;
    private final FileServiceEmulator files;
    private final DataPlaneShares shares;

    Resources(StateStore store, ComputedProperties computed, ContainerApps apps, AccountKeys keys, FileServiceEmulator files) {
        this.store = store;
        this.computed = computed;
        this.apps = apps;
        this.actions = new ResourceActions(keys);
        this.files = files;
        this.shares = new DataPlaneShares(files);
    }

    /** What a PUT left: the stored resource, and whether it was new. */
    record Written(ObjectNode resource, boolean created) {
    }

    /** The stored resource; a storage account's file endpoint names this process's Files listener. */
    Optional<ObjectNode> find(String id) {
        Optional<ObjectNode> resource = store.get(StateStore.RESOURCES, id);
        resource.ifPresent(computed::refresh);
        resource.ifPresent(apps::refresh);
        if (id.toLowerCase(Locale.ROOT).contains("/fileservices/")) {
            ResourceId parsed = ResourceId.parse(id);
            Optional<ObjectNode> account = store.get(StateStore.RESOURCES, DataPlaneShares.accountId(id));
            if (FileServices.isDefault(parsed) && account.isPresent()) {
                return Optional.of(FileServices.shown(resource.orElseGet(() -> FileServices.implicit(account.get()
                        .path("id").asText())), account.get()));
            }
            return resource.isPresent() ? resource : shares.find(parsed, account.isPresent());
        }
        return resource;
    }

    /** Every resource of one type, in every group: a subscription-wide list such as all storage accounts. */
    List<ObjectNode> ofType(String type) {
        return store.list(StateStore.RESOURCES, "").stream()
                .filter(resource -> resource.path("type").asText().equalsIgnoreCase(type))
                .map(this::refreshed)
                .toList();
    }

    /** The types of the resources held in every group, as their ids spell them. */
    Set<String> types() {
        return store.list(StateStore.RESOURCES, "").stream()
                .map(resource -> resource.path("type").asText())
                .collect(Collectors.toSet());
    }

    private ObjectNode refreshed(ObjectNode resource) {
        computed.refresh(resource);
        apps.refresh(resource);
        return resource;
    }

    /** The resources of a collection such as {@code .../providers/Microsoft.App/containerApps}. */
    List<ObjectNode> under(String collection) {
        String prefix = StateStore.normal(collection) + "/";
        List<ObjectNode> stored = store.list(StateStore.RESOURCES, prefix).stream()
                .filter(resource -> !StateStore.normal(resource.path("id").asText()).substring(prefix.length()).contains("/"))
                .map(this::refreshed)
                .toList();
        if (FileServices.isCollection(collection)) {
            return find(collection + "/default").map(List::of).orElse(stored);
        }
        return shares.withDataPlane(collection, stored,
                store.get(StateStore.RESOURCES, DataPlaneShares.accountId(collection)).isPresent());
    }

    ObjectNode require(String id) {
        ResourceId parsed = ResourceId.parse(id);
        return find(id).orElseThrow(() -> ArmFailure.notFound("ResourceNotFound", "The Resource '" + parsed.type()
                + "/" + parsed.name() + "' under resource group '" + parsed.resourceGroup() + "' was not found."
                + " For more details please go to https://aka.ms/ARMResourceNotFoundFix"));
    }

    Written write(String id, JsonNode body) {
        ResourceId parsed = ResourceId.parse(id);
        Optional<ObjectNode> previous = find(id);
        // the file service every account has counts as created by its first PUT, as a template sees it
        boolean created = store.get(StateStore.RESOURCES, id).isEmpty() && (previous.isEmpty() || FileServices.isDefault(parsed));
        ObjectNode resource = asStored(parsed, completed(parsed, body, previous));
        computed.add(parsed, resource, previous);
        if (parsed.isType(ContainerApps.TYPE)) {
            apps.written(resource, previous);
        }
        store.put(StateStore.RESOURCES, id, resource);
        if (parsed.isType(FileServiceEmulator.SHARE_TYPE)) {
            files.shareProvisioned(parsed.name());
        }
        return new Written(withAccountSku(parsed, resource), created);
    }

    /** A file service shows its account's sku. */
    private ObjectNode withAccountSku(ResourceId parsed, ObjectNode resource) {
        return !FileServices.isDefault(parsed) ? resource : store.get(StateStore.RESOURCES, DataPlaneShares.accountId(parsed.id()))
                .map(account -> FileServices.shown(resource, account)).orElse(resource);
    }

    /** A PUT of a file service keeps the settings it leaves out; any other body is taken whole. */
    private static JsonNode completed(ResourceId parsed, JsonNode body, Optional<ObjectNode> previous) {
        return FileServices.isDefault(parsed) && previous.isPresent() ? FileServices.completed(body, previous.get()) : body;
    }

    /**
     * What a GET would answer after a PUT of {@code body}, written nowhere: the read-only properties the emulator
     * computes come out as they are now, so what-if compares only what a template can set.
     */
    ObjectNode predict(String id, JsonNode body) {
        ResourceId parsed = ResourceId.parse(id);
        Optional<ObjectNode> previous = find(id);
        ObjectNode resource = asStored(parsed, completed(parsed, body, previous));
        computed.add(parsed, resource, previous);
        computed.refresh(resource);
        if (parsed.isType(ContainerApps.TYPE) && previous.isPresent()) {
            apps.predict(resource, previous.get());
        }
        return withAccountSku(parsed, resource);
    }

    /** The top-level fields and properties a resource provider keeps of a PUT body (a template's declaration). */
    static ObjectNode declared(JsonNode body) {
        ObjectNode declared = Json.object();
        for (String field : TOP_LEVEL) {
            if (body.hasNonNull(field)) {
                declared.set(field, body.get(field));
            }
        }
        if (body.path("properties").isObject()) {
            declared.set("properties", body.get("properties"));
        }
        return declared;
    }

    /** Every resource of a group, child resources included; {@code groupId} is the group's own id. */
    List<ObjectNode> inGroup(String groupId) {
        return store.list(StateStore.RESOURCES, groupId + "/providers/");
    }

    private ObjectNode asStored(ResourceId parsed, JsonNode body) {
        ObjectNode resource = Json.object()
                .put("id", parsed.id())
                .put("name", parsed.leafName())
                .put("type", parsed.type());
        resource.setAll(declared(body).deepCopy());
        ObjectNode properties = resource.path("properties") instanceof ObjectNode given ? given : resource.putObject("properties");
        properties.put("provisioningState", "Succeeded");
        WriteOnlyProperties.drop(parsed.type(), properties);
        return resource;
    }

    /**
     * Deletes a resource as Azure does: with its child resources, a storage account with its shares' data, and
     * an environment with the container apps that run in it.
     */
    boolean delete(String id) {
        Optional<ObjectNode> existing = store.get(StateStore.RESOURCES, id);
        if (existing.isEmpty()) {
            return false;
        }
        ResourceId parsed = ResourceId.parse(id);
        if (parsed.isType("Microsoft.App/managedEnvironments")) {
            for (ObjectNode app : store.list(StateStore.RESOURCES, id.substring(0, id.toLowerCase(Locale.ROOT).indexOf("/providers/")))) {
                String environment = app.path("properties").path("managedEnvironmentId").asText(
                        app.path("properties").path("environmentId").asText(""));
                if (ResourceId.parse(app.path("id").asText()).isType(ContainerApps.TYPE) && environment.equalsIgnoreCase(id)) {
                    delete(app.path("id").asText());
                }
            }
        }
        for (ObjectNode child : store.list(StateStore.RESOURCES, id + "/")) {
            delete(child.path("id").asText());
        }
        if (parsed.isType(ContainerApps.TYPE)) {
            apps.deleted(id);
        }
        if (parsed.isType(FileServiceEmulator.SHARE_TYPE)) {
            files.shareDeleted(parsed.name());
        }
        if (parsed.isType("Microsoft.Storage/storageAccounts")) {
            files.accountDeleted(parsed.name());
        }
        store.remove(AccountKeys.GENERATIONS, id);
        return store.remove(StateStore.RESOURCES, id);
    }

    /**
     * A POST action on a resource (listKeys, listAccountSas, listCallbackUrl, ...); a Logic App trigger's action
     * is answered by its workflow, where the trigger is declared.
     */
    ObjectNode action(String id, String action, String apiVersion, JsonNode body) {
        ResourceId target = ResourceId.parse(id);
        String owner = target.isType("Microsoft.Logic/workflows/triggers")
                ? id.substring(0, id.toLowerCase(Locale.ROOT).lastIndexOf("/triggers/")) : id;
        ObjectNode resource = require(owner);
        return actions.answer(target, resource, action, apiVersion, body).orElseThrow(() -> ArmFailure.badRequest(
                "InvalidResourceType", "The resource type '" + target.type() + "' has no " + action
                        + " action in the emulator."));
    }

    /** The view a running deployment's reference() and listKeys() read. */
    ResourceState state() {
        return new ResourceState() {
            @Override
            public Optional<JsonNode> resource(String resourceId) {
                return find(resourceId).map(JsonNode.class::cast);
            }

            @Override
            public JsonNode listKeys(String resourceId, String apiVersion) {
                return action(resourceId, "listKeys", apiVersion, Json.object()).orElseThrow();
            }

            @Override
            public Optional<JsonNode> action(String resourceId, String action, String apiVersion, JsonNode body) {
                try {
                    return Optional.of(Resources.this.action(resourceId, action, apiVersion, body));
                } catch (ArmFailure failure) {
                    throw new TemplateException(failure.error().code(), failure.error().message(), null);
                }
            }
        };
    }
}
