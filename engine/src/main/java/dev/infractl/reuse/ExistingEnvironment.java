package dev.infractl.reuse;

import java.util.List;
import java.util.Optional;

/**
 * A Container Apps environment as it is.
 *
 * @param logsCustomerId the customer id of the workspace it logs to, or null when it logs nowhere
 */
public record ExistingEnvironment(String name, List<WorkloadProfile> profiles, String logsCustomerId,
                                  List<StorageLink> storages) {

    public ExistingEnvironment {
        profiles = List.copyOf(profiles);
        storages = List.copyOf(storages);
    }

    public Optional<WorkloadProfile> profile(String profileName) {
        return profiles.stream().filter(profile -> profile.name().equalsIgnoreCase(profileName)).findFirst();
    }

    public Optional<WorkloadProfile> profileOfType(String type) {
        return profiles.stream().filter(profile -> profile.type().equalsIgnoreCase(type)).findFirst();
    }

    public Optional<StorageLink> linkTo(String account, String share) {
        return storages.stream().filter(link -> link.accountName().equalsIgnoreCase(account)
                && link.shareName().equalsIgnoreCase(share)).findFirst();
    }
}
