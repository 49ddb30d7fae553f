package dev.infractl.app;

import java.util.Locale;
import java.util.Map;

/** A resource in the project's resource group, as listed. */
public record GroupResource(String id, String type, String name, Map<String, String> tags) {

    public boolean isType(String other) {
        return type.equalsIgnoreCase(other);
    }

    /** Whether this resource lives under {@code parent} (a share under its storage account). */
    public boolean isUnder(GroupResource parent) {
        return id.toLowerCase(Locale.ROOT).startsWith(parent.id().toLowerCase(Locale.ROOT) + "/");
    }

    public String shortName() {
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
