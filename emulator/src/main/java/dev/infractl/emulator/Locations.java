package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The regions the emulated subscription offers, as {@code GET /subscriptions/{id}/locations} answers them
 * (Subscriptions_ListLocations in azure-rest-api-specs): name, displayName, regionalDisplayName and metadata with
 * the geography, coordinates, physical location and paired region, from {@code locations.json} (the values
 * {@code az account list-locations} shows for these regions).
 */
final class Locations {

    private static final List<JsonNode> REGIONS = load();

    /** Programmatic names, in the order the list answers them. */
    static final List<String> NAMES = REGIONS.stream().map(region -> region.path("name").asText()).toList();

    private Locations() {
    }

    /** {@code East US} for {@code eastus}; the name itself for a region not in the list. */
    static String displayName(String name) {
        return REGIONS.stream().filter(region -> region.path("name").asText().equalsIgnoreCase(name))
                .map(region -> region.path("displayName").asText()).findFirst().orElse(name);
    }

    static ArrayNode list(String subscriptionId) {
        ArrayNode value = Json.array();
        for (JsonNode region : REGIONS) {
            String name = region.path("name").asText();
            ObjectNode location = value.addObject()
                    .put("id", subscriptionId + "/locations/" + name)
                    .put("name", name)
                    .put("type", "Region")
                    .put("displayName", region.path("displayName").asText())
                    .put("regionalDisplayName", region.path("regionalDisplayName").asText());
            ObjectNode metadata = location.putObject("metadata")
                    .put("regionType", "Physical")
                    .put("regionCategory", "Recommended");
            for (String field : List.of("geography", "geographyGroup", "longitude", "latitude", "physicalLocation")) {
                metadata.put(field, region.path(field).asText());
            }
            String paired = region.path("pairedRegion").asText();
            metadata.putArray("pairedRegion").addObject().put("name", paired)
                    .put("id", subscriptionId + "/locations/" + paired);
        }
        return value;
    }

    private static List<JsonNode> load() {
        try (InputStream in = Locations.class.getResourceAsStream("locations.json")) {
            if (in == null) {
                throw new IllegalStateException("locations.json is missing from the emulator's jar");
            }
            List<JsonNode> regions = new ArrayList<>();
            Json.MAPPER.readTree(in).forEach(regions::add);
            return List.copyOf(regions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
