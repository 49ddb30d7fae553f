package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deployments in a resource group and at subscription scope, over HTTP: PUT (asynchronous, with Azure-AsyncOperation, Location and Retry-After),
 * GET, HEAD, list, DELETE, operations, validate, whatIf (asynchronous), cancel, exportTemplate, and the status
 * URLs the asynchronous answers point at.
 */
final class DeploymentRoutes {

    /** In a group (group 2), or at subscription scope (group 2 null), where the provider segment is required. */
    private static final String DEPLOYMENTS = "^/subscriptions/([^/]+)(?:/resourcegroups/([^/]+)"
            + "(?:/providers/Microsoft\\.Resources)?|/providers/Microsoft\\.Resources)/deployments";
    private static final String ONE = DEPLOYMENTS + "/([^/]+)";
    /** The one $filter ARM takes on a deployments list. */
    private static final Pattern FILTER = Pattern.compile(
            "provisioningState\\s+eq\\s+'(\\w+)'", Pattern.CASE_INSENSITIVE);

    private final Subscription subscription;
    private final Deployments deployments;
    private final long retryAfterMillis;
    private final Clock clock;
    private final Map<String, ObjectNode> whatIfResults = new ConcurrentHashMap<>();

    DeploymentRoutes(Subscription subscription, Deployments deployments, long retryAfterMillis, Clock clock) {
        this.clock = clock;
        this.subscription = subscription;
        this.deployments = deployments;
        this.retryAfterMillis = retryAfterMillis;
    }

    List<Route> routes() {
        return List.of(
                Route.arm("GET", DEPLOYMENTS + "/?$", this::list),
                Route.arm("PUT", ONE + "$", this::put),
                Route.arm("GET", ONE + "$", this::get),
                Route.arm("HEAD", ONE + "$", this::head),
                Route.arm("DELETE", ONE + "$", this::delete),
                Route.arm("GET", ONE + "/operations/?$", this::operations),
                Route.arm("GET", ONE + "/operations/([^/]+)$", this::operation),
                Route.arm("POST", ONE + "/validate$", this::validate),
                Route.arm("POST", ONE + "/whatIf$", this::whatIf),
                Route.arm("POST", ONE + "/cancel$", this::cancel),
                Route.arm("POST", ONE + "/exportTemplate$", this::exportTemplate),
                Route.arm("GET", ONE + "/operationStatuses/([^/]+)$", this::operationStatus),
                Route.arm("GET", ONE + "/operationResults/([^/]+)$", this::operationResult),
                Route.arm("GET", "^/subscriptions/([^/]+)/providers/Microsoft\\.Resources/locations/([^/]+)"
                        + "/operationResults/([^/]+)$", this::whatIfResult));
    }

    private String id(Matcher path) {
        subscription.check(path.group(1));
        return deployments.id(path.group(2), path.group(3));
    }

    private Response list(Request request, Matcher path) {
        subscription.check(path.group(1));
        ObjectNode body = Json.object();
        var value = body.putArray("value");
        Optional<String> state = request.queryParameter("$filter").map(FILTER::matcher)
                .filter(Matcher::find).map(match -> match.group(1));
        int top = request.queryParameter("$top").map(Integer::parseInt).orElse(Integer.MAX_VALUE);
        deployments.list(path.group(2)).stream()
                .filter(d -> state.isEmpty() || d.path("properties").path("provisioningState").asText()
                        .equalsIgnoreCase(state.get()))
                .limit(top)
                .map(this::live)
                .forEach(value::add);
        return Response.ok(body);
    }

    private Response put(Request request, Matcher path) {
        subscription.check(path.group(1));
        ObjectNode body = deployments.submit(path.group(2), path.group(3), request.json());
        String operationId = UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
        String base = request.baseUrl() + body.path("id").asText();
        String version = "?api-version=" + request.apiVersion();
        Response accepted = Response.json(201, body)
                .header("Azure-AsyncOperation", base + "/operationStatuses/" + operationId + version)
                .header("Location", base + "/operationResults/" + operationId + version);
        return pollAgain(accepted);
    }

    private Response get(Request request, Matcher path) {
        return Response.ok(live(deployments.records().require(id(path))));
    }

    /** While something runs, ARM's duration grows: it is the time since the entry's timestamp (its start). */
    private <T extends JsonNode> T live(T entry) {
        JsonNode properties = entry.path("properties");
        String state = properties.path("provisioningState").asText();
        if (properties instanceof ObjectNode mutable && DeploymentState.of(state).isActive() && properties.has("timestamp")) {
            mutable.put("duration", Duration.between(
                    Instant.parse(properties.get("timestamp").asText()), clock.instant()).toString());
        }
        return entry;
    }

    private Response head(Request request, Matcher path) {
        return Response.empty(deployments.records().find(id(path)).isPresent() ? 204 : 404);
    }

    private Response delete(Request request, Matcher path) {
        String id = id(path);
        if (deployments.records().find(id).isEmpty()) {
            return Response.empty(204);
        }
        if (deployments.records().state(id).isActive()) {
            throw ArmFailure.conflict("DeploymentActive", "The deployment '" + path.group(3)
                    + "' is still running; cancel it first.");
        }
        deployments.records().remove(id);
        // Azure accepts the delete and removes the record in the background; here it is gone already
        return ResourceGroupRoutes.accepted(request, path.group(1), "done:" + id);
    }

    private Response operations(Request request, Matcher path) {
        String id = id(path);
        deployments.records().require(id);
        ObjectNode body = Json.object();
        var operations = deployments.records().operations(id);
        operations.forEach(this::live);
        body.set("value", operations);
        return Response.ok(body);
    }

    private Response operation(Request request, Matcher path) {
        String id = id(path);
        for (JsonNode operation : deployments.records().operations(id)) {
            if (operation.path("operationId").asText().equalsIgnoreCase(path.group(4))) {
                return Response.ok(operation);
            }
        }
        throw ArmFailure.notFound("DeploymentOperationNotFound", "Operation '" + path.group(4) + "' was not found.");
    }

    private Response validate(Request request, Matcher path) {
        subscription.check(path.group(1));
        return Response.ok(deployments.validate(path.group(2), path.group(3), request.json()));
    }

    private Response whatIf(Request request, Matcher path) {
        subscription.check(path.group(1));
        String token = UUID.randomUUID().toString().replace("-", "");
        whatIfResults.put(token, deployments.whatIf(path.group(2), path.group(3), request.json()));
        String location = request.baseUrl() + subscription.id() + "/providers/Microsoft.Resources/locations/local"
                + "/operationResults/" + token + "?api-version=" + request.apiVersion();
        return Response.empty(202).header("Location", location).header("Retry-After", "1")
                .header("x-ms-retry-after-ms", "10");
    }

    private Response whatIfResult(Request request, Matcher path) {
        subscription.check(path.group(1));
        ObjectNode result = whatIfResults.get(path.group(3));
        if (result == null) {
            throw ArmFailure.notFound("OperationNotFound", "The operation '" + path.group(3) + "' was not found.");
        }
        return Response.ok(result);
    }

    private Response cancel(Request request, Matcher path) {
        subscription.check(path.group(1));
        if (!deployments.cancel(path.group(2), path.group(3))) {
            throw ArmFailure.conflict("DeploymentCannotBeCancelled", "The deployment '" + path.group(3)
                    + "' cannot be cancelled: it is not running (state '"
                    + deployments.records().state(id(path)) + "').");
        }
        return Response.empty(204);
    }

    /** Retry-After in whole seconds (all most clients read) and the finer millisecond hint azure-core reads first. */
    private Response pollAgain(Response response) {
        return response.header("Retry-After", "1").header("x-ms-retry-after-ms", Long.toString(retryAfterMillis));
    }

    private Response exportTemplate(Request request, Matcher path) {
        String id = id(path);
        deployments.records().require(id);
        ObjectNode body = Json.object();
        body.set("template", deployments.records().inputs(id).path("template"));
        return Response.ok(body);
    }

    private Response operationStatus(Request request, Matcher path) {
        ObjectNode deployment = deployments.records().require(id(path));
        ObjectNode body = Json.object().put("status", deployment.path("properties").path("provisioningState").asText());
        if (deployment.path("properties").has("error")) {
            body.set("error", deployment.path("properties").get("error"));
        }
        if (DeploymentState.of(body.path("status").asText()).isActive()) {
            return pollAgain(Response.ok(body));
        }
        return Response.ok(body);
    }

    private Response operationResult(Request request, Matcher path) {
        String id = id(path);
        if (deployments.records().state(id).isActive()) {
            return pollAgain(Response.empty(202).header("Location", request.baseUrl() + request.path() + "?api-version="
                    + request.apiVersion()));
        }
        return Response.ok(deployments.records().require(id));
    }
}
