package dev.infractl.params;

import java.util.Map;
import java.util.Optional;

/** Which template parameter names which kind of Azure resource: the one table that maps them to naming rules. */
public final class NamingRules {

    public static final NamingRule STORAGE_ACCOUNT = new NamingRule("storage account", 3, 24, "a-z0-9", "a-z0-9", "a-z0-9",
            false, "storage account names are 3-24 characters, lowercase letters and digits only",
            "it must also be unique across all of Azure");
    public static final NamingRule FILE_SHARE = new NamingRule("file share", 3, 63, "a-z0-9-", "a-z0-9", "a-z0-9", true,
            "file share names are 3-63 characters, lowercase letters, digits and hyphens, start and end with a letter"
                    + " or digit, no '--'", "it must be unique within the storage account");
    public static final NamingRule MANAGED_ENVIRONMENT = new NamingRule("Container Apps environment", 2, 60, "a-z0-9-",
            "a-z", "a-z0-9", true, "Container Apps environment names are 2-60 characters, lowercase letters, digits"
                    + " and hyphens, start with a letter, end with a letter or digit, no '--'",
            "it must be unique within the resource group");
    public static final NamingRule ENVIRONMENT_STORAGE = new NamingRule("environment storage", 1, 32, "a-z0-9-", "a-z",
            "a-z0-9", true, "environment storage names are 1-32 characters, lowercase letters, digits and hyphens,"
                    + " start with a letter, end with a letter or digit, no '--'",
            "it must be unique within the Container Apps environment");
    public static final NamingRule CONTAINER_APP = new NamingRule("container app", 2, 32, "a-z0-9-", "a-z", "a-z0-9",
            true, "container app names are 2-32 characters, lowercase letters, digits and hyphens, start with a letter,"
                    + " end with a letter or digit, no '--'", "it must be unique within the resource group");
    public static final NamingRule LOG_ANALYTICS_WORKSPACE = new NamingRule("Log Analytics workspace", 4, 63,
            "A-Za-z0-9-", "A-Za-z0-9", "A-Za-z0-9", false,
            "Log Analytics workspace names are 4-63 characters, letters, digits and hyphens, start and end with a"
                    + " letter or digit", "it must be unique within the resource group");

    private static final Map<String, NamingRule> BY_PARAMETER = Map.of(
            "storageAccountName", STORAGE_ACCOUNT,
            "fileShareName", FILE_SHARE,
            "acaEnvironmentName", MANAGED_ENVIRONMENT,
            "acaEnvironmentStorageName", ENVIRONMENT_STORAGE,
            "acaAppName", CONTAINER_APP,
            "acaLogAnalyticsName", LOG_ANALYTICS_WORKSPACE);

    /** The template parameter that holds the deployment's region, checked against the cloud's region list. */
    public static final String LOCATION_PARAMETER = "location";

    private NamingRules() {
    }

    public static Optional<NamingRule> forParameter(String name) {
        return Optional.ofNullable(BY_PARAMETER.get(name));
    }
}
