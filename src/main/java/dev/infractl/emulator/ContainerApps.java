package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * What runs behind a container app: its endpoint's port, its revisions (a new one whenever the template
 * changes, as in single-revision mode), and when it last (re)started, which decides whether the endpoint
 * answers and what state the replicas report. Kept in the state's {@code apps} section.
 */
final class ContainerApps {

    static final String TYPE = "Microsoft.App/containerApps";

    private final StateStore store;
    private final Clock clock;
    private final Duration startup;
    private AppEndpoints endpoints;

    ContainerApps(StateStore store, Clock clock, Duration startup) {
        this.store = store;
        this.clock = clock;
        this.startup = startup;
    }

    /** Set once at start: endpoints ask this object whether an app is ready, so they are made after it. */
    void attach(AppEndpoints appEndpoints) {
        this.endpoints = appEndpoints;
    }

    /** Re-opens the endpoints of apps from earlier processes, on their old ports when free. */
    void reopenAll() {
        for (ObjectNode app : store.list(StateStore.APPS, "")) {
            String id = app.path("id").asText();
            int port = endpoints.open(id, app.path("port").asInt(0));
            if (port != app.path("port").asInt()) {
                store.update(StateStore.APPS, id, entry -> entry.put("port", port));
                store.update(StateStore.RESOURCES, id, resource -> setFqdn(resource, port));
            }
        }
    }

    /** Adds the computed properties of a container app being written, and its runtime entry. */
    void written(ObjectNode resource, Optional<ObjectNode> previous) {
        String id = resource.path("id").asText();
        ObjectNode runtime = store.get(StateStore.APPS, id).orElseGet(() -> Json.object().put("id", id));
        int port = endpoints.open(id, runtime.path("port").asInt(0));
        runtime.put("port", port);
        JsonNode template = resource.path("properties").path("template");
        ArrayNode revisions = runtime.has("revisions") ? (ArrayNode) runtime.get("revisions") : runtime.putArray("revisions");
        boolean changed = revisions.isEmpty()
                || !previous.map(p -> p.path("properties").path("template")).orElse(Json.object()).equals(template);
        Instant now = clock.instant();
        if (changed) {
            String name = ResourceId.parse(id).leafName() + "--" + suffix(id, revisions.size());
            revisions.addObject().put("name", name).put("createdTime", now.toString());
            runtime.put("startedAt", now.toString());
        }
        store.put(StateStore.APPS, id, runtime);
        String latest = revisions.get(revisions.size() - 1).path("name").asText();
        ObjectNode properties = (ObjectNode) resource.get("properties");
        properties.put("latestRevisionName", latest);
        properties.put("latestReadyRevisionName", latest);
        properties.put("latestRevisionFqdn", "127.0.0.1:" + port);
        properties.put("runningStatus", "Running");
        properties.putArray("outboundIpAddresses").add("127.0.0.1");
        properties.put("customDomainVerificationId", ComputedProperties.stableWord(id).toUpperCase(Locale.ROOT));
        setFqdn(resource, port);
    }

    void deleted(String id) {
        endpoints.close(id);
        store.remove(StateStore.APPS, id);
    }

    boolean ready(String appId) {
        return store.get(StateStore.APPS, appId)
                .map(app -> !clock.instant().isBefore(Instant.parse(app.path("startedAt").asText()).plus(startup)))
                .orElse(false);
    }

    ObjectNode runtime(String appId) {
        return store.get(StateStore.APPS, appId).orElseThrow(() -> ArmFailure.notFound("ContainerAppNotFound",
                "The container app '" + ResourceId.parse(appId).leafName() + "' was not found."));
    }

    void restart(String appId) {
        store.update(StateStore.APPS, appId, app -> app.put("startedAt", clock.instant().toString()));
    }

    private static void setFqdn(ObjectNode resource, int port) {
        JsonNode configuration = resource.path("properties").path("configuration");
        if (configuration.path("ingress").isObject()) {
            ((ObjectNode) configuration.get("ingress")).put("fqdn", "127.0.0.1:" + port);
        }
    }

    private static String suffix(String id, int number) {
        return ComputedProperties.stableWord(id + "#" + number).substring(0, 7);
    }
}
