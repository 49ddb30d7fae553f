package dev.infractl.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Container Apps log stream service on its own listener: a replica container's console
 * ({@code .../revisions/R/replicas/X/containers/C/logstream}) and the app's system events ({@code .../eventstream}),
 * as text, the last {@code tailLines} and with {@code follow=true} a line every {@link #FOLLOW_EVERY} until the
 * client goes. The bearer token is the one getAuthToken hands out. A {@code "reset": true} request fault on
 * {@code /logstream} drops the connection after the tail, like a stream the service cuts.
 */
final class LogStreams implements AutoCloseable {

    static final Duration FOLLOW_EVERY = Duration.ofMillis(200);
    private static final Pattern PATH = Pattern.compile("^/subscriptions/([^/]+)/resourceGroups/([^/]+)/containerApps/([^/]+)/"
            + "(?:revisions/([^/]+)/replicas/([^/]+)/containers/([^/]+)/logstream|eventstream)/?$", Pattern.CASE_INSENSITIVE);

    private final HttpsServer server;
    private final Faults faults;
    private final StateStore store;
    private final Clock clock;
    private final ReplicaStages stages;

    LogStreams(LoopbackTls tls, ExecutorService executor, Faults faults, StateStore store, Clock clock, ReplicaStages stages) {
        this.stages = stages;
        this.faults = faults;
        this.store = store;
        this.clock = clock;
        this.server = Emulator.listen(tls, 0, this::answer, executor);
    }

    /** What a container app's {@code eventStreamEndpoint} says: this listener, the app's path. */
    String eventStreamEndpoint(String appId) {
        ResourceId id = ResourceId.parse(appId);
        return "https://127.0.0.1:" + server.getAddress().getPort() + "/subscriptions/" + id.subscriptionId()
                + "/resourceGroups/" + id.resourceGroup() + "/containerApps/" + id.name() + "/eventstream";
    }

    static String token(String appId) {
        return "logstream-" + ComputedProperties.stableWord(StateStore.normal(appId) + "#logstream");
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            Request request = Request.of(exchange.getRequestMethod(), exchange.getRequestURI(), exchange.getRequestHeaders(),
                    new byte[0]);
            Matcher path = PATH.matcher(request.path());
            if (!path.matches()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String appId = "/subscriptions/" + path.group(1) + "/resourceGroups/" + path.group(2)
                    + "/providers/Microsoft.App/containerApps/" + path.group(3);
            Optional<ObjectNode> runtime = store.get(StateStore.APPS, appId);
            if (!("Bearer " + token(appId)).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            if (runtime.isEmpty()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            boolean follow = request.queryParameter("follow").map(Boolean::parseBoolean).orElse(false);
            int tail = request.queryParameter("tailLines").map(Integer::parseInt).orElse(20);
            Instant started = Instant.parse(runtime.get().path("startedAt").asText());
            List<String> lines = path.group(4) == null ? system(path.group(3), started) : console(path.group(5), started);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (String line : lines.subList(Math.max(0, lines.size() - tail), lines.size())) {
                write(out, line);
            }
            if (faults.forRequest(request).filter(rule -> rule.kind() == RequestFault.Kind.RESET).isPresent()) {
                // an exception out of the handler makes the server drop the connection mid-stream
                throw new IOException("log stream dropped (injected fault)");
            }
            while (follow) {
                sleep();
                write(out, clock.instant() + " INFO:     100.100.0.1:0 - \"GET / HTTP/1.1\" 200 OK ("
                        + (path.group(5) == null ? path.group(3) : path.group(5)) + ")");
            }
            out.close();
        }
    }

    private static void write(OutputStream out, String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(FOLLOW_EVERY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("emulator stopping", e);
        }
    }

    private static List<String> console(String replica, Instant started) {
        List<String> lines = new ArrayList<>();
        lines.add(started.plusSeconds(5) + " + pip install -r /mount/inference/requirements.txt");
        lines.add(started.plusSeconds(40) + " Loading model from /mount/models (replica " + replica + ")");
        lines.add(started.plusSeconds(90) + " Model loaded on cuda:0");
        lines.add(started.plusSeconds(91) + " Running on local URL:  http://0.0.0.0:7860");
        return lines;
    }

    /** The system events of the stages the app's replicas have entered by now, at the times they entered them. */
    private List<String> system(String app, Instant started) {
        List<String> lines = new ArrayList<>();
        Duration now = Duration.between(started, clock.instant());
        event(lines, started, now, "assigning", "AssigningReplica Replica of '" + app + "' is being assigned to a node");
        event(lines, started, now, "pulling", "PullingImage Pulling image 'docker.io/pytorch/pytorch'");
        event(lines, started, now, "created", "PulledImage Successfully pulled image");
        event(lines, started, now, "created", "ContainerCreated Created container 'inference'");
        event(lines, started, now, "started", "ContainerStarted Started container 'inference'");
        event(lines, started, now, ReplicaStages.READY, "RevisionReady Revision ready, probes passing");
        return lines;
    }

    private void event(List<String> lines, Instant started, Duration now, String stage, String text) {
        stages.entered(stage).filter(at -> at.compareTo(now) <= 0)
                .ifPresent(at -> lines.add(started.plus(at) + " Normal " + text));
    }
}
