package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code $filter} of Resource Manager's resource lists: clauses joined by {@code and}, each
 * {@code resourceType|name|location|resourceGroup eq 'v'}, {@code substringof('v', name)}, or a tag as
 * {@code tagName eq 'n'} with an optional {@code tagValue eq 'v'}. As in Azure a tag filter stands alone and
 * anything else is InvalidFilterInQueryString.
 */
final class ResourceFilter {

    private static final Pattern EQUALS = Pattern.compile("(?i)^(resourceType|name|location|resourceGroup|tagName|tagValue)"
            + "\\s+eq\\s+'((?:[^']|'')*)'$");
    private static final Pattern SUBSTRING = Pattern.compile("(?i)^substringof\\(\\s*'((?:[^']|'')*)'\\s*,\\s*name\\s*\\)$");

    private ResourceFilter() {
    }

    /** Every resource passes an absent filter. */
    static Predicate<JsonNode> parse(String filter) {
        if (filter == null || filter.isBlank()) {
            return resource -> true;
        }
        List<Predicate<JsonNode>> clauses = new ArrayList<>();
        String tagName = null;
        String tagValue = null;
        for (String clause : filter.trim().split("(?i)\\s+and\\s+")) {
            Matcher substring = SUBSTRING.matcher(clause.trim());
            if (substring.matches()) {
                String part = unquote(substring.group(1)).toLowerCase(Locale.ROOT);
                clauses.add(resource -> resource.path("name").asText().toLowerCase(Locale.ROOT).contains(part));
                continue;
            }
            Matcher equals = EQUALS.matcher(clause.trim());
            if (!equals.matches()) {
                throw invalid(filter);
            }
            String value = unquote(equals.group(2));
            switch (equals.group(1).toLowerCase(Locale.ROOT)) {
                case "tagname" -> tagName = value;
                case "tagvalue" -> tagValue = value;
                case "resourcetype" -> clauses.add(resource -> resource.path("type").asText().equalsIgnoreCase(value));
                case "name" -> clauses.add(resource -> resource.path("name").asText().equalsIgnoreCase(value));
                case "location" -> clauses.add(resource -> Regions.normal(resource.path("location").asText())
                        .equals(Regions.normal(value)));
                default -> clauses.add(resource -> ResourceId.parse(resource.path("id").asText()).resourceGroup()
                        .equalsIgnoreCase(value));
            }
        }
        if (tagValue != null && tagName == null || tagName != null && !clauses.isEmpty()) {
            throw invalid(filter);
        }
        if (tagName != null) {
            return tagged(tagName, tagValue);
        }
        return resource -> clauses.stream().allMatch(clause -> clause.test(resource));
    }

    /** Tag names match without regard to case, values exactly, as Azure compares them. */
    private static Predicate<JsonNode> tagged(String name, String value) {
        return resource -> {
            for (var tag : resource.path("tags").properties()) {
                if (tag.getKey().equalsIgnoreCase(name) && (value == null || tag.getValue().asText().equals(value))) {
                    return true;
                }
            }
            return false;
        };
    }

    /** A resource group list's {@code $filter}: only a tag ({@code tagName eq 'n'}, optionally {@code and tagValue eq 'v'}). */
    static Predicate<JsonNode> tagOnly(String filter) {
        if (filter != null && !filter.isBlank()) {
            for (String clause : filter.trim().split("(?i)\\s+and\\s+")) {
                if (!clause.trim().toLowerCase(Locale.ROOT).matches("^tag(name|value)\\s.*")) {
                    throw invalid(filter);
                }
            }
        }
        return parse(filter);
    }

    private static String unquote(String value) {
        return value.replace("''", "'");
    }

    private static ArmFailure invalid(String filter) {
        return ArmFailure.badRequest("InvalidFilterInQueryString", "Invalid $filter '" + filter
                + "' specified in the query string.");
    }
}
