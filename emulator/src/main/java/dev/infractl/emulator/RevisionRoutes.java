package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;

/** A container app's revisions (list, get), a revision's replicas, and revision restart. */
final class RevisionRoutes {

    private static final String APP = "^(/subscriptions/([^/]+)/resourcegroups/([^/]+)/providers/"
            + "Microsoft\\.App/containerApps/[^/]+)";

    private final Subscription subscription;
    private final ResourceGroups groups;
    private final Resources resources;
    private final ContainerApps apps;

    RevisionRoutes(Subscription subscription, ResourceGroups groups, Resources resources, ContainerApps apps) {
        this.subscription = subscription;
        this.groups = groups;
        this.resources = resources;
        this.apps = apps;
    }

    List<Route> routes() {
        return List.of(
                Route.arm("GET", APP + "/revisions/?$", this::list),
                Route.arm("GET", APP + "/revisions/([^/]+)$", this::get),
                Route.arm("GET", APP + "/revisions/([^/]+)/replicas/?$", this::replicas),
                Route.arm("GET", APP + "/revisions/([^/]+)/replicas/([^/]+)$", this::replica),
                Route.arm("POST", APP + "/revisions/([^/]+)/restart$", this::restart),
                Route.arm("POST", APP + "/getAuthToken$", this::authToken));
    }

    private ObjectNode app(Matcher path) {
        subscription.check(path.group(2));
        groups.require(path.group(3));
        return resources.require(path.group(1));
    }

    private Response list(Request request, Matcher path) {
        ObjectNode app = app(path);
        ObjectNode body = Json.object();
        var value = body.putArray("value");
        for (JsonNode revision : apps.runtime(path.group(1)).path("revisions")) {
            value.add(revision(app, revision));
        }
        return Response.ok(body);
    }

    private Response get(Request request, Matcher path) {
        ObjectNode app = app(path);
        return Response.ok(revision(app, find(path.group(1), path.group(4))));
    }

    private Response replicas(Request request, Matcher path) {
        ObjectNode app = app(path);
        JsonNode revision = find(path.group(1), path.group(4));
        ObjectNode body = Json.object();
        var value = body.putArray("value");
        if (isLatest(app, revision)) {
            for (int index = 0; index < apps.replicaCount(app); index++) {
                value.add(replica(app, revision, index));
            }
        }
        return Response.ok(body);
    }

    private Response replica(Request request, Matcher path) {
        ObjectNode app = app(path);
        JsonNode revision = find(path.group(1), path.group(4));
        if (isLatest(app, revision)) {
            for (int index = 0; index < apps.replicaCount(app); index++) {
                ObjectNode replica = replica(app, revision, index);
                if (replica.path("name").asText().equals(path.group(5))) {
                    return Response.ok(replica);
                }
            }
        }
        throw ArmFailure.notFound("ContainerAppReplicaNotFound", "Replica '" + path.group(5) + "' was not found.");
    }

    private Response restart(Request request, Matcher path) {
        app(path);
        find(path.group(1), path.group(4));
        apps.restart(path.group(1));
        return Response.empty(200);
    }

    /** The token the log stream takes, as Container Apps' getAuthToken answers it. */
    private Response authToken(Request request, Matcher path) {
        ObjectNode app = app(path);
        ObjectNode body = Json.object().put("id", app.path("id").asText() + "/authtoken")
                .put("name", ResourceId.parse(path.group(1)).leafName())
                .put("type", "Microsoft.App/containerApps/authtoken")
                .put("location", app.path("location").asText());
        body.putObject("properties").put("token", LogStreams.token(path.group(1)))
                .put("expires", Instant.now().plusSeconds(3600).toString());
        return Response.ok(body);
    }

    private JsonNode find(String appId, String name) {
        for (JsonNode revision : apps.runtime(appId).path("revisions")) {
            if (revision.path("name").asText().equalsIgnoreCase(name)) {
                return revision;
            }
        }
        throw ArmFailure.notFound("ContainerAppRevisionNotFound", "Revision '" + name + "' was not found.");
    }

    private static boolean isLatest(ObjectNode app, JsonNode revision) {
        return app.path("properties").path("latestRevisionName").asText().equals(revision.path("name").asText());
    }

    private ObjectNode revision(ObjectNode app, JsonNode revision) {
        String name = revision.path("name").asText();
        boolean active = isLatest(app, revision);
        boolean ready = apps.ready(app.path("id").asText());
        ObjectNode body = Json.object()
                .put("id", app.path("id").asText() + "/revisions/" + name)
                .put("name", name)
                .put("type", "Microsoft.App/containerApps/revisions");
        ObjectNode properties = body.putObject("properties")
                .put("createdTime", revision.path("createdTime").asText())
                .put("lastActiveTime", revision.path("createdTime").asText())
                .put("fqdn", app.path("properties").path("latestRevisionFqdn").asText())
                .put("active", active)
                .put("replicas", active ? apps.replicaCount(app) : 0)
                .put("trafficWeight", active ? 100 : 0)
                .put("healthState", !active ? "None" : ready ? "Healthy" : "Unhealthy")
                .put("provisioningState", "Provisioned")
                .put("runningState", !active ? "Stopped" : ready ? "Running" : "Activating");
        properties.set("template", app.path("properties").path("template"));
        return body;
    }

    /**
     * Replica {@code index} of the latest revision, in its start-up stage as Container Apps reports it (a container
     * id once created, Kubernetes' ContainerCreating while the image is pulled); the first keeps the name it had
     * before replicas were counted.
     */
    private ObjectNode replica(ObjectNode app, JsonNode revision, int index) {
        String appId = app.path("id").asText();
        String stage = apps.stage(appId);
        boolean running = stage.equals("started") || stage.equals(ReplicaStages.READY);
        boolean created = running || stage.equals("created");
        String startedAt = apps.runtime(appId).path("startedAt").asText();
        String name = revision.path("name").asText() + "-" + Long.toHexString(Instant.parse(startedAt).toEpochMilli() % 0xfffff)
                + (index == 0 ? "" : "-" + index);
        ObjectNode body = Json.object()
                .put("id", appId + "/revisions/" + revision.path("name").asText() + "/replicas/" + name)
                .put("name", name)
                .put("type", "Microsoft.App/containerApps/revisions/replicas");
        ObjectNode properties = body.putObject("properties")
                .put("createdTime", startedAt)
                .put("runningState", running ? "Running" : "NotRunning")
                .put("runningStateDetails", stage.equals("assigning") ? "Waiting for a node to be assigned" : "");
        var containers = properties.putArray("containers");
        for (JsonNode container : app.path("properties").path("template").path("containers")) {
            ObjectNode status = containers.addObject().put("name", container.path("name").asText("main"));
            if (created) {
                status.put("containerId", "containerd://" + ComputedProperties.stableWord(name + container.path("name")));
            }
            status.put("ready", stage.equals(ReplicaStages.READY))
                    .put("started", running)
                    .put("restartCount", 0)
                    .put("runningState", running ? "Running" : "Waiting")
                    .put("runningStateDetails", switch (stage) {
                        case "pulling" -> "ContainerCreating";
                        case "created" -> "ContainerCreated";
                        default -> "";
                    });
        }
        properties.putArray("initContainers");
        return body;
    }
}
