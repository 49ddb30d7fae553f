package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * What Resource Manager and the providers check on every resource PUT, direct or in a deployment, before
 * anything is written: the namespace exists, the api-version is served, the region is a region, the name follows
 * the provider's rules, and a global name is free. The first problem is the answer, as Azure gives one.
 */
final class PutChecks {

    private final GlobalNames globalNames;

    PutChecks(GlobalNames globalNames) {
        this.globalNames = globalNames;
    }

    /**
     * @param type     the full type, {@code Microsoft.Storage/storageAccounts/fileServices}
     * @param id       the resource id, or null before one is known (the name alone is checked then)
     * @param location the body's {@code location}, missing or null when none was given
     */
    Optional<ArmFailure> refusal(String type, String name, String id, String apiVersion, JsonNode location) {
        Optional<String> namespace = ResourceTypeCatalog.namespace(type);
        if (namespace.isEmpty()) {
            return Optional.of(ArmFailure.notFound("InvalidResourceNamespace", "The resource namespace '"
                    + type.substring(0, Math.max(0, type.indexOf('/'))) + "' is invalid."));
        }
        String shortType = type.substring(type.indexOf('/') + 1);
        String region = location == null || !location.isTextual() ? "" : location.asText();
        List<String> versions = ResourceTypeCatalog.apiVersions(type);
        if (!versions.isEmpty() && !versions.contains(apiVersion)) {
            return Optional.of(ArmFailure.badRequest("NoRegisteredProviderFound", "No registered resource provider found"
                    + " for location '" + Regions.normal(region) + "' and API version '" + apiVersion + "' for type '"
                    + shortType + "'. The supported api-versions are '" + ResourceTypeCatalog.joined(versions)
                    + "'. The supported locations are '" + ResourceTypeCatalog.joined(Regions.ALL) + "'."));
        }
        if (!region.isEmpty() && !shortType.contains("/") && !Regions.known(region)) {
            return Optional.of(ArmFailure.badRequest("LocationNotAvailableForResourceType", "The provided location '"
                    + region + "' is not available for resource type '" + type + "'. List of available regions for the"
                    + " resource type is '" + String.join(",", Regions.ALL) + "'."));
        }
        String leaf = name.substring(name.lastIndexOf('/') + 1);
        Optional<ArmError> badName = NameRules.refusal(type, leaf);
        if (badName.isPresent()) {
            return Optional.of(new ArmFailure(400, badName.get()));
        }
        return globalNames.refusal(type, leaf, id == null ? "" : id);
    }

    /** Throws the refusal of a direct PUT, if any. */
    void require(ResourceId id, String apiVersion, JsonNode body) {
        refusal(id.type(), id.name(), id.id(), apiVersion, body.get("location")).ifPresent(failure -> {
            throw failure;
        });
    }
}
