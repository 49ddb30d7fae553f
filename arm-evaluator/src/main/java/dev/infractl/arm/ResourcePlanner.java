package dev.infractl.arm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.JsonPaths;
import dev.infractl.arm.ResourceInstance.CopyLoop;
import dev.infractl.arm.ResourceInstance.DeclaredDependency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Expands the template's resources into instances: copy loops unrolled, nested child resources given their
 * full type and name, and type, name, condition and dependsOn evaluated. Accepts the classic array form and
 * the languageVersion 2.0 object form keyed by symbolic name.
 */
final class ResourcePlanner {

    private final DeploymentValues values;
    private final TreeEvaluator trees;
    private final List<ResourceInstance> instances = new ArrayList<>();

    ResourcePlanner(DeploymentValues values) {
        this.values = values;
        this.trees = values.trees();
    }

    List<ResourceInstance> plan() {
        JsonNode resources = values.template().path("resources");
        if (resources.isArray()) {
            for (int i = 0; i < resources.size(); i++) {
                declare(resources.get(i), JsonPaths.index("$.resources", i), null, null, values.context());
            }
        } else if (resources.isObject()) {
            for (Map.Entry<String, JsonNode> entry : resources.properties()) {
                declare(entry.getValue(), JsonPaths.child("$.resources", entry.getKey()), entry.getKey(), null,
                        values.context());
            }
        }
        return instances;
    }

    private void declare(JsonNode declaration, String path, String symbolicName, ResourceInstance parent,
                         TemplateContext context) {
        JsonNode copy = declaration.get("copy");
        if (copy == null || !copy.isObject()) {
            instance(declaration, path, symbolicName, parent, null, context);
            return;
        }
        String loopName = copy.path("name").asText(symbolicName == null ? path : symbolicName);
        int count = trees.count(copy.get("count"), path + ".copy.count", context);
        boolean serial = copy.path("mode").asText("parallel").equalsIgnoreCase("serial");
        int batchSize = serial ? Math.max(1, copy.path("batchSize").asInt(1)) : 0;
        for (int index = 0; index < count; index++) {
            instance(declaration, path, symbolicName, parent, new CopyLoop(loopName, index, serial, batchSize),
                    context.withCopyIndex(loopName, index));
        }
    }

    private void instance(JsonNode declaration, String path, String symbolicName, ResourceInstance parent,
                          CopyLoop loop, TemplateContext context) {
        String type = trees.string(declaration.get("type"), path + ".type", context, "resource type");
        String name = trees.string(declaration.get("name"), path + ".name", context, "resource name");
        if (parent != null && !type.contains(".")) {
            type = parent.type() + "/" + type;
            name = parent.name() + "/" + name;
        }
        JsonNode apiVersionNode = declaration.get("apiVersion");
        String apiVersion = apiVersionNode == null ? null
                : trees.string(apiVersionNode, path + ".apiVersion", context, "API version");
        boolean condition = !declaration.has("condition")
                || trees.bool(declaration.get("condition"), path + ".condition", context, "resource condition");
        ResourceInstance instance = new ResourceInstance(instances.size(), symbolicName, loop, declaration, path,
                context.copyIndices(), type, apiVersion, name, id(declaration, type, name, path, context),
                condition && (parent == null || parent.condition()), declaration.path("existing").asBoolean(false),
                dependsOn(declaration, path, context));
        instances.add(instance);
        JsonNode children = declaration.get("resources");
        if (children != null && children.isArray()) {
            for (int i = 0; i < children.size(); i++) {
                declare(children.get(i), JsonPaths.index(path + ".resources", i), null, instance, context);
            }
        }
    }

    /** In the deployment's group, or where the resource's scope, subscriptionId or resourceGroup puts it. */
    private String id(JsonNode declaration, String type, String name, String path, TemplateContext context) {
        try {
            if (declaration.has("scope")) {
                String scope = trees.string(declaration.get("scope"), path + ".scope", context, "resource scope");
                return scopeId(scope) + ResourceIds.inTenant(type, ResourceIds.segments(name));
            }
            String subscription = declaration.has("subscriptionId")
                    ? trees.string(declaration.get("subscriptionId"), path + ".subscriptionId", context, "subscription id")
                    : values.scope().subscriptionId();
            String group = declaration.has("resourceGroup")
                    ? trees.string(declaration.get("resourceGroup"), path + ".resourceGroup", context, "resource group")
                    : values.scope().resourceGroupName();
            if (group == null) { // a subscription-scope deployment: groups, policies, role assignments, modules
                return ResourceIds.inSubscription(subscription, type, ResourceIds.segments(name));
            }
            return ResourceIds.inResourceGroup(subscription, group, type, ResourceIds.segments(name));
        } catch (IllegalArgumentException e) {
            throw TemplateException.invalidTemplate("The template resource '" + name + "' of type '" + type + "' at "
                    + path + " has incorrect segment lengths. A nested resource type must have identical number of "
                    + "segments as its resource name: " + e.getMessage() + ".", path);
        }
    }

    /**
     * An extension resource's scope: a full id, or (as Bicep writes it) a type and name relative to the
     * deployment's resource group (or subscription), such as {@code Microsoft.Storage/storageAccounts/acct}.
     */
    private String scopeId(String scope) {
        if (scope.startsWith("/")) {
            return scope;
        }
        return values.resourceId(scope).orElseGet(() -> values.scope().id() + "/providers/" + scope);
    }

    private List<DeclaredDependency> dependsOn(JsonNode declaration, String path, TemplateContext context) {
        List<DeclaredDependency> entries = new ArrayList<>();
        JsonNode dependsOn = declaration.get("dependsOn");
        if (dependsOn != null && dependsOn.isArray()) {
            for (int i = 0; i < dependsOn.size(); i++) {
                String entryPath = JsonPaths.index(path + ".dependsOn", i);
                entries.add(new DeclaredDependency(
                        trees.string(dependsOn.get(i), entryPath, context, "dependsOn entry"), entryPath));
            }
        }
        return entries;
    }

    /** Lower-case names, symbolic names and type/name pairs to ids, for reference('name'). */
    static Map<String, String> idsByName(List<ResourceInstance> instances) {
        Map<String, String> ids = new HashMap<>();
        for (ResourceInstance instance : instances) {
            ids.putIfAbsent(instance.name().toLowerCase(Locale.ROOT), instance.id());
            ids.putIfAbsent((instance.type() + "/" + instance.name()).toLowerCase(Locale.ROOT), instance.id());
            if (instance.symbolicName() != null && instance.loop() == null) {
                ids.putIfAbsent(instance.symbolicName().toLowerCase(Locale.ROOT), instance.id());
            }
        }
        return ids;
    }
}
