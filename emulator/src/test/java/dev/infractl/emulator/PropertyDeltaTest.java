package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

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
    void aChangedScalarInAnArrayIsADeleteAndACreateAtItsIndexAsInAzuresDocumentedOutput() {
        var delta = PropertyDelta.between(Json.parse("{\"properties\": {\"addressSpace\": {\"addressPrefixes\": [\"10.0.0.0/16\"]}}}"),
                Json.parse("{\"properties\": {\"addressSpace\": {\"addressPrefixes\": [\"10.0.0.0/15\"]}}}"));

        assertThat(delta).singleElement().satisfies(array -> {
            assertThat(array.path("path").asText()).isEqualTo("properties.addressSpace.addressPrefixes");
            assertThat(array.path("propertyChangeType").asText()).isEqualTo("Array");
            assertThat(array.path("children").toString()).isEqualTo("[{\"path\":\"0\",\"propertyChangeType\":\"Delete\","
                    + "\"before\":\"10.0.0.0/16\"},{\"path\":\"0\",\"propertyChangeType\":\"Create\",\"after\":\"10.0.0.0/15\"}]");
        });
    }

    @Test
    void removingTheFirstSubnetIsOneDeleteNotAModifyOfEveryLaterIndex() {
        String kept = "{\"name\": \"subnet002\", \"properties\": {\"addressPrefix\": \"10.0.1.0/24\"}}";
        var delta = PropertyDelta.between(Json.parse("{\"properties\": {\"subnets\": [{\"name\": \"subnet001\","
                + " \"properties\": {\"addressPrefix\": \"10.0.0.0/24\"}}, " + kept + "]}}"),
                Json.parse("{\"properties\": {\"subnets\": [" + kept + "]}}"));

        assertThat(delta.get(0).path("children").toString()).isEqualTo("[{\"path\":\"0\",\"propertyChangeType\":\"Delete\","
                + "\"before\":{\"name\":\"subnet001\",\"properties\":{\"addressPrefix\":\"10.0.0.0/24\"}}}]");
    }

    @Test
    void anAllowedIpRangeInsertedInTheMiddleIsOneCreateAtItsNewIndex() {
        String office = "{\"name\": \"office\", \"ipAddressRange\": \"203.0.113.0/24\", \"action\": \"Allow\"}";
        String ci = "{\"name\": \"ci\", \"ipAddressRange\": \"198.51.100.7/32\", \"action\": \"Allow\"}";
        String home = "{\"name\": \"home\", \"ipAddressRange\": \"192.0.2.10/32\", \"action\": \"Allow\"}";
        var delta = PropertyDelta.between(restrictions(office + ", " + home), restrictions(office + ", " + ci + ", " + home));

        assertThat(delta).singleElement().satisfies(array -> {
            assertThat(array.path("path").asText()).isEqualTo("properties.configuration.ingress.ipSecurityRestrictions");
            assertThat(array.path("children")).singleElement().satisfies(child -> {
                assertThat(child.path("path").asText()).isEqualTo("1");
                assertThat(child.path("propertyChangeType").asText()).isEqualTo("Create");
                assertThat(child.path("after")).isEqualTo(Json.parse(ci));
            });
        });
    }

    @Test
    void anEnvironmentVariableWithAnotherValueIsAModifyOfThatElementOnly() {
        var delta = PropertyDelta.between(env("{\"name\": \"MODEL\", \"value\": \"phi-3\"}, {\"name\": \"PORT\", \"value\": \"7860\"}"),
                env("{\"name\": \"MODEL\", \"value\": \"phi-3.5\"}, {\"name\": \"PORT\", \"value\": \"7860\"}"));

        assertThat(delta).singleElement().satisfies(containers -> {
            assertThat(containers.path("path").asText()).isEqualTo("properties.template.containers");
            assertThat(containers.path("children").toString()).isEqualTo("[{\"path\":\"0\",\"propertyChangeType\":\"Modify\","
                    + "\"children\":[{\"path\":\"env\",\"propertyChangeType\":\"Array\",\"children\":[{\"path\":\"0\","
                    + "\"propertyChangeType\":\"Modify\",\"children\":[{\"path\":\"value\",\"propertyChangeType\":\"Modify\","
                    + "\"before\":\"phi-3\",\"after\":\"phi-3.5\"}]}]}]}]");
        });
    }

    @Test
    void anAddedVolumeIsOneCreateAndTheMountedOnesStayQuiet() {
        String model = "{\"name\": \"model\", \"storageType\": \"AzureFile\", \"storageName\": \"aienvstorage\"}";
        String cache = "{\"name\": \"cache\", \"storageType\": \"EmptyDir\"}";
        var delta = PropertyDelta.between(Json.parse("{\"properties\": {\"template\": {\"volumes\": [" + model + "]}}}"),
                Json.parse("{\"properties\": {\"template\": {\"volumes\": [" + model + ", " + cache + "]}}}"));

        assertThat(delta.get(0).path("children").toString()).isEqualTo("[{\"path\":\"1\",\"propertyChangeType\":\"Create\","
                + "\"after\":{\"name\":\"cache\",\"storageType\":\"EmptyDir\"}}]");
    }

    private static JsonNode restrictions(String rules) {
        return Json.parse("{\"properties\": {\"configuration\": {\"ingress\": {\"ipSecurityRestrictions\": [" + rules + "]}}}}");
    }

    private static JsonNode env(String variables) {
        return Json.parse("{\"properties\": {\"template\": {\"containers\": [{\"name\": \"inference\", \"env\": ["
                + variables + "]}]}}}");
    }

    @Test
    void nullCountsAsAbsentAndEqualBodiesHaveNoDelta() {
        assertThat(PropertyDelta.between(Json.parse("{\"a\": 1}"), Json.parse("{\"a\": 1, \"b\": null}"))).isEmpty();
    }
}
