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
        String region = location == null || !location.isTextual() ? "" : location.asText();
        Optional<ArmFailure> unserved = unserved(type, apiVersion, region);
        if (unserved.isPresent()) {
            return unserved;
        }
        String shortType = type.substring(type.indexOf('/') + 1);
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

    /**
     * What Resource Manager answers, on any request, for a namespace it does not have (404
     * InvalidResourceNamespace), a type the namespace does not have (404 InvalidResourceType) or an api-version the
     * type is not served at (400 NoRegisteredProviderFound, listing the versions): as ARM words them in the answers
     * quoted in Azure/azure-cli#28496, cloudquery/cloudquery#6629 and Azure/aci-connector-k8s#13.
     *
     * @param region the resource's location, or "" when the request does not say
     */
    Optional<ArmFailure> unserved(String type, String apiVersion, String region) {
        Optional<String> namespace = ResourceTypeCatalog.namespace(type);
        if (namespace.isEmpty()) {
            return Optional.of(ArmFailure.notFound("InvalidResourceNamespace", "The resource namespace '"
                    + type.substring(0, Math.max(0, type.indexOf('/'))) + "' is invalid."));
        }
        String shortType = type.substring(type.indexOf('/') + 1);
        if (!ResourceTypeCatalog.knows(type)) {
            return Optional.of(ArmFailure.notFound("InvalidResourceType", "The resource type '" + shortType
                    + "' could not be found in the namespace '" + namespace.get() + "' for api version '" + apiVersion
                    + "'."));
        }
        List<String> versions = ResourceTypeCatalog.apiVersions(type);
        if (!versions.isEmpty() && versions.stream().noneMatch(version -> version.equalsIgnoreCase(apiVersion))) {
            return Optional.of(ArmFailure.badRequest("NoRegisteredProviderFound", "No registered resource provider found"
                    + " for location '" + Regions.normal(region) + "' and API version '" + apiVersion + "' for type '"
                    + shortType + "'. The supported api-versions are '" + ResourceTypeCatalog.joined(versions)
                    + "'. The supported locations are '" + ResourceTypeCatalog.joined(Regions.ALL) + "'."));
        }
        return Optional.empty();
    }

    /** Throws the refusal of a direct PUT, if any. */
    void require(ResourceId id, String apiVersion, JsonNode body) {
        refusal(id.type(), id.name(), id.id(), apiVersion, body.get("location")).ifPresent(failure -> {
            throw failure;
        });
    }
}
