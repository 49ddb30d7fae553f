package dev.infractl.ui;

import java.util.Locale;
import java.util.Map;

/** The words a user knows for the resource types of the template. */
public final class ResourceKinds {

    private static final Map<String, String> FRIENDLY = Map.of(
            "microsoft.storage/storageaccounts", "storage account",
            "microsoft.storage/storageaccounts/fileservices", "file service",
            "microsoft.storage/storageaccounts/fileservices/shares", "file share",
            "microsoft.operationalinsights/workspaces", "Log Analytics workspace",
            "microsoft.app/managedenvironments", "Container Apps environment",
            "microsoft.app/managedenvironments/storages", "environment storage",
            "microsoft.app/containerapps", "container app",
            "microsoft.resources/resourcegroups", "resource group");

    private ResourceKinds() {
    }

    /** The friendly kind, or the type itself for types the template does not use. */
    public static String friendly(String resourceType) {
        return resourceType == null ? "resource" : FRIENDLY.getOrDefault(resourceType.toLowerCase(Locale.ROOT), resourceType);
    }
}
