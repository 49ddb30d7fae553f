package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Injected faults and settings from the faults file (docs/emulator.md). Deterministic: a rule fires on
 * request counts, never at random, so a test that sees a fault once sees it every time.
 */
final class Faults {

    private final List<RequestFault> requests;
    private final List<ResourceFault> resources;
    private final Map<String, Long> quotas;
    private final AccountSettings account;
    private final AtomicIntegerArray seen;
    private final AtomicIntegerArray fired;
    private final JsonNode replicaStartup;

    Faults(List<RequestFault> requests, List<ResourceFault> resources, Map<String, Long> quotas) {
        this(requests, resources, quotas, AccountSettings.defaults());
    }

    Faults(List<RequestFault> requests, List<ResourceFault> resources, Map<String, Long> quotas, AccountSettings account) {
        this(requests, resources, quotas, account, MissingNode.getInstance());
    }

    Faults(List<RequestFault> requests, List<ResourceFault> resources, Map<String, Long> quotas, AccountSettings account,
           JsonNode replicaStartup) {
        this.replicaStartup = replicaStartup;
        this.account = account;
        this.requests = List.copyOf(requests);
        this.resources = List.copyOf(resources);
        this.quotas = Map.copyOf(quotas);
        this.seen = new AtomicIntegerArray(requests.size());
        this.fired = new AtomicIntegerArray(requests.size());
    }

    static Faults none() {
        return new Faults(List.of(), List.of(), Map.of());
    }

    static Faults read(Path file) {
        if (file == null) {
            return none();
        }
        JsonNode root = FaultsFileCheck.read(file);
        List<RequestFault> requests = new ArrayList<>();
        JsonNode requestRules = root.path("requests");
        for (int i = 0; i < requestRules.size(); i++) {
            requests.add(RequestFault.fromJson(requestRules.get(i), file + ": $.requests[" + i + "]"));
        }
        List<ResourceFault> resources = new ArrayList<>();
        JsonNode resourceRules = root.path("resources");
        for (int i = 0; i < resourceRules.size(); i++) {
            resources.add(ResourceFault.fromJson(resourceRules.get(i), file + ": $.resources[" + i + "]"));
        }
        Map<String, Long> quotas = new LinkedHashMap<>();
        AccountSettings account = AccountSettings.fromJson(root, quotas);
        return new Faults(requests, resources, quotas, account, root.path("replicaStartup"));
    }

    /** The first rule whose turn it is for this request; every matching rule counts the request. */
    Optional<RequestFault> forRequest(Request request) {
        RequestFault chosen = null;
        for (int i = 0; i < requests.size(); i++) {
            RequestFault rule = requests.get(i);
            if (!rule.matches(request)) {
                continue;
            }
            int count = seen.incrementAndGet(i);
            boolean due = count % rule.every() == 0 && (rule.times() == 0 || fired.get(i) < rule.times());
            if (due && chosen == null) {
                fired.incrementAndGet(i);
                chosen = rule;
            }
        }
        return Optional.ofNullable(chosen);
    }

    Optional<ResourceFault> forResource(String type, String name) {
        return resources.stream().filter(rule -> rule.matches(type, name)).findFirst();
    }

    /** A usage limit overridden by the faults file (names as in the Microsoft.App usages list). */
    Optional<Long> quota(String name) {
        return Optional.ofNullable(quotas.get(name));
    }

    /** The region's own limit when the faults file gives one, else the flat one. */
    Optional<Long> quota(String name, String location) {
        Map<String, Long> regional = account.regionalQuotas().get(WorkloadProfileType.normalLocation(location));
        return regional != null && regional.containsKey(name) ? Optional.of(regional.get(name)) : quota(name);
    }

    /** The faults file's {@code replicaStartup} object (stage timing, a stage to hold in), or a missing node. */
    JsonNode replicaStartup() {
        return replicaStartup;
    }

    AccountSettings account() {
        return account;
    }
}
