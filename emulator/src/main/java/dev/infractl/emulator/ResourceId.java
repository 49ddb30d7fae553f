package dev.infractl.emulator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resource id in a resource group, taken apart: {@code .../providers/NS/t1/n1/t2/n2} has type
 * {@code NS/t1/t2} and name {@code n1/n2}, as ARM's type and name fields spell them. An extension resource
 * ({@code .../storageAccounts/acct/providers/Microsoft.Authorization/roleAssignments/g}) has the type and name
 * after its last {@code /providers/}.
 */
record ResourceId(String id, String subscriptionId, String resourceGroup, String type, String name) {

    private static final Pattern SHAPE = Pattern.compile(
            "^/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/([^/]+)/(.+)$", Pattern.CASE_INSENSITIVE);

    static ResourceId parse(String id) {
        Matcher matcher = SHAPE.matcher(id);
        if (!matcher.matches()) {
            throw ArmFailure.badRequest("InvalidResourceId", "'" + id + "' is not a resource id in a resource group.");
        }
        // An extension resource (a role assignment on an account) is typed by what follows the last /providers/.
        String tail = matcher.group(3) + "/" + matcher.group(4);
        int extension = tail.toLowerCase(java.util.Locale.ROOT).lastIndexOf("/providers/");
        if (extension >= 0) {
            tail = tail.substring(extension + "/providers/".length());
        }
        String namespace = tail.substring(0, Math.max(0, tail.indexOf('/')));
        String[] segments = tail.substring(namespace.length() + 1).split("/");
        if (namespace.isEmpty() || segments.length % 2 != 0) {
            throw ArmFailure.badRequest("InvalidResourceId", "'" + id + "' has a type without a name.");
        }
        StringBuilder type = new StringBuilder(namespace);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < segments.length; i += 2) {
            type.append('/').append(segments[i]);
            name.append(i == 0 ? "" : "/").append(segments[i + 1]);
        }
        return new ResourceId(id, matcher.group(1), matcher.group(2), type.toString(), name.toString());
    }

    /** The last name segment: the account of a storage account, the app of a container app. */
    String leafName() {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    boolean isType(String expected) {
        return type.equalsIgnoreCase(expected);
    }
}
