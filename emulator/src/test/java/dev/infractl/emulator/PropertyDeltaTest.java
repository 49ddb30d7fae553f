package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What-if's property changes between two bodies, in the shape of the azure-rest-api-specs whatIf examples. */
class PropertyDeltaTest {

    @Test
    void aNewKeyIsOneCreateWithItsWholeValueAndARemovedOneOneDelete() {
        var delta = PropertyDelta.between(Json.parse("{\"tags\": {\"old\": \"x\"}}"),
                Json.parse("{\"tags\": {}, \"sku\": {\"name\": \"S1\"}}"));

        assertThat(delta).hasSize(2);
        assertThat(delta.get(0).toString()).isEqualTo("{\"path\":\"tags.old\",\"propertyChangeType\":\"Delete\",\"before\":\"x\"}");
        assertThat(delta.get(1).toString())
                .isEqualTo("{\"path\":\"sku\",\"propertyChangeType\":\"Create\",\"after\":{\"name\":\"S1\"}}");
    }

    @Test
    void anArrayListsEachChangedIndexAsAChild() {
        var delta = PropertyDelta.between(Json.parse("{\"properties\": {\"ports\": [80, 443]}}"),
                Json.parse("{\"properties\": {\"ports\": [8080, 443, 7860]}}"));

        assertThat(delta).singleElement().satisfies(array -> {
            assertThat(array.path("path").asText()).isEqualTo("properties.ports");
            assertThat(array.path("propertyChangeType").asText()).isEqualTo("Array");
            assertThat(array.path("children").toString()).isEqualTo("[{\"path\":\"0\",\"propertyChangeType\":\"Modify\","
                    + "\"before\":80,\"after\":8080},{\"path\":\"2\",\"propertyChangeType\":\"Create\",\"after\":7860}]");
        });
    }

    @Test
    void nullCountsAsAbsentAndEqualBodiesHaveNoDelta() {
        assertThat(PropertyDelta.between(Json.parse("{\"a\": 1}"), Json.parse("{\"a\": 1, \"b\": null}"))).isEmpty();
    }
}
