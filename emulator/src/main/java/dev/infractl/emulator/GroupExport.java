package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A resource group's resources as a template, the way {@code POST .../exportTemplate} answers (what
 * {@code az group export} prints): each resource's type, an apiVersion, its name (a parameter per top-level
 * resource, which its children's names and dependsOn reuse), the fields ARM keeps (location, sku, kind, tags,
 * identity, ...) and its properties less the read-only ones (see ReadOnlyProperties). Every storage account's
 * file service is exported too, as Azure exports it; extension resources (role assignments, locks) are not.
 */
final class GroupExport {

    static final List<String> OPTIONS = List.of("IncludeParameterDefaultValue", "IncludeComments",
            "SkipResourceNameParameterization", "SkipAllParameterization");
    /** The api-version written for namespaces whose versions the emulator does not list (it takes any there). */
    private static final String FALLBACK_API_VERSION = "2023-01-01";

    private final Resources resources;
    private final ReadOnlyProperties readOnly;

    GroupExport(Resources resources) {
        this.resources = resources;
        this.readOnly = new ReadOnlyProperties(resources);
    }

    /** Refuses a request body that is not an export request, before the 202; answers nothing else. */
    static Set<String> options(JsonNode request) {
        Set<String> options = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String option : request.path("options").asText("").split(",")) {
            String trimmed = option.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (OPTIONS.stream().noneMatch(trimmed::equalsIgnoreCase)) {
                throw ArmFailure.badRequest("InvalidRequestContent", "The export option '" + trimmed + "' is not one"
                        + " of " + String.join(", ", OPTIONS) + ".");
            }
            options.add(trimmed);
        }
        if (!request.path("resources").isArray() || request.path("resources").isEmpty()) {
            throw ArmFailure.badRequest("InvalidRequestContent", "resources must list the ids of the resources to"
                    + " export, or [\"*\"] for all of them.");
        }
        if (!request.path("outputFormat").asText("Json").equalsIgnoreCase("Json")) {
            throw ArmFailure.badRequest("InvalidRequestContent", "outputFormat '" + request.path("outputFormat").asText()
                    + "' is not emulated; ask for Json (the default).");
        }
        return options;
    }

    /** The export result: {@code {"template": ...}}, with {@code error} naming asked-for ids the group lacks. */
    ObjectNode export(String groupId, JsonNode request) {
        Set<String> options = options(request);
        boolean parameterized = !options.contains("SkipResourceNameParameterization") && !options.contains("SkipAllParameterization");
        boolean defaults = options.contains("IncludeParameterDefaultValue");
        Map<String, ObjectNode> chosen = chosen(groupId, request.path("resources"));
        ObjectNode template = Json.object()
                .put("$schema", "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#")
                .put("contentVersion", "1.0.0.0");
        ObjectNode parameters = template.putObject("parameters");
        template.putObject("variables");
        ArrayNode list = template.putArray("resources");
        for (ObjectNode resource : chosen.values()) {
            ResourceId id = ResourceId.parse(resource.path("id").asText());
            String parameter = parameterName(id);
            if (parameterized && !parameters.has(parameter)) {
                ObjectNode declaration = parameters.putObject(parameter);
                if (defaults) {
                    declaration.put("defaultValue", id.name().split("/")[0]);
                }
                declaration.put("type", "String");
            }
            list.add(entry(id, resource, parameterized ? parameter : null));
        }
        ObjectNode result = Json.object();
        result.set("template", template);
        List<String> missing = missing(request.path("resources"), chosen);
        if (!missing.isEmpty()) {
            ObjectNode error = result.putObject("error").put("code", "ExportTemplateCompletedWithErrors")
                    .put("message", "Export template operation completed with errors. Some resources were not exported."
                            + " Please see details for more information.");
            ArrayNode details = error.putArray("details");
            missing.forEach(id -> details.addObject().put("code", "ResourceNotFound").put("target", id)
                    .put("message", "The resource '" + id + "' was not found in the resource group."));
        }
        return result;
    }

    /** The group's resources (every storage account's file service included), or those asked for, by lower-case id. */
    private Map<String, ObjectNode> chosen(String groupId, JsonNode asked) {
        Map<String, ObjectNode> all = new LinkedHashMap<>();
        for (ObjectNode stored : resources.inGroup(groupId)) {
            String id = stored.path("id").asText();
            if (isExtension(id)) {
                continue; // role assignments, locks, diagnostic settings: a group export leaves them out
            }
            resources.find(id).ifPresent(resource -> all.put(StateStore.normal(id), resource));
            if (ResourceId.parse(id).isType("Microsoft.Storage/storageAccounts")) {
                resources.find(id + "/fileServices/default").ifPresent(service ->
                        all.putIfAbsent(StateStore.normal(service.path("id").asText()), service));
            }
        }
        List<String> ids = new ArrayList<>();
        asked.forEach(id -> ids.add(StateStore.normal(id.asText())));
        if (ids.contains("*")) {
            return all;
        }
        Map<String, ObjectNode> chosen = new LinkedHashMap<>(all);
        chosen.keySet().retainAll(ids);
        return chosen;
    }

    private static boolean isExtension(String id) {
        String lower = StateStore.normal(id);
        return lower.indexOf("/providers/") != lower.lastIndexOf("/providers/");
    }

    private static List<String> missing(JsonNode asked, Map<String, ObjectNode> chosen) {
        List<String> missing = new ArrayList<>();
        asked.forEach(id -> {
            if (!id.asText().equals("*") && !chosen.containsKey(StateStore.normal(id.asText()))) {
                missing.add(id.asText());
            }
        });
        return missing;
    }

    private ObjectNode entry(ResourceId id, ObjectNode resource, String parameter) {
        String[] names = id.name().split("/");
        String[] types = id.type().split("/");
        ObjectNode entry = Json.object().put("type", id.type()).put("apiVersion", apiVersion(id.type()));
        String rest = id.name().substring(names[0].length());
        entry.put("name", parameter == null ? id.name()
                : rest.isEmpty() ? "[parameters('" + parameter + "')]" : "[concat(parameters('" + parameter + "'), '" + rest + "')]");
        if (names.length > 1) {
            StringBuilder parent = new StringBuilder("[resourceId('" + types[0] + "/" + types[1]);
            for (int i = 2; i < types.length - 1; i++) {
                parent.append('/').append(types[i]);
            }
            parent.append("', ").append(parameter == null ? "'" + names[0] + "'" : "parameters('" + parameter + "')");
            for (int i = 1; i < names.length - 1; i++) {
                parent.append(", '").append(names[i]).append('\'');
            }
            entry.putArray("dependsOn").add(parent.append(")]").toString());
        }
        entry.setAll(readOnly.without(id, resource));
        return entry;
    }

    /** {@code storageAccounts_acct_name}: the type's last segment and the top-level name, as Azure names them. */
    private static String parameterName(ResourceId id) {
        String[] types = id.type().split("/");
        return (types[1] + "_" + id.name().split("/")[0] + "_name").replaceAll("[^A-Za-z0-9_]", "_");
    }

    private static String apiVersion(String type) {
        return ResourceTypeCatalog.apiVersions(type).stream().filter(version -> !version.toLowerCase(Locale.ROOT)
                .contains("preview")).findFirst().orElse(FALLBACK_API_VERSION);
    }
}
