package dev.infractl.preflight;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One entry of Microsoft.Authorization/permissions: actions granted, minus notActions, matched as ARM does. */
public record Permission(List<String> actions, List<String> notActions) {

    public Permission {
        actions = List.copyOf(actions);
        notActions = List.copyOf(notActions);
    }

    public boolean allows(String action) {
        return actions.stream().anyMatch(granted -> matches(granted, action))
                && notActions.stream().noneMatch(denied -> matches(denied, action));
    }

    /** Whether any entry allows the action: roles add up, a notAction only narrows its own entry. */
    public static boolean anyAllows(List<Permission> permissions, String action) {
        return permissions.stream().anyMatch(permission -> permission.allows(action));
    }

    /** ARM's wildcard: {@code *} matches any run of characters, case-insensitively. */
    static boolean matches(String pattern, String action) {
        String regex = Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(action).matches();
    }
}
