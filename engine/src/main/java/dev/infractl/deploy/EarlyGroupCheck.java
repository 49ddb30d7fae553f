package dev.infractl.deploy;

import dev.infractl.Background;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The target group's existence, asked in the background as soon as the target is known (beside discovery and
 * the early validation), so that provision finds the answer waiting instead of asking after them. Only the first
 * question about that group takes the early answer; every other question, and every create, goes to Azure.
 */
public final class EarlyGroupCheck implements ResourceGroups {

    private final ResourceGroups groups;
    private final String name;
    private final AtomicReference<CompletableFuture<Boolean>> answer;

    private EarlyGroupCheck(ResourceGroups groups, String name, CompletableFuture<Boolean> answer) {
        this.groups = groups;
        this.name = name;
        this.answer = new AtomicReference<>(answer);
    }

    /** Sends the question about {@code name} now, in the background. */
    public static EarlyGroupCheck start(ResourceGroups groups, String name) {
        return new EarlyGroupCheck(groups, name, Background.supply("infractl-group", () -> groups.exists(name)));
    }

    @Override
    public boolean exists(String group) {
        CompletableFuture<Boolean> early = name.equals(group) ? answer.getAndSet(null) : null;
        return early == null ? groups.exists(group) : Background.join(early);
    }

    @Override
    public Optional<String> location(String group) {
        return groups.location(group);
    }

    @Override
    public void create(String group, String location) {
        groups.create(group, location);
    }
}
