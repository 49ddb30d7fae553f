package dev.infractl.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/** Resource providers (list, get, register), Microsoft.App usages and workload profile types per region. */
final class ProviderRoutes {

    private static final Map<String, List<String>> PROVIDERS = Map.of(
            "Microsoft.Resources", List.of("deployments", "resourceGroups"),
            "Microsoft.Storage", List.of("storageAccounts", "storageAccounts/fileServices",
                    "storageAccounts/fileServices/shares"),
            "Microsoft.OperationalInsights", List.of("workspaces"),
            "Microsoft.App", List.of("managedEnvironments", "managedEnvironments/storages", "containerApps",
                    "locations/usages", "locations/availableManagedEnvironmentsWorkloadProfileTypes"));
    private static final String SUBSCRIPTION = "^/subscriptions/([^/]+)";
    private static final String APP_LOCATION = SUBSCRIPTION + "/providers/Microsoft\\.App/locations/([^/]+)";

    private final Subscription subscription;
    private final GpuQuota quota;
    /** Namespaces the faults file leaves unregistered until a register call; lower case. */
    private final Set<String> unregistered = ConcurrentHashMap.newKeySet();

    ProviderRoutes(Subscription subscription, GpuQuota quota, Set<String> unregistered) {
        this.subscription = subscription;
        this.quota = quota;
        unregistered.forEach(namespace -> this.unregistered.add(namespace.toLowerCase(Locale.ROOT)));
    }

    List<Route> routes() {
        return List.of(
                Route.arm("GET", SUBSCRIPTION + "/providers/?$", this::list),
                Route.arm("GET", APP_LOCATION + "/usages$", this::usages),
                Route.arm("GET", APP_LOCATION + "/availableManagedEnvironmentsWorkloadProfileTypes$", this::profileTypes),
                Route.arm("GET", SUBSCRIPTION + "/providers/([^/]+)$", this::get),
                Route.arm("POST", SUBSCRIPTION + "/providers/([^/]+)/register$", this::register));
    }

    private Response list(Request request, Matcher path) {
        subscription.check(path.group(1));
        ObjectNode body = Json.object();
        var value = body.putArray("value");
        PROVIDERS.keySet().stream().sorted().forEach(namespace -> value.add(provider(namespace)));
        return Response.ok(body);
    }

    private Response get(Request request, Matcher path) {
        subscription.check(path.group(1));
        String namespace = PROVIDERS.keySet().stream().filter(name -> name.equalsIgnoreCase(path.group(2))).findFirst()
                .orElseThrow(() -> ArmFailure.notFound("InvalidResourceNamespace",
                        "The resource namespace '" + path.group(2) + "' is invalid."));
        return Response.ok(provider(namespace));
    }

    private Response register(Request request, Matcher path) {
        unregistered.remove(path.group(2).toLowerCase(Locale.ROOT));
        return get(request, path);
    }

    private ObjectNode provider(String namespace) {
        boolean registered = !unregistered.contains(namespace.toLowerCase(Locale.ROOT));
        ObjectNode body = Json.object()
                .put("id", subscription.id() + "/providers/" + namespace)
                .put("namespace", namespace)
                .put("registrationState", registered ? "Registered" : "NotRegistered")
                .put("registrationPolicy", "RegistrationRequired");
        resourceTypes(body, namespace);
        return body;
    }

    /** The namespace and its resource types, as the template function providers() answers. */
    static Optional<ObjectNode> describe(String namespace) {
        return PROVIDERS.keySet().stream().filter(name -> name.equalsIgnoreCase(namespace)).findFirst().map(name -> {
            ObjectNode body = Json.object().put("namespace", name);
            resourceTypes(body, name);
            return body;
        });
    }

    private static void resourceTypes(ObjectNode body, String namespace) {
        var types = body.putArray("resourceTypes");
        for (String type : PROVIDERS.get(namespace)) {
            ObjectNode entry = types.addObject().put("resourceType", type);
            var locations = entry.putArray("locations");
            Locations.NAMES.forEach(name -> locations.add(Locations.displayName(name))); // ARM lists "East US"
            List<String> versions = ResourceTypeCatalog.apiVersions(namespace + "/" + type);
            (versions.isEmpty() ? List.of("2024-03-01", "2023-05-01") : versions).forEach(entry.putArray("apiVersions")::add);
        }
    }

    private Response usages(Request request, Matcher path) {
        subscription.check(path.group(1));
        String location = path.group(2);
        ObjectNode body = Json.object();
        var value = body.putArray("value");
        for (String name : WorkloadProfileType.QUOTA_NAMES) {
            ObjectNode usage = value.addObject()
                    .put("id", subscription.id() + "/providers/Microsoft.App/locations/" + location + "/usages/" + name)
                    .put("unit", "Count")
                    .put("currentValue", quota.usage(name, location, ""))
                    .put("limit", quota.limit(name, location));
            usage.putObject("name").put("value", name).put("localizedValue", name);
        }
        return Response.ok(body);
    }

    private Response profileTypes(Request request, Matcher path) {
        subscription.check(path.group(1));
        String location = path.group(2);
        ObjectNode body = Json.object();
        var value = body.putArray("value");
        for (WorkloadProfileType type : WorkloadProfileType.availableIn(location)) {
            ObjectNode entry = value.addObject()
                    .put("id", subscription.id() + "/providers/Microsoft.App/locations/" + location
                            + "/availableManagedEnvironmentsWorkloadProfileTypes/" + type.code())
                    .put("name", type.code())
                    .put("type", "Microsoft.App/locations/availableManagedEnvironmentsWorkloadProfileTypes")
                    .put("location", location);
            entry.putObject("properties")
                    .put("code", type.code())
                    .put("displayName", type.displayName())
                    .put("category", type.category())
                    .put("cores", type.cores())
                    .put("memoryInGiB", type.memoryInGiB())
                    .put("gpus", type.gpus())
                    .put("billingMeterCategory", type.gpus() > 0 ? "GPU" : "PremiumCompute");
        }
        return Response.ok(body);
    }
}
