package dev.infractl.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Resource providers (list, get, register), Microsoft.App usages and workload profile types per region. Every namespace
 * Resource Manager knows is answered, as Azure answers them whether registered or not: clients such as az resource
 * and the SDK's generic resources read a type's api-versions from its provider before they touch the resource.
 */
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
    /** The types the emulator holds resources of ({@code Microsoft.KeyVault/vaults}), as their ids spell them. */
    private final Supplier<Set<String>> typesInUse;
    /** Namespaces the faults file leaves unregistered until a register call; lower case. */
    private final Set<String> unregistered = ConcurrentHashMap.newKeySet();

    ProviderRoutes(Subscription subscription, GpuQuota quota, Set<String> unregistered,
                   Supplier<Set<String>> typesInUse) {
        this.subscription = subscription;
        this.quota = quota;
        this.typesInUse = typesInUse;
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
        Set<String> inUse = typesInUse.get();
        Stream.concat(PROVIDERS.keySet().stream(), ResourceTypeCatalog.namespaces().stream()).distinct().sorted()
                .forEach(namespace -> value.add(provider(namespace, inUse)));
        return Response.ok(body);
    }

    private Response get(Request request, Matcher path) {
        subscription.check(path.group(1));
        Set<String> inUse = typesInUse.get();
        String namespace = known(path.group(2), inUse).orElseThrow(() -> ArmFailure.notFound(
                "InvalidResourceNamespace", "The resource namespace '" + path.group(2) + "' is invalid."));
        return Response.ok(provider(namespace, inUse));
    }

    /** The namespace as Azure spells it: Microsoft's, or a partner's (SendGrid.Email) the emulator holds resources of. */
    private static Optional<String> known(String asked, Set<String> inUse) {
        return Stream.concat(PROVIDERS.keySet().stream(), ResourceTypeCatalog.namespaces().stream())
                .filter(name -> name.equalsIgnoreCase(asked)).findFirst()
                .or(() -> inNamespace(inUse, asked).findFirst().map(type -> type.substring(0, type.indexOf('/'))));
    }

    private static Stream<String> inNamespace(Set<String> types, String namespace) {
        return types.stream().filter(type -> type.regionMatches(true, 0, namespace + "/", 0, namespace.length() + 1));
    }

    private Response register(Request request, Matcher path) {
        unregistered.remove(path.group(2).toLowerCase(Locale.ROOT));
        return get(request, path);
    }

    private ObjectNode provider(String namespace, Set<String> inUse) {
        boolean registered = !unregistered.contains(namespace.toLowerCase(Locale.ROOT));
        ObjectNode body = Json.object()
                .put("id", subscription.id() + "/providers/" + namespace)
                .put("namespace", namespace)
                .put("registrationState", registered ? "Registered" : "NotRegistered")
                .put("registrationPolicy", "RegistrationRequired");
        resourceTypes(body, namespace, typesOf(namespace, inUse));
        return body;
    }

    /** The types the emulator models in the namespace, those its api-version table lists, and those it holds. */
    private static List<String> typesOf(String namespace, Set<String> inUse) {
        Set<String> types = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        types.addAll(PROVIDERS.getOrDefault(namespace, List.of()));
        Stream.concat(ResourceTypeCatalog.types(namespace).stream(), inNamespace(inUse, namespace))
                .forEach(type -> types.add(type.substring(namespace.length() + 1)));
        return List.copyOf(types);
    }

    /** The namespace and its resource types, as the template function providers() answers. */
    static Optional<ObjectNode> describe(String namespace) {
        return PROVIDERS.keySet().stream().filter(name -> name.equalsIgnoreCase(namespace)).findFirst().map(name -> {
            ObjectNode body = Json.object().put("namespace", name);
            resourceTypes(body, name, PROVIDERS.get(name));
            return body;
        });
    }

    private static void resourceTypes(ObjectNode body, String namespace, List<String> names) {
        var types = body.putArray("resourceTypes");
        for (String type : names) {
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
