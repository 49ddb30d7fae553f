package dev.infractl.app;

import dev.infractl.deploy.Polling;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Restarts the active revision and waits until the endpoint answers 200, probing it every few seconds
 * and reporting the replicas whenever they change (a GPU replica takes many minutes to pull and load).
 */
public final class AppStartup {

    static final Duration PROBE_EVERY = Duration.ofSeconds(2);
    static final Duration REPLICAS_EVERY = Duration.ofSeconds(10);

    private final ContainerApp app;
    private final EndpointProbe probe;
    private final Polling polling;

    public AppStartup(ContainerApp app, EndpointProbe probe, Polling polling) {
        this.app = app;
        this.probe = probe;
        this.polling = polling;
    }

    /** Restarts the active revision; returns its name. */
    public String restart(Consumer<AppEvent> events) {
        String revision = app.activeRevision();
        app.restart(revision);
        events.accept(new AppEvent.Restarted(revision));
        return revision;
    }

    /**
     * Waits until {@code endpoint} answers 200 or {@code timeout} passes; {@code revision} (nullable) is
     * the one whose replicas are shown.
     */
    public StartupOutcome waitUntilReady(URI endpoint, String revision, Duration timeout, Consumer<AppEvent> events) {
        Instant start = polling.clock().instant();
        Instant deadline = start.plus(timeout);
        Instant nextReplicas = start;
        List<Replica> lastReplicas = null;
        int lastStatus = -1;
        while (true) {
            Instant now = polling.clock().instant();
            Duration waited = Duration.between(start, now);
            if (revision != null && !now.isBefore(nextReplicas)) {
                List<Replica> replicas = app.replicas(revision);
                if (!replicas.equals(lastReplicas)) {
                    events.accept(new AppEvent.ReplicasChanged(revision, replicas));
                    lastReplicas = replicas;
                }
                nextReplicas = now.plus(REPLICAS_EVERY);
            }
            int status = probe.status(endpoint);
            if (status == 200) {
                events.accept(new AppEvent.Ready(endpoint, waited));
                return StartupOutcome.READY;
            }
            if (status != lastStatus) {
                events.accept(new AppEvent.EndpointChecked(endpoint, status, waited));
                lastStatus = status;
            }
            if (!now.isBefore(deadline)) {
                return StartupOutcome.TIMED_OUT;
            }
            if (polling.interruption().requested()) {
                return StartupOutcome.INTERRUPTED;
            }
            try {
                polling.sleeper().sleep(min(PROBE_EVERY, Duration.between(now, deadline)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return StartupOutcome.INTERRUPTED;
            }
            if (polling.interruption().requested()) {
                return StartupOutcome.INTERRUPTED;
            }
        }
    }

    /** The endpoint to wait for: the fresh host name from Resource Manager, else the configured one. */
    public URI endpoint(URI configured) {
        return app.fqdn().map(fqdn -> URI.create("https://" + fqdn + "/")).orElse(configured);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
