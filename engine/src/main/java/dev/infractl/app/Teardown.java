package dev.infractl.app;

import dev.infractl.deploy.Polling;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Deletes a {@link TeardownPlan}'s resources one after the other (the app before its environment, the share's
 * storage account last), waiting until Resource Manager no longer finds each one, and says how long each took.
 */
public final class Teardown {

    static final Duration POLL_EVERY = Duration.ofSeconds(2);
    static final Duration SAY_EVERY = Duration.ofSeconds(10);

    private final GroupResources resources;
    private final Polling polling;

    public Teardown(GroupResources resources, Polling polling) {
        this.resources = resources;
        this.polling = polling;
    }

    public TeardownEvent.Finished run(TeardownPlan plan, boolean wait, Duration timeout, Consumer<TeardownEvent> events) {
        Instant start = polling.clock().instant();
        Instant deadline = start.plus(timeout);
        List<GroupResource> deleted = new ArrayList<>();
        TeardownEvent.Status status = wait ? TeardownEvent.Status.SUCCEEDED : TeardownEvent.Status.REQUESTED;
        for (GroupResource resource : plan.removals()) {
            events.accept(new TeardownEvent.Deleting(resource));
            resources.beginDelete(resource);
            if (!wait) {
                events.accept(new TeardownEvent.Requested(resource));
                continue;
            }
            TeardownEvent.Status outcome = waitUntilGone(resource, deadline, events);
            if (outcome != TeardownEvent.Status.SUCCEEDED) {
                status = outcome;
                break;
            }
            deleted.add(resource);
        }
        TeardownEvent.Finished finished = new TeardownEvent.Finished(status, deleted,
                Duration.between(start, polling.clock().instant()));
        events.accept(finished);
        return finished;
    }

    private TeardownEvent.Status waitUntilGone(GroupResource resource, Instant deadline, Consumer<TeardownEvent> events) {
        Instant began = polling.clock().instant();
        Instant nextSay = began.plus(SAY_EVERY);
        while (resources.exists(resource)) {
            Instant now = polling.clock().instant();
            if (!now.isBefore(deadline)) {
                return TeardownEvent.Status.TIMED_OUT;
            }
            if (!now.isBefore(nextSay)) {
                events.accept(new TeardownEvent.StillDeleting(resource, Duration.between(began, now)));
                nextSay = now.plus(SAY_EVERY);
            }
            try {
                polling.sleeper().sleep(POLL_EVERY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return TeardownEvent.Status.INTERRUPTED;
            }
            if (polling.interruption().requested()) {
                return TeardownEvent.Status.INTERRUPTED;
            }
        }
        events.accept(new TeardownEvent.Deleted(resource, Duration.between(began, polling.clock().instant())));
        return TeardownEvent.Status.SUCCEEDED;
    }
}
