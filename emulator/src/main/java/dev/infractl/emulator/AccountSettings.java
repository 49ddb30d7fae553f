package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the faults file says about the subscription beyond faults (docs/emulator.md): per-region GPU limits,
 * storage account names taken elsewhere in Azure, the caller's allowed actions, unregistered providers.
 *
 * @param regionalQuotas region (lower case, no spaces) to usage name to limit; beats the flat {@code quotas}
 * @param allowedActions what Microsoft.Authorization/permissions answers for every group; default {@code *}
 */
record AccountSettings(Map<String, Map<String, Long>> regionalQuotas, Set<String> takenStorageNames,
                       List<String> allowedActions, Set<String> unregisteredProviders) {

    AccountSettings {
        regionalQuotas = Map.copyOf(regionalQuotas);
        takenStorageNames = Set.copyOf(takenStorageNames);
        allowedActions = List.copyOf(allowedActions);
        unregisteredProviders = Set.copyOf(unregisteredProviders);
    }

    static AccountSettings defaults() {
        return new AccountSettings(Map.of(), Set.of(), List.of("*"), Set.of());
    }

    /** Reads the settings; {@code flatQuotas} receives the numeric entries of {@code quotas}. */
    static AccountSettings fromJson(JsonNode root, Map<String, Long> flatQuotas) {
        Map<String, Map<String, Long>> regional = new LinkedHashMap<>();
        root.path("quotas").properties().forEach(entry -> {
            if (entry.getValue().isObject()) {
                Map<String, Long> limits = new LinkedHashMap<>();
                entry.getValue().properties().forEach(limit -> limits.put(limit.getKey(), limit.getValue().asLong()));
                regional.put(WorkloadProfileType.normalLocation(entry.getKey()), limits);
            } else {
                flatQuotas.put(entry.getKey(), entry.getValue().asLong());
            }
        });
        Set<String> taken = new TreeSet<>();
        root.path("takenStorageNames").forEach(name -> taken.add(name.asText().toLowerCase(Locale.ROOT)));
        List<String> allowed = new ArrayList<>();
        root.path("allowedActions").forEach(action -> allowed.add(action.asText()));
        Set<String> unregistered = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        root.path("unregisteredProviders").forEach(namespace -> unregistered.add(namespace.asText()));
        return new AccountSettings(regional, taken, root.has("allowedActions") ? allowed : List.of("*"), unregistered);
    }
}
