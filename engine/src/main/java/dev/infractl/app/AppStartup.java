package dev.infractl.app;

import dev.infractl.deploy.Polling;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Restarts the active revision and waits until the endpoint answers 200, probing it every few seconds and
 * following each replica through its start-up stages (a GPU replica takes many minutes to get a node, pull and
 * load), reporting a stage that lasts past its limit as a stall.
 */
public final class AppStartup {

    /** How many of the environment's latest system events a stall shows. */
    static final int SYSTEM_EVENTS = 10;

    private final ContainerApp app;
    private final EndpointProbe probe;
    private final Polling polling;
    private final StartupWatch watch;
    private final SystemEvents systemEvents;
    private AppEvent.Stalled firstStall;

    public AppStartup(ContainerApp app, EndpointProbe probe, Polling polling) {
        this(app, probe, polling, StartupWatch.defaults(), SystemEvents.NONE);
    }

    public AppStartup(ContainerApp app, EndpointProbe probe, Polling polling, StartupWatch watch,
                      SystemEvents systemEvents) {
        this.app = app;
        this.probe = probe;
        this.polling = polling;
        this.watch = watch;
        this.systemEvents = systemEvents;
    }

    /** Restarts the active revision; returns its name. */
    public String restart(Consumer<AppEvent> events) {
        String revision = app.activeRevision();
        app.restart(revision);
        events.accept(new AppEvent.Restarted(revision));
        return revision;
    }

    /**
     * Waits until {@code endpoint} answers 200, {@code timeout} passes, or (with stop-on-stall) a stage stalls;
     * {@code revision} (nullable) is the one whose replicas are followed.
     */
    public StartupOutcome waitUntilReady(URI endpoint, String revision, Duration timeout, Consumer<AppEvent> events) {
        Instant start = polling.clock().instant();
        Instant deadline = start.plus(timeout);
        Replicas replicas = new Replicas(revision, new StartupTimeline(watch.stalls(), start), events);
        Instant nextReplicas = start;
        int lastStatus = -1;
        while (true) {
            Instant now = polling.clock().instant();
            Duration waited = Duration.between(start, now);
            if (revision != null && !now.isBefore(nextReplicas)) {
                replicas.look(now);
                nextReplicas = now.plus(watch.replicasEvery());
            }
            int status = probe.status(endpoint);
            if (status == 200) {
                if (revision != null) {
                    replicas.look(now); // the timeline ends with the replicas that answer
                }
                events.accept(new AppEvent.Ready(endpoint, waited));
                return StartupOutcome.READY;
            }
            if (status != lastStatus) {
                events.accept(new AppEvent.EndpointChecked(endpoint, status, waited));
                lastStatus = status;
            }
            List<AppEvent.Stalled> stalls = replicas.timeline.stalls(now);
            stalls.forEach(events);
            if (!stalls.isEmpty()) {
                firstStall = firstStall == null ? stalls.get(0) : firstStall;
                List<String> said = systemEvents.recent(SYSTEM_EVENTS);
                if (!said.isEmpty()) {
                    events.accept(new AppEvent.SystemEventsRead(said));
                }
            }
            if (firstStall != null && watch.stopOnStall()) {
                return StartupOutcome.STALLED;
            }
            if (!now.isBefore(deadline)) {
                return StartupOutcome.TIMED_OUT;
            }
            if (polling.interruption().requested()) {
                return StartupOutcome.INTERRUPTED;
            }
            try {
                polling.sleeper().sleep(min(watch.probeEvery(), Duration.between(now, deadline)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return StartupOutcome.INTERRUPTED;
            }
            if (polling.interruption().requested()) {
                return StartupOutcome.INTERRUPTED;
            }
        }
    }

    /** The first stall of the last wait, if any stage stalled. */
    public Optional<AppEvent.Stalled> stall() {
        return Optional.ofNullable(firstStall);
    }

    /** The endpoint to wait for: the fresh host name from Resource Manager, else the configured one. */
    public URI endpoint(URI configured) {
        return app.fqdn().map(fqdn -> URI.create("https://" + fqdn + "/")).orElse(configured);
    }

    /** Looks at the revision's replicas: the list when it changed, and each replica's stage changes. */
    private final class Replicas {
        private final String revision;
        private final StartupTimeline timeline;
        private final Consumer<AppEvent> events;
        private List<Replica> last;

        Replicas(String revision, StartupTimeline timeline, Consumer<AppEvent> events) {
            this.revision = revision;
            this.timeline = timeline;
            this.events = events;
        }

        void look(Instant now) {
            List<Replica> replicas = app.replicas(revision);
            if (replicas.equals(last)) {
                return;
            }
            events.accept(new AppEvent.ReplicasChanged(revision, replicas));
            timeline.observe(replicas, now).forEach(events);
            last = replicas;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
