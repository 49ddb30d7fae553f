package dev.infractl.deploy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How to fix the failures users actually meet, keyed by ARM error code anywhere in the error tree; the
 * message text is never looked at. The Container Apps codes are the ones its quota system and users'
 * reports show (GPU quota types such as SubscriptionNCA100Gpus, WorkloadProfileInvalidType,
 * MaxNumberOf*EnvironmentsInSubExceeded); the others are Resource Manager's and Storage's own.
 */
public final class FailureHints {

    static final String GPU_QUOTA = "the subscription lacks GPU quota for this workload profile in this region: request it "
            + "in the portal (Quotas > Azure Container Apps: Subscription NCA100 GPUs for dedicated NC24-A100, the "
            + "Consumption NCA100/T4 GPU quotas for serverless profiles), or choose another profile with "
            + "--param gpuProfile=Consumption-GPU-NC8as-T4, or another region with --location";
    /** The quota hint when the profile without quota is T4 itself, which the general hint would suggest. */
    static final String GPU_QUOTA_T4 = "the subscription lacks serverless T4 GPU quota in this region: request it in "
            + "the portal (Quotas > Azure Container Apps: Consumption T4 GPUs), or choose the A100 profile with "
            + "--param gpuProfile=Consumption-GPU-NC24-A100 (serverless) or --param gpuProfile=NC24-A100 (dedicated), "
            + "or another region with --location";
    static final String GPU_REGION = "this region offers no such GPU workload profile: list what it has with "
            + "`az containerapp env workload-profile list-supported --location REGION` and pick a region with GPU "
            + "profiles (for example swedencentral, westus3, australiaeast) via --location";
    static final String GPU_PROFILE_PROPERTY = "serverless GPU profiles (Consumption-GPU-*) take no minimum or maximum "
            + "count; choose the dedicated NC24-A100 profile to set maximumInstanceCount";
    static final String ENVIRONMENT_COUNT = "the subscription has reached its Container Apps environment limit: reuse "
            + "an existing environment (--param acaEnvironmentName=...), delete an unused one, or request more in "
            + "Quotas > Azure Container Apps";
    static final String STORAGE_NAME = "storage account names are global across Azure, 3-24 lowercase letters and "
            + "digits: choose another with --param storageAccountName=NAME, or reuse your fine-tuning account";
    static final String AUTHORIZATION = "your identity needs the Contributor role (or Owner) on the resource group: "
            + "ask an owner to run `az role assignment create --assignee YOUR_ID --role Contributor --scope "
            + "/subscriptions/SUB/resourceGroups/GROUP`, or sign in as an identity that has it";
    static final String INVALID_TEMPLATE = "the template or a parameter value was rejected; the target in the error "
            + "names the place: check it with `infractl params` and `infractl plan`, recompile with `infractl build`";
    static final String RESOURCE_GROUP = "the resource group does not exist: give --location REGION so infractl "
            + "creates it (it asks first unless --yes), or check --resource-group and --subscription";
    static final String DEPLOYMENT_ACTIVE = "another deployment is still running in this resource group: follow it "
            + "with `infractl status --attach`, or stop it with `infractl cancel`, then provision again";
    static final String PROVIDER = "the subscription has not registered a resource provider the template needs: run "
            + "`az provider register --namespace Microsoft.App` (and Microsoft.OperationalInsights, Microsoft.Storage)";

    private static final Map<String, String> BY_CODE = byCode();

    private FailureHints() {
    }

    /** One hint per kind of failure found anywhere in the tree, in the order the tree first mentions them. */
    public static List<String> forError(ArmError error) {
        Set<String> hints = new LinkedHashSet<>();
        error.flatten().map(each -> BY_CODE.get(each.code().toLowerCase(Locale.ROOT)))
                .filter(hint -> hint != null).forEach(hints::add);
        return List.copyOf(hints);
    }

    private static Map<String, String> byCode() {
        Map<String, List<String>> codes = Map.ofEntries(
                Map.entry(GPU_QUOTA, List.of("SubscriptionNCA100Gpus", "SubscriptionConsumptionNCA100Gpus",
                        "MaxRegionalQuotaExceeded", "QuotaExceeded", "InsufficientQuota")),
                Map.entry(GPU_QUOTA_T4, List.of("SubscriptionConsumptionT4Gpus")),
                Map.entry(GPU_REGION, List.of("WorkloadProfileInvalidType", "LocationNotAvailableForResourceType")),
                Map.entry(GPU_PROFILE_PROPERTY, List.of("WorkloadProfilePropertyNotSupported")),
                Map.entry(ENVIRONMENT_COUNT, List.of("MaxNumberOfGlobalEnvironmentsInSubExceeded",
                        "MaxNumberOfRegionalEnvironmentsInSubExceeded")),
                Map.entry(STORAGE_NAME, List.of("StorageAccountAlreadyTaken", "StorageAccountAlreadyExists",
                        "AccountNameInvalid")),
                Map.entry(AUTHORIZATION, List.of("AuthorizationFailed", "LinkedAuthorizationFailed")),
                Map.entry(INVALID_TEMPLATE, List.of("InvalidTemplate", "InvalidTemplateDeployment", "InvalidParameter")),
                Map.entry(RESOURCE_GROUP, List.of("ResourceGroupNotFound")),
                Map.entry(DEPLOYMENT_ACTIVE, List.of("DeploymentActive")),
                Map.entry(PROVIDER, List.of("MissingSubscriptionRegistration", "NoRegisteredProviderFound")));
        return codes.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(code -> Map.entry(code.toLowerCase(Locale.ROOT), entry.getKey())))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
