package dev.infractl.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A resource group held in memory, filled by each test with what exists. */
final class InMemoryResources implements ExistingResources {

    final Map<String, FineTuningJob> jobs = new HashMap<>();
    final Map<String, ExistingEnvironment> environments = new HashMap<>();
    final List<Workspace> workspaces = new ArrayList<>();
    final Set<String> others = new HashSet<>();
    final Set<String> projectMade = new HashSet<>();

    InMemoryResources with(String type, String... names) {
        others.add(key(type, names));
        return this;
    }

    @Override
    public Optional<FineTuningJob> job(String name) {
        return Optional.ofNullable(jobs.get(name));
    }

    @Override
    public Optional<ExistingEnvironment> environment(String name) {
        return Optional.ofNullable(environments.get(name));
    }

    @Override
    public List<Workspace> workspaces() {
        return List.copyOf(workspaces);
    }

    @Override
    public Set<String> deployedBy(Map<String, String> tags) {
        return Set.copyOf(projectMade);
    }

    @Override
    public boolean exists(String type, String... names) {
        return others.contains(key(type, names));
    }

    private static String key(String type, String... names) {
        return (type + " " + String.join("/", names)).toLowerCase(Locale.ROOT);
    }
}
