package dev.infractl.reuse;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Answers from another {@link ExistingResources}, recording each question (from any thread), how many were in
 * flight at once, and refusing the questions named in {@link #refused} as Resource Manager would (a 403).
 */
final class AskedResources implements ExistingResources {

    final List<String> asked = new CopyOnWriteArrayList<>();
    final Set<String> refused;
    private final ExistingResources group;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    /** Each answer waits until this many questions are in flight, or until all are asked one after another. */
    private volatile int waitForTogether;

    AskedResources(ExistingResources group, Set<String> refused) {
        this.group = group;
        this.refused = refused;
    }

    /** Answers only once {@code count} questions are asked at the same time (or after a few seconds without). */
    AskedResources answeringOnceAsked(int count) {
        this.waitForTogether = count;
        return this;
    }

    int mostInFlight() {
        return mostInFlight.get();
    }

    @Override
    public Optional<FineTuningJob> job(String name) {
        return answer("job " + name, () -> group.job(name));
    }

    @Override
    public Optional<ExistingEnvironment> environment(String name) {
        return answer("environment " + name, () -> group.environment(name));
    }

    @Override
    public List<Workspace> workspaces() {
        return answer("workspaces", group::workspaces);
    }

    @Override
    public Set<String> deployedBy(Map<String, String> tags) {
        return answer("deployedBy " + tags, () -> group.deployedBy(tags));
    }

    @Override
    public boolean exists(String type, String... names) {
        return answer(type + " " + String.join("/", names), () -> group.exists(type, names));
    }

    private <T> T answer(String question, Supplier<T> answer) {
        asked.add(question);
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            synchronized (this) {
                notifyAll();
                long giveUp = System.nanoTime() + 5_000_000_000L; // questions asked one by one end up here: the test fails
                while (inFlight.get() < waitForTogether && mostInFlight.get() < waitForTogether && System.nanoTime() < giveUp) {
                    wait(100);
                }
            }
            if (refused.contains(question)) {
                throw new InfractlException(ExitCode.AZURE_FAILED, "reading " + question + " failed: AuthorizationFailed",
                        "ask for the Reader role");
            }
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            inFlight.decrementAndGet();
        }
    }
}
