package dev.infractl.reuse;

import dev.infractl.Background;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Each question asked of Resource Manager once per discovery: settling a name and then deciding on it ask the
 * same thing, and every answer is a round trip before the deployment can start. Questions known in advance are
 * asked {@link #ahead} on their own threads, so their round trips overlap; asking one later waits for its answer
 * (or its error, thrown then, in the order the discovery asks).
 */
final class RememberedResources implements ExistingResources {

    private final ExistingResources asked;
    private final Map<String, CompletableFuture<Object>> answers = new ConcurrentHashMap<>();

    RememberedResources(ExistingResources asked) {
        this.asked = asked;
    }

    /** Asks these questions now, each on its own thread; what they find or fail with waits for its asker. */
    void ahead(List<Consumer<ExistingResources>> questions) {
        for (Consumer<ExistingResources> question : questions) {
            Thread thread = new Thread(() -> {
                try {
                    question.accept(this);
                } catch (RuntimeException e) {
                    // kept in its answer: thrown to the discovery if and when it asks
                }
            }, "infractl-discovery");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public Optional<FineTuningJob> job(String name) {
        return remembered("job/" + name, () -> asked.job(name));
    }

    @Override
    public Optional<ExistingEnvironment> environment(String name) {
        return remembered("environment/" + name, () -> asked.environment(name));
    }

    @Override
    public List<Workspace> workspaces() {
        return remembered("workspaces", asked::workspaces);
    }

    @Override
    public Set<String> deployedBy(Map<String, String> tags) {
        return remembered("deployedBy/" + tags, () -> asked.deployedBy(tags));
    }

    @Override
    public boolean exists(String type, String... names) {
        return remembered("exists/" + type + "/" + String.join("/", names), () -> asked.exists(type, names));
    }

    @SuppressWarnings("unchecked")
    private <T> T remembered(String question, Supplier<T> answer) {
        String key = question.toLowerCase(Locale.ROOT); // ARM's names are case-insensitive
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> earlier = answers.putIfAbsent(key, mine);
        if (earlier == null) {
            try {
                mine.complete(answer.get());
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
            }
        }
        return (T) Background.join(earlier == null ? mine : earlier);
    }
}
