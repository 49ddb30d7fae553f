package dev.infractl.emulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What Resource Manager knows about resource types before any provider sees a PUT: which namespaces exist, and
 * for the namespaces the emulator models closely, which api-versions they serve (taken from the providers'
 * published versions; one list per namespace, a simplification of Azure's per-type lists). Namespaces outside
 * Microsoft's (partner providers such as SendGrid.Email) are taken as they come.
 */
final class ResourceTypeCatalog {

    private static final Set<String> NAMESPACES = Set.of("Microsoft.AAD", "Microsoft.Advisor",
            "Microsoft.AlertsManagement", "Microsoft.AnalysisServices", "Microsoft.ApiCenter", "Microsoft.ApiManagement",
            "Microsoft.App", "Microsoft.AppConfiguration", "Microsoft.AppPlatform", "Microsoft.Attestation",
            "Microsoft.Authorization", "Microsoft.Automation", "Microsoft.AVS", "Microsoft.AzureStackHCI",
            "Microsoft.Batch", "Microsoft.Billing", "Microsoft.BotService", "Microsoft.Cache", "Microsoft.Cdn",
            "Microsoft.CertificateRegistration", "Microsoft.ChangeAnalysis", "Microsoft.Chaos",
            "Microsoft.CognitiveServices", "Microsoft.Communication", "Microsoft.Compute", "Microsoft.Consumption",
            "Microsoft.ContainerInstance", "Microsoft.ContainerRegistry", "Microsoft.ContainerService",
            "Microsoft.CostManagement", "Microsoft.CustomProviders", "Microsoft.Dashboard", "Microsoft.Databricks",
            "Microsoft.DataFactory", "Microsoft.DataLakeStore", "Microsoft.DataMigration", "Microsoft.DataProtection",
            "Microsoft.DBforMariaDB", "Microsoft.DBforMySQL", "Microsoft.DBforPostgreSQL",
            "Microsoft.DesktopVirtualization", "Microsoft.DevCenter", "Microsoft.DevTestLab", "Microsoft.Devices",
            "Microsoft.DocumentDB", "Microsoft.DomainRegistration", "Microsoft.Elastic", "Microsoft.EventGrid",
            "Microsoft.EventHub", "Microsoft.Features", "Microsoft.GuestConfiguration", "Microsoft.HDInsight",
            "Microsoft.HealthcareApis", "Microsoft.HybridCompute", "Microsoft.Insights", "Microsoft.KeyVault",
            "Microsoft.Kubernetes", "Microsoft.KubernetesConfiguration", "Microsoft.Kusto", "Microsoft.LoadTestService",
            "Microsoft.Logic", "Microsoft.MachineLearningServices", "Microsoft.Maintenance", "Microsoft.ManagedIdentity",
            "Microsoft.ManagedServices", "Microsoft.Management", "Microsoft.Maps", "Microsoft.Media", "Microsoft.Migrate",
            "Microsoft.Monitor", "Microsoft.NetApp", "Microsoft.Network", "Microsoft.NotificationHubs",
            "Microsoft.OperationalInsights", "Microsoft.OperationsManagement", "Microsoft.PolicyInsights",
            "Microsoft.Portal", "Microsoft.PowerBIDedicated", "Microsoft.Purview", "Microsoft.RecoveryServices",
            "Microsoft.RedHatOpenShift", "Microsoft.Relay", "Microsoft.ResourceHealth", "Microsoft.Resources",
            "Microsoft.Search", "Microsoft.Security", "Microsoft.SecurityInsights", "Microsoft.ServiceBus",
            "Microsoft.ServiceFabric", "Microsoft.SignalRService", "Microsoft.Solutions", "Microsoft.Sql",
            "Microsoft.SqlVirtualMachine", "Microsoft.Storage", "Microsoft.StorageCache", "Microsoft.StorageSync",
            "Microsoft.StreamAnalytics", "Microsoft.Subscription", "Microsoft.Synapse", "Microsoft.TimeSeriesInsights",
            "Microsoft.VirtualMachineImages", "Microsoft.Web");

    private static final Map<String, List<String>> API_VERSIONS = Map.of(
            "microsoft.storage", List.of("2025-06-01", "2025-01-01", "2024-01-01", "2023-05-01", "2023-04-01",
                    "2023-01-01", "2022-09-01", "2022-05-01", "2021-09-01", "2021-08-01", "2021-06-01", "2021-04-01",
                    "2021-02-01", "2021-01-01", "2020-08-01-preview", "2019-06-01", "2019-04-01", "2018-11-01",
                    "2018-07-01", "2018-03-01-preview", "2018-02-01", "2017-10-01", "2017-06-01", "2016-12-01",
                    "2016-05-01", "2016-01-01", "2015-06-15", "2015-05-01-preview"),
            "microsoft.app", List.of("2025-07-01", "2025-02-02-preview", "2025-01-01", "2024-10-02-preview",
                    "2024-08-02-preview", "2024-03-01", "2024-02-02-preview", "2023-11-02-preview", "2023-08-01-preview",
                    "2023-05-02-preview", "2023-05-01", "2023-04-01-preview", "2022-11-01-preview", "2022-10-01",
                    "2022-06-01-preview", "2022-03-01", "2022-01-01-preview"),
            "microsoft.operationalinsights", List.of("2025-02-01", "2023-09-01", "2022-10-01", "2021-12-01-preview",
                    "2021-06-01", "2020-10-01", "2020-08-01", "2020-03-01-preview", "2015-11-01-preview",
                    "2015-03-20"),
            "microsoft.managedidentity", List.of("2024-11-30", "2023-07-31-preview", "2023-01-31",
                    "2022-01-31-preview", "2021-09-30-preview", "2018-11-30", "2015-08-31-preview"));

    private ResourceTypeCatalog() {
    }

    /** The namespace as Azure spells it, or empty when Resource Manager would not know it. */
    static Optional<String> namespace(String type) {
        String namespace = type.substring(0, Math.max(0, type.indexOf('/')));
        if (!namespace.regionMatches(true, 0, "Microsoft.", 0, 10)) {
            return namespace.isEmpty() ? Optional.empty() : Optional.of(namespace);
        }
        return NAMESPACES.stream().filter(known -> known.equalsIgnoreCase(namespace)).findFirst();
    }

    /** The api-versions of the type's namespace, newest first; empty when the emulator takes any. */
    static List<String> apiVersions(String type) {
        String namespace = type.substring(0, Math.max(0, type.indexOf('/'))).toLowerCase(Locale.ROOT);
        return API_VERSIONS.getOrDefault(namespace, List.of());
    }

    /** Every Microsoft namespace Resource Manager knows, as Azure spells it. */
    static Set<String> namespaces() {
        return NAMESPACES;
    }

    static String joined(List<String> values) {
        return values.stream().collect(Collectors.joining(", "));
    }
}
