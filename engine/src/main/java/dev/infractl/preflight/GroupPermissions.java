package dev.infractl.preflight;

import java.util.List;

/** The caller's permissions on the target resource group (Microsoft.Authorization/permissions). */
public interface GroupPermissions {

    List<Permission> onGroup();
}
