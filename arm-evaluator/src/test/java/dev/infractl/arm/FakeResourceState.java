package dev.infractl.arm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Resources and keys held in memory, recording every read so tests can see what a template asked for. */
final class FakeResourceState implements ResourceState {

    private final Map<String, JsonNode> resources = new HashMap<>();
    private final Map<String, JsonNode> keys = new HashMap<>();
    private final Map<String, JsonNode> providers = new HashMap<>();
    final List<String> reads = new ArrayList<>();

    FakeResourceState withResource(String id, JsonNode resource) {
        resources.put(id.toLowerCase(Locale.ROOT), resource);
        return this;
    }

    FakeResourceState withProvider(String namespace, JsonNode provider) {
        providers.put(namespace.toLowerCase(Locale.ROOT), provider);
        return this;
    }

    @Override
    public Optional<JsonNode> provider(String namespace) {
        return Optional.ofNullable(providers.get(namespace.toLowerCase(Locale.ROOT)));
    }

    FakeResourceState withKeys(String id, JsonNode answer) {
        keys.put(id.toLowerCase(Locale.ROOT), answer);
        return this;
    }

    @Override
    public Optional<JsonNode> resource(String resourceId) {
        reads.add("reference " + resourceId);
        return Optional.ofNullable(resources.get(resourceId.toLowerCase(Locale.ROOT)));
    }

    @Override
    public JsonNode listKeys(String resourceId, String apiVersion) {
        reads.add("listKeys " + resourceId + " " + apiVersion);
        JsonNode answer = keys.get(resourceId.toLowerCase(Locale.ROOT));
        if (answer == null) {
            throw TemplateException.resourceNotFound(resourceId);
        }
        return answer;
    }
}
