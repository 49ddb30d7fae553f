package dev.infractl.preflight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Every preflight port in memory; {@link #meetAt} makes named calls wait for each other to prove they overlap. */
final class FakeAzure implements GpuCapacity, StorageNames, ProviderRegistry, GroupPermissions {

    final Map<String, Set<String>> profiles = new HashMap<>();
    final Map<String, Usage> usages = new HashMap<>();
    final Map<String, Long> held = new HashMap<>();
    final Set<String> taken = new HashSet<>();
    final Set<String> inGroup = new HashSet<>();
    final Set<String> unregistered = new HashSet<>();
    final List<String> registered = new ArrayList<>();
    List<Permission> permissions = List.of(new Permission(List.of("*"), List.of()));
    private CountDownLatch meeting = new CountDownLatch(0);
    /** Thrown by {@link #regions()} when set: the provider's region list could not be read. */
    RuntimeException regionsRefused;
    /** Thrown, when set, by every question but the storage name's: an endpoint that does not offer those APIs. */
    RuntimeException unanswered;

    FakeAzure region(String region, long limit, long current, String... offered) {
        profiles.put(region, Set.of(offered));
        usages.put(region, new Usage(current, limit));
        return this;
    }

    /** The next {@code calls} provider lookups each wait until all of them have started. */
    void meetAt(int calls) {
        meeting = new CountDownLatch(calls);
    }

    PreflightPorts ports() {
        return new PreflightPorts(this, this, this, this);
    }

    @Override
    public List<String> regions() {
        if (regionsRefused != null) {
            throw regionsRefused;
        }
        return profiles.keySet().stream().sorted().toList();
    }

    @Override
    public boolean offers(String region, String profileType) {
        answerable();
        return profiles.getOrDefault(region, Set.of()).contains(profileType);
    }

    @Override
    public Optional<Usage> usage(String region, String quotaName) {
        answerable();
        return Optional.ofNullable(usages.get(region));
    }

    @Override
    public long heldBy(String environmentId, String quotaName) {
        return held.getOrDefault(environmentId, 0L);
    }

    @Override
    public Availability check(String name) {
        return taken.contains(name) ? new Availability(false, "AlreadyExists", "The storage account named " + name
                + " is already taken.") : new Availability(true, "", "");
    }

    @Override
    public boolean existsInGroup(String name) {
        return inGroup.contains(name);
    }

    @Override
    public String state(String namespace) {
        answerable();
        meeting.countDown();
        try {
            if (!meeting.await(30, TimeUnit.SECONDS)) {
                return "NeverMet";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return unregistered.contains(namespace) ? "NotRegistered" : "Registered";
    }

    @Override
    public synchronized String register(String namespace) {
        registered.add(namespace);
        return "Registering";
    }

    @Override
    public List<Permission> onGroup() {
        answerable();
        return permissions;
    }

    private void answerable() {
        if (unanswered != null) {
            throw unanswered;
        }
    }
}
