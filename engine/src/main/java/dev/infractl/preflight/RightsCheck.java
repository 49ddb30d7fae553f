package dev.infractl.preflight;

import java.util.List;

/** The caller may deploy into the resource group and read the storage account's keys. */
record RightsCheck(GroupPermissions permissions, String group, boolean groupExists) implements PreflightCheck {

    static final String NAME = "rights";

    static final List<String> NEEDED = List.of(
            "Microsoft.Resources/deployments/write",
            "Microsoft.Storage/storageAccounts/write",
            "Microsoft.Storage/storageAccounts/listKeys/action",
            "Microsoft.OperationalInsights/workspaces/write",
            "Microsoft.App/managedEnvironments/write",
            "Microsoft.App/containerApps/write");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckResult run() {
        if (!groupExists) {
            return CheckResult.passed(NAME, "not checked: resource group " + group + " does not exist yet (creating it"
                    + " needs Microsoft.Resources/subscriptions/resourceGroups/write)");
        }
        List<Permission> granted = permissions.onGroup();
        List<String> missing = NEEDED.stream().filter(action -> !Permission.anyAllows(granted, action)).toList();
        if (missing.isEmpty()) {
            return CheckResult.passed(NAME, "you may deploy into " + group + " and list its storage keys");
        }
        return CheckResult.failed(NAME, "missing rights on resource group " + group + ": " + String.join(", ", missing),
                "ask an owner for the Contributor role on " + group + " (it grants all of these)");
    }
}
