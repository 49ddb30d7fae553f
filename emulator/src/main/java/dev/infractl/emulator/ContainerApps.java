package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What runs behind a container app: its endpoint's port, its revisions (a new one whenever the template
 * changes, as in single-revision mode), and when it last (re)started, which decides whether the endpoint
 * answers and what state the replicas report. Kept in the state's {@code apps} section.
 */
final class ContainerApps {

    static final String TYPE = "Microsoft.App/containerApps";

    /** How long an app with minReplicas 0 keeps a replica after its last request (ACA's default cool-down). */
    static final Duration COOL_DOWN = Duration.ofMinutes(5);

    private final StateStore store;
    private final Clock clock;
    private final ReplicaStages stages;
    private AppEndpoints endpoints;
    private LogStreams logStreams;
    /** When each app last served a request, by lower-case id; in memory, as traffic is (starts are in the state). */
    private final Map<String, Instant> active = new ConcurrentHashMap<>();

    ContainerApps(StateStore store, Clock clock, ReplicaStages stages) {
        this.store = store;
        this.clock = clock;
        this.stages = stages;
    }

    /** Set once at start: endpoints ask this object whether an app is ready, so they are made after it. */
    void attach(AppEndpoints appEndpoints, LogStreams streams) {
        this.endpoints = appEndpoints;
        this.logStreams = streams;
    }

    /** Properties that name this process's listeners, set on every read: the log stream's address. */
    void refresh(ObjectNode resource) {
        if (logStreams != null && resource.path("properties") instanceof ObjectNode properties
                && ResourceId.parse(resource.path("id").asText()).isType(TYPE)) {
            properties.put("eventStreamEndpoint", logStreams.eventStreamEndpoint(resource.path("id").asText()));
        }
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
            // scaling to zero alone idles at once; any other change starts a replica of the new revision
            runtime.put("activeAt", (scaledToZeroOnly(previous, template) ? Instant.EPOCH : now).toString());
            active.remove(StateStore.normal(id));
            String name = ResourceId.parse(id).leafName() + "--" + suffix(id, revisions.size());
            revisions.addObject().put("name", name).put("createdTime", now.toString());
            runtime.put("startedAt", now.toString());
        }
        store.put(StateStore.APPS, id, runtime);
        describe(resource, revisions.get(revisions.size() - 1).path("name").asText(), port);
    }

    /** The computed properties a written app would show, the revision it runs kept: what-if compares only the rest. */
    void predict(ObjectNode resource, ObjectNode previous) {
        String id = resource.path("id").asText();
        describe(resource, previous.path("properties").path("latestRevisionName").asText(),
                store.get(StateStore.APPS, id).map(runtime -> runtime.path("port").asInt()).orElse(0));
        refresh(resource);
    }

    private void describe(ObjectNode resource, String latest, int port) {
        String id = resource.path("id").asText();
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
        active.remove(StateStore.normal(id));
        endpoints.close(id);
        store.remove(StateStore.APPS, id);
    }

    boolean ready(String appId) {
        return ReplicaStages.READY.equals(stage(appId));
    }

    /** The start-up stage of the app's replicas now (ReplicaStages' names); an unknown app is never ready. */
    String stage(String appId) {
        return store.get(StateStore.APPS, appId)
                .map(app -> stages.at(Duration.between(Instant.parse(app.path("startedAt").asText()), clock.instant())))
                .orElse(ReplicaStages.STAGES.get(0));
    }

    ReplicaStages stages() {
        return stages;
    }

    ObjectNode runtime(String appId) {
        return store.get(StateStore.APPS, appId).orElseThrow(() -> ArmFailure.notFound("ContainerAppNotFound",
                "The container app '" + ResourceId.parse(appId).leafName() + "' was not found."));
    }

    /** The fake endpoint served a request: like ACA's HTTP scaler, it keeps (or brings up) a replica. */
    boolean served(String appId) {
        active.put(StateStore.normal(appId), clock.instant());
        return ready(appId);
    }

    /**
     * How many replicas the latest revision runs: minReplicas, and with minReplicas 0 one while it started or
     * served a request within {@link #COOL_DOWN}. A change of only the scale rule to zero (infractl stop) idles at once.
     */
    int replicaCount(ObjectNode app) {
        int min = app.path("properties").path("template").path("scale").path("minReplicas").asInt(0);
        if (min > 0) {
            return min;
        }
        Instant started = store.get(StateStore.APPS, app.path("id").asText())
                .map(runtime -> Instant.parse(runtime.path("activeAt").asText(runtime.path("startedAt").asText())))
                .orElse(Instant.EPOCH);
        Instant served = active.getOrDefault(StateStore.normal(app.path("id").asText()), Instant.EPOCH);
        Instant last = started.isAfter(served) ? started : served;
        return clock.instant().isBefore(last.plus(COOL_DOWN)) ? 1 : 0;
    }

    void restart(String appId) {
        store.update(StateStore.APPS, appId, app -> app.put("startedAt", clock.instant().toString())
                .put("activeAt", clock.instant().toString()));
    }

    private boolean scaledToZeroOnly(Optional<ObjectNode> previous, JsonNode template) {
        if (previous.isEmpty() || template.path("scale").path("minReplicas").asInt(0) != 0) {
            return false;
        }
        ObjectNode before = previous.get().path("properties").path("template").deepCopy();
        ObjectNode after = template.deepCopy();
        before.remove("scale");
        after.remove("scale");
        return before.equals(after);
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
