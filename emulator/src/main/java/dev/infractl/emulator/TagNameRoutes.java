package dev.infractl.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The subscription's tag names: the list (a union of predefined names and every name in use, with use counts per
 * name and value) and creating or deleting a predefined name or value.
 */
final class TagNameRoutes {

    static final String PREDEFINED = "tagNames";
    private static final String NAMES = "^/subscriptions/([^/]+)/tagNames";

    private final Subscription subscription;
    private final StateStore store;
    private final ScopeTags tags;

    TagNameRoutes(Subscription subscription, StateStore store, ScopeTags tags) {
        this.subscription = subscription;
        this.store = store;
        this.tags = tags;
    }

    List<Route> routes() {
        return List.of(
                Route.arm("GET", NAMES + "/?$", this::list),
                Route.arm("PUT", NAMES + "/([^/]+)$", this::putName),
                Route.arm("DELETE", NAMES + "/([^/]+)$", this::deleteName),
                Route.arm("PUT", NAMES + "/([^/]+)/tagValues/([^/]+)$", this::putValue),
                Route.arm("DELETE", NAMES + "/([^/]+)/tagValues/([^/]+)$", this::deleteValue));
    }

    /** One name's use: how many things carry it, and how many carry each value. */
    private record Usage(String name, int count, Map<String, Integer> values) {
    }

    private Response list(Request request, Matcher path) {
        subscription.check(path.group(1));
        ObjectNode body = Json.object();
        var value = body.putArray("value");
        usages().values().forEach(usage -> value.add(details(usage)));
        return Response.ok(body);
    }

    private Response putName(Request request, Matcher path) {
        subscription.check(path.group(1));
        String name = path.group(2);
        Usage existing = usages().get(name.toLowerCase(Locale.ROOT));
        if (existing == null) {
            store.put(PREDEFINED, name, Json.object().put("tagName", name).set("values", Json.array()));
        }
        return Response.json(existing == null ? 201 : 200, details(usages().get(name.toLowerCase(Locale.ROOT))));
    }

    private Response deleteName(Request request, Matcher path) {
        subscription.check(path.group(1));
        return Response.empty(store.remove(PREDEFINED, path.group(2)) ? 200 : 204);
    }

    private Response putValue(Request request, Matcher path) {
        subscription.check(path.group(1));
        String name = path.group(2);
        String tagValue = path.group(3);
        ObjectNode entry = store.get(PREDEFINED, name)
                .orElseGet(() -> Json.object().put("tagName", name).set("values", Json.array()));
        boolean known = usages().containsKey(name.toLowerCase(Locale.ROOT))
                && usages().get(name.toLowerCase(Locale.ROOT)).values().containsKey(tagValue);
        if (!known) {
            entry.withArray("values").add(tagValue);
            store.put(PREDEFINED, name, entry);
        }
        Usage usage = usages().get(name.toLowerCase(Locale.ROOT));
        return Response.json(known ? 200 : 201, value(usage.name(), tagValue, usage.values().get(tagValue)));
    }

    private Response deleteValue(Request request, Matcher path) {
        subscription.check(path.group(1));
        String tagValue = path.group(3);
        boolean[] removed = {false};
        store.update(PREDEFINED, path.group(2), entry -> {
            var values = entry.withArray("values");
            for (int i = values.size() - 1; i >= 0; i--) {
                if (values.get(i).asText().equals(tagValue)) {
                    values.remove(i);
                    removed[0] = true;
                }
            }
        });
        return Response.empty(removed[0] ? 200 : 204);
    }

    /** Predefined names first, then names in use; names compare without case, values exactly. */
    private Map<String, Usage> usages() {
        Map<String, Usage> usages = new LinkedHashMap<>();
        for (ObjectNode entry : store.list(PREDEFINED, "")) {
            Usage usage = usage(usages, entry.path("tagName").asText());
            entry.path("values").forEach(value -> usage.values().putIfAbsent(value.asText(), 0));
        }
        for (ObjectNode tagSet : tags.everyTagSet()) {
            tagSet.properties().forEach(tag -> {
                Usage usage = usage(usages, tag.getKey());
                usages.put(usage.name().toLowerCase(Locale.ROOT), new Usage(usage.name(), usage.count() + 1, usage.values()));
                usage.values().merge(tag.getValue().asText(), 1, Integer::sum);
            });
        }
        return usages;
    }

    private static Usage usage(Map<String, Usage> usages, String name) {
        return usages.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new Usage(name, 0, new LinkedHashMap<>()));
    }

    private ObjectNode details(Usage usage) {
        ObjectNode details = Json.object().put("id", subscription.id() + "/tagNames/" + usage.name())
                .put("tagName", usage.name());
        details.putObject("count").put("type", "Total").put("value", usage.count());
        var values = details.putArray("values");
        usage.values().forEach((value, count) -> values.add(value(usage.name(), value, count)));
        return details;
    }

    private ObjectNode value(String name, String value, int count) {
        ObjectNode answer = Json.object().put("id", subscription.id() + "/tagNames/" + name + "/tagValues/" + value)
                .put("tagValue", value);
        answer.putObject("count").put("type", "Total").put("value", count);
        return answer;
    }
}
