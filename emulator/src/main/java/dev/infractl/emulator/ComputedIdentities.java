package dev.infractl.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Managed identities as Entra ID fills them in: a system-assigned identity's principalId and tenantId on any
 * resource that asks for one, each user-assigned identity's principalId and clientId where it is attached, and a
 * user-assigned identity resource's own principalId, clientId and tenantId. Derived from ids, so stable.
 */
final class ComputedIdentities {

    private static final String USER_ASSIGNED = "Microsoft.ManagedIdentity/userAssignedIdentities";

    private ComputedIdentities() {
    }

    static void add(ResourceId id, ObjectNode resource, ObjectNode properties, String tenantId) {
        if (id.isType(USER_ASSIGNED)) {
            properties.put("principalId", principal(id.id())).put("clientId", client(id.id())).put("tenantId", tenantId);
        }
        if (!(resource.get("identity") instanceof ObjectNode identity)) {
            return;
        }
        String type = identity.path("type").asText("");
        if (type.contains("SystemAssigned")) {
            identity.put("principalId", ComputedProperties.stableUuid(id.id(), "system-principal")).put("tenantId", tenantId);
        }
        if (identity.get("userAssignedIdentities") instanceof ObjectNode assigned) {
            assigned.properties().forEach(entry -> {
                ObjectNode details = entry.getValue() instanceof ObjectNode object ? object : Json.object();
                details.put("principalId", principal(entry.getKey())).put("clientId", client(entry.getKey()));
                assigned.set(entry.getKey(), details);
            });
        }
    }

    private static String principal(String identityId) {
        return ComputedProperties.stableUuid(identityId, "principal");
    }

    private static String client(String identityId) {
        return ComputedProperties.stableUuid(identityId, "client");
    }
}
