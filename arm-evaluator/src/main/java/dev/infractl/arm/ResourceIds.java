package dev.infractl.arm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Resource ids as Resource Manager writes them:
 * {@code /subscriptions/{sub}/resourceGroups/{rg}/providers/{namespace}/{type1}/{name1}/{type2}/{name2}}.
 */
public final class ResourceIds {

    public static final String RESOURCE_GROUPS = "Microsoft.Resources/resourceGroups";

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private ResourceIds() {
    }

    /** The id of a resource whose full type and full name (segments joined by '/') are given. */
    public static String of(DeploymentScope scope, String type, String name) {
        return inResourceGroup(scope.subscriptionId(), scope.resourceGroupName(), type, segments(name));
    }

    /**
     * @param type  {@code Microsoft.Storage/storageAccounts/fileServices}
     * @param names one per type segment after the namespace: {@code [account, default]}
     * @throws IllegalArgumentException when the number of names does not match the type
     */
    public static String inResourceGroup(String subscriptionId, String resourceGroup, String type, List<String> names) {
        return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup + providers(type, names);
    }

    /** A resource group's id is {@code /subscriptions/{id}/resourceGroups/{name}}, not under providers, as ARM writes it. */
    public static String inSubscription(String subscriptionId, String type, List<String> names) {
        if (type.equalsIgnoreCase(RESOURCE_GROUPS) && names.size() == 1) {
            return "/subscriptions/" + subscriptionId + "/resourceGroups/" + names.get(0);
        }
        return "/subscriptions/" + subscriptionId + providers(type, names);
    }

    public static String inTenant(String type, List<String> names) {
        return providers(type, names);
    }

    private static String providers(String type, List<String> names) {
        String[] typeSegments = type.split("/");
        List<String> flatNames = new ArrayList<>();
        names.forEach(name -> flatNames.addAll(segments(name)));
        if (typeSegments.length < 2 || flatNames.size() != typeSegments.length - 1) {
            throw new IllegalArgumentException("the type '" + type + "' needs " + Math.max(1, typeSegments.length - 1)
                    + " name segment(s) but " + flatNames.size() + " were given (" + String.join(", ", flatNames) + ")");
        }
        StringBuilder id = new StringBuilder("/providers/").append(typeSegments[0]);
        for (int i = 1; i < typeSegments.length; i++) {
            id.append('/').append(typeSegments[i]).append('/').append(flatNames.get(i - 1));
        }
        return id.toString();
    }

    /**
     * The id of the parent: the resource above a nested type (a share's fileServices), or the resource an
     * extension resource is attached to (a role assignment's storage account); null at the top.
     */
    public static String parentOf(String resourceId) {
        int providers = resourceId.toLowerCase(Locale.ROOT).lastIndexOf("/providers/");
        if (providers < 0) {
            return null;
        }
        String[] tail = resourceId.substring(providers + "/providers/".length()).split("/");
        if (tail.length <= 3) {
            String scope = resourceId.substring(0, providers);
            return scope.toLowerCase(Locale.ROOT).contains("/providers/") ? scope : null;
        }
        int cut = resourceId.length();
        for (int i = 0; i < 2; i++) {
            cut = resourceId.lastIndexOf('/', cut - 1);
        }
        return resourceId.substring(0, cut);
    }

    public static boolean looksLikeSubscriptionId(String text) {
        return GUID.matcher(text).matches();
    }

    static List<String> segments(String name) {
        return List.of(name.split("/"));
    }
}
