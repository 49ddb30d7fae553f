package dev.infractl.emulator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resource id in a resource group, taken apart: {@code .../providers/NS/t1/n1/t2/n2} has type
 * {@code NS/t1/t2} and name {@code n1/n2}, as ARM's type and name fields spell them.
 */
record ResourceId(String id, String subscriptionId, String resourceGroup, String type, String name) {

    private static final Pattern SHAPE = Pattern.compile(
            "^/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/([^/]+)/(.+)$", Pattern.CASE_INSENSITIVE);

    static ResourceId parse(String id) {
        Matcher matcher = SHAPE.matcher(id);
        if (!matcher.matches()) {
            throw ArmFailure.badRequest("InvalidResourceId", "'" + id + "' is not a resource id in a resource group.");
        }
        String[] segments = matcher.group(4).split("/");
        if (segments.length % 2 != 0) {
            throw ArmFailure.badRequest("InvalidResourceId", "'" + id + "' has a type without a name.");
        }
        StringBuilder type = new StringBuilder(matcher.group(3));
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
