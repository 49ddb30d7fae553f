package dev.infractl.reuse;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Each question asked of Resource Manager once per discovery: settling a name and then deciding on it ask the
 * same thing, and every answer is a round trip before the deployment can start.
 */
final class RememberedResources implements ExistingResources {

    private final ExistingResources asked;
    private final Map<String, Object> answers = new HashMap<>();

    RememberedResources(ExistingResources asked) {
        this.asked = asked;
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
        if (!answers.containsKey(key)) {
            answers.put(key, answer.get());
        }
        return (T) answers.get(key);
    }
}
