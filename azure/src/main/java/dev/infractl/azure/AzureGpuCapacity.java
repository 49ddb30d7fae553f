package dev.infractl.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.infractl.preflight.GpuCapacity;
import dev.infractl.preflight.GpuDemand;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link GpuCapacity} from Microsoft.App's provider, usages and workload profile types; each region asked once. */
final class AzureGpuCapacity implements GpuCapacity {

    static final String API_VERSION = "2024-03-01";

    private final ArmRequests arm;
    private final String subscription;
    private final Map<String, JsonNode> profileTypes = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> usages = new ConcurrentHashMap<>();

    AzureGpuCapacity(ArmRequests arm, String subscriptionId) {
        this.arm = arm;
        this.subscription = "/subscriptions/" + subscriptionId;
    }

    /** The regions where Microsoft.App offers managed environments, in the provider's order. */
    @Override
    public List<String> regions() {
        JsonNode provider = arm.get(subscription + "/providers/Microsoft.App", "2021-04-01", "reading provider Microsoft.App");
        List<String> regions = new ArrayList<>();
        for (JsonNode type : provider.path("resourceTypes")) {
            if (type.path("resourceType").asText().equalsIgnoreCase("managedEnvironments")) {
                type.path("locations").forEach(location -> regions.add(normal(location.asText())));
            }
        }
        return regions;
    }

    @Override
    public boolean offers(String region, String profileType) {
        JsonNode types = profileTypes.computeIfAbsent(normal(region), key -> arm.get(location(key)
                + "/availableManagedEnvironmentsWorkloadProfileTypes", API_VERSION, "listing workload profile types in " + key));
        for (JsonNode type : types.path("value")) {
            if (type.path("name").asText().equalsIgnoreCase(profileType)
                    || type.path("properties").path("code").asText().equalsIgnoreCase(profileType)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<Usage> usage(String region, String quotaName) {
        JsonNode list = usages.computeIfAbsent(normal(region), key -> arm.get(location(key) + "/usages", API_VERSION,
                "reading Container Apps usages in " + key));
        for (JsonNode usage : list.path("value")) {
            if (usage.path("name").path("value").asText().equalsIgnoreCase(quotaName)) {
                return Optional.of(new Usage(usage.path("currentValue").asLong(), usage.path("limit").asLong()));
            }
        }
        return Optional.empty();
    }

    /** Dedicated profiles hold GPUs per node up to maximumCount; a serverless profile counts one replica. */
    @Override
    public long heldBy(String environmentId, String quotaName) {
        Optional<JsonNode> environment = arm.find(environmentId, API_VERSION, "reading managed environment " + environmentId);
        long held = 0;
        for (JsonNode profile : environment.map(found -> found.path("properties").path("workloadProfiles"))
                .orElse(MissingNode.getInstance())) {
            String type = profile.path("workloadProfileType").asText();
            int count = type.toLowerCase(Locale.ROOT).startsWith("consumption-gpu") ? 1 : profile.path("maximumCount").asInt(0);
            held += GpuDemand.of(type, "", count).filter(demand -> demand.quotaName().equalsIgnoreCase(quotaName))
                    .map(GpuDemand::total).orElse(0L);
        }
        return held;
    }

    private String location(String region) {
        return subscription + "/providers/Microsoft.App/locations/" + region;
    }

    private static String normal(String region) {
        return region.replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
