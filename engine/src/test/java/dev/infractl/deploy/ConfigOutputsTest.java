package dev.infractl.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.infractl.config.JsonFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigOutputsTest {

    @TempDir
    Path folder;

    @Test
    void theEndpointIsWrittenAsTheTemplateOutputsItAndTheUsersKeysStayAsTheyWere() throws IOException {
        Path file = folder.resolve("inference.config.json");
        Files.writeString(file, """
                {"SUBSCRIPTION_ID": null, "RESOURCE_GROUP_NAME": null, "STORAGE_ACCOUNT_NAME": null,
                 "FILE_SHARE_NAME": null, "ACA_APP_NAME": null, "ACA_APP_ENDPOINT": null, "MY_TAGS": {"team": ["ml"]}}
                """);
        Map<String, JsonNode> outputs = Map.of(
                "ACA_APP_ENDPOINT", TextNode.valueOf("aiacaappk3j2x.kindsea-1a2b3c4d.swedencentral.azurecontainerapps.io"),
                "ACA_APP_NAME", TextNode.valueOf("aiacaappk3j2x"));

        ConfigOutputs.merge(file, ConfigOutputs.asText(outputs),
                new DeploymentTarget("8f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "rg-phi3", "swedencentral", "https://portal"));

        JsonNode written = JsonFiles.read(file);
        assertThat(written.get("ACA_APP_ENDPOINT").asText())
                .isEqualTo("aiacaappk3j2x.kindsea-1a2b3c4d.swedencentral.azurecontainerapps.io");
        assertThat(written.get("SUBSCRIPTION_ID").asText()).isEqualTo("8f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
        assertThat(written.get("STORAGE_ACCOUNT_NAME").isNull()).isTrue();
        assertThat(written.get("MY_TAGS").toString()).isEqualTo("{\"team\":[\"ml\"]}");
        assertThat(written.fieldNames()).toIterable().containsExactly("SUBSCRIPTION_ID", "RESOURCE_GROUP_NAME",
                "STORAGE_ACCOUNT_NAME", "FILE_SHARE_NAME", "ACA_APP_NAME", "ACA_APP_ENDPOINT", "MY_TAGS");
    }
}
