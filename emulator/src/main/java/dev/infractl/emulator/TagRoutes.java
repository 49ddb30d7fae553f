package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Tags API on any scope, through the wrapper resource {@code {scope}/providers/Microsoft.Resources/tags/default}
 * (the subscription, a group or a resource): GET, PUT (replace), PATCH with {@code operation} Merge, Replace or
 * Delete, and DELETE. Answered at once (200), which the specs allow beside 202.
 */
final class TagRoutes {

    private static final String TAGS = ScopeTags.TAGS_PATH;
    /** ARM refuses these in tag names (not in values). */
    private static final Pattern RESERVED = Pattern.compile("[<>%&\\\\?/\\p{Cntrl}]");

    private final Subscription subscription;
    private final ScopeTags tags;

    TagRoutes(Subscription subscription, ScopeTags tags) {
        this.subscription = subscription;
        this.tags = tags;
    }

    List<Route> routes() {
        return List.of(
                Route.arm("GET", TAGS, this::get),
                Route.arm("PUT", TAGS, this::put),
                Route.arm("PATCH", TAGS, this::patch),
                Route.arm("DELETE", TAGS, this::delete));
    }

    private ScopeTags.Scope scope(Matcher path) {
        subscription.check(path.group(2));
        return ScopeTags.Scope.of(path);
    }

    private Response get(Request request, Matcher path) {
        ScopeTags.Scope scope = scope(path);
        return Response.ok(ScopeTags.wrapper(scope, tags.read(scope)));
    }

    private Response put(Request request, Matcher path) {
        ScopeTags.Scope scope = scope(path);
        ObjectNode given = given(request.json());
        tags.write(scope, given);
        return Response.ok(ScopeTags.wrapper(scope, given));
    }

    private Response patch(Request request, Matcher path) {
        ScopeTags.Scope scope = scope(path);
        JsonNode body = request.json();
        ObjectNode given = given(body);
        ObjectNode current = tags.read(scope);
        String operation = body.path("operation").asText("");
        ObjectNode result = switch (operation.toLowerCase(Locale.ROOT)) {
            case "replace" -> given;
            case "merge" -> merged(current, given);
            case "delete" -> without(current, given);
            default -> throw ArmFailure.badRequest("InvalidRequestContent", "The tags patch operation '" + operation
                    + "' is not one of Merge, Replace or Delete.");
        };
        tags.write(scope, result);
        return Response.ok(ScopeTags.wrapper(scope, result));
    }

    private Response delete(Request request, Matcher path) {
        ScopeTags.Scope scope = scope(path);
        tags.write(scope, Json.object());
        return Response.empty(200);
    }

    /** {@code properties.tags} of a request, its names checked as ARM checks them; absent means none. */
    static ObjectNode given(JsonNode body) {
        JsonNode given = body.path("properties").path("tags");
        if (given.isMissingNode() || given.isNull()) {
            return Json.object();
        }
        if (!given.isObject()) {
            throw ArmFailure.badRequest("InvalidRequestContent", "properties.tags must be an object of names and values.");
        }
        List<String> reserved = new ArrayList<>();
        ObjectNode tags = Json.object();
        given.properties().forEach(tag -> {
            if (RESERVED.matcher(tag.getKey()).find()) {
                reserved.add(tag.getKey());
            }
            tags.put(tag.getKey(), tag.getValue().isNull() ? "" : tag.getValue().asText());
        });
        if (!reserved.isEmpty()) {
            throw ArmFailure.badRequest("InvalidTagNameCharacters", "The tag names '" + String.join(",", reserved)
                    + "' have reserved characters '<,>,%,&,\\,?,/' or control characters.");
        }
        return tags;
    }

    /** Tag names are case-insensitive: a merged name replaces the one spelled otherwise. */
    private static ObjectNode merged(ObjectNode current, ObjectNode given) {
        ObjectNode result = current.deepCopy();
        given.properties().forEach(tag -> {
            result.remove(matching(result, tag.getKey()));
            result.set(tag.getKey(), tag.getValue());
        });
        return result;
    }

    /** Delete removes each named tag; given with a value, only while it has that value. */
    private static ObjectNode without(ObjectNode current, ObjectNode given) {
        ObjectNode result = current.deepCopy();
        given.properties().forEach(tag -> {
            List<String> names = matching(result, tag.getKey());
            for (String name : names) {
                String value = tag.getValue().asText();
                if (value.isEmpty() || result.path(name).asText().equals(value)) {
                    result.remove(name);
                }
            }
        });
        return result;
    }

    private static List<String> matching(ObjectNode tags, String name) {
        List<String> names = new ArrayList<>();
        tags.fieldNames().forEachRemaining(existing -> {
            if (existing.equalsIgnoreCase(name)) {
                names.add(existing);
            }
        });
        return names;
    }
}
