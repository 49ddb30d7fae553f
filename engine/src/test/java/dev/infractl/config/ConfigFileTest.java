package dev.infractl.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

    @TempDir
    Path folder;

    @Test
    void mergingKeepsTheUsersKeysInTheirOrderAndAddsNewOnesInConfigKeyOrderWithATrailingNewline() throws IOException {
        Path file = folder.resolve("inference.config.json");
        Files.writeString(file, "{\"MY_NOTE\": \"mine\", \"ACA_APP_NAME\": \"old\", \"RETRIES\": 3}");

        ConfigFile.merge(file, Map.of(ConfigKey.ACA_APP_ENDPOINT, "https://app", ConfigKey.ACA_APP_NAME, "app",
                ConfigKey.SUBSCRIPTION_ID, "sub"));

        String text = Files.readString(file);
        assertThat(text).endsWith("}" + System.lineSeparator());
        assertThat(JsonFiles.read(file).fieldNames()).toIterable()
                .containsExactly("MY_NOTE", "ACA_APP_NAME", "RETRIES", "SUBSCRIPTION_ID", "ACA_APP_ENDPOINT");
        assertThat(JsonFiles.read(file).get("RETRIES").asInt()).isEqualTo(3);
        assertThat(JsonFiles.read(file).get("ACA_APP_NAME").asText()).isEqualTo("app");
    }

    @Test
    void aTemporaryFileLeftByACrashBeforeTheRenameLeavesTheOldConfigInPlace() throws IOException {
        Path file = folder.resolve("inference.config.json");
        Files.writeString(file, "{\"ACA_APP_NAME\": \"old\"}\n");
        Files.writeString(folder.resolve(".inference.config.json123.tmp"), "{\"ACA_APP_NA");

        assertThat(ConfigFile.read(file)).containsEntry("ACA_APP_NAME", "old");
        ConfigFile.merge(file, Map.of(ConfigKey.ACA_APP_NAME, "new"));
        assertThat(ConfigFile.read(file)).containsEntry("ACA_APP_NAME", "new");
    }

    @Test
    void aWriteThatCannotBeRenamedIntoPlaceLeavesNoHalfFileBehind() throws IOException {
        Path blocked = Files.createDirectories(folder.resolve("inference.config.json"));
        Files.writeString(blocked.resolve("keep"), "x");

        assertThatThrownBy(() -> JsonFiles.writeAtomically(blocked, "{}\n")).isInstanceOf(InfractlException.class);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("inference.config.json");
        }
    }

    @Test
    void theAiToolkitsFilesReadAsWrittenWithNullsArraysAndKeysWeDoNotKnow() throws IOException {
        Path file = folder.resolve("finetuning.config.json");
        Files.writeString(file, """
                {"SUBSCRIPTION_ID": null, "RESOURCE_GROUP_NAME": "rg-ft", "STORAGE_ACCOUNT_NAME": "aistoragek3j2x",
                 "FILE_SHARE_NAME": "aifilesharek3j2x", "ACA_JOB_NAME": "aiacajobk3j2x",
                 "COMMANDS": ["cd /mount", "pip install -r requirements.txt", "python finetuning/invoke_olive.py"],
                 "SOMETHING_NEW": {"added": "by a later AI Toolkit"}}
                """);

        assertThat(ConfigFile.read(file)).containsExactly(Map.entry("RESOURCE_GROUP_NAME", "rg-ft"),
                Map.entry("STORAGE_ACCOUNT_NAME", "aistoragek3j2x"), Map.entry("FILE_SHARE_NAME", "aifilesharek3j2x"),
                Map.entry("ACA_JOB_NAME", "aiacajobk3j2x"));
        assertThat(ConfigFile.document(file).get("COMMANDS")).hasSize(3);
    }

    @Test
    void aUsersKeysOfEveryJsonKindAndTheNullTemplateSurviveAMergeExactly() throws IOException {
        Path file = folder.resolve("inference.config.json");
        String before = """
                {"SUBSCRIPTION_ID": null, "RESOURCE_GROUP_NAME": null, "STORAGE_ACCOUNT_NAME": null,
                 "FILE_SHARE_NAME": null, "ACA_APP_NAME": null, "ACA_APP_ENDPOINT": null,
                 "MY_TAGS": {"team": "ml", "nested": {"list": [1, 2.5, true, null, "x"]}},
                 "MY_LIST": ["a", {"b": false}], "MY_NUMBER": 12345678901234567890, "MY_FLAG": false}
                """;
        Files.writeString(file, before);

        ConfigFile.merge(file, Map.of(ConfigKey.ACA_APP_ENDPOINT, "aiacaappk3j2x.example.azurecontainerapps.io"));

        JsonNode expected = ((ObjectNode) JsonFiles.MAPPER.readTree(before))
                .put("ACA_APP_ENDPOINT", "aiacaappk3j2x.example.azurecontainerapps.io");
        assertThat(JsonFiles.read(file)).isEqualTo(expected);
        assertThat(JsonFiles.read(file).fieldNames()).toIterable().containsExactlyElementsOf(() -> expected.fieldNames());
        assertThat(ConfigFile.read(file)).containsEntry("MY_NUMBER", "12345678901234567890").containsEntry("MY_FLAG", "false")
                .doesNotContainKeys("SUBSCRIPTION_ID", "MY_TAGS", "MY_LIST");
    }

    @Test
    void aByteOrderMarkIsAcceptedAsArmAndTheAzCliAcceptIt() throws IOException {
        Path file = folder.resolve("inference.config.json");
        Files.writeString(file, "\uFEFF{\"ACA_APP_NAME\": \"aiacaappk3j2x\"}\n");

        assertThat(ConfigFile.read(file)).containsEntry("ACA_APP_NAME", "aiacaappk3j2x");
        ConfigFile.merge(file, Map.of(ConfigKey.FILE_SHARE_NAME, "share"));
        assertThat(ConfigFile.read(file)).containsEntry("ACA_APP_NAME", "aiacaappk3j2x").containsEntry("FILE_SHARE_NAME", "share");
    }

    @Test
    void aConfigPathThatIsADirectoryIsReportedAsADirectoryNotAsMissing() throws IOException {
        Path file = Files.createDirectories(folder.resolve("finetuning.config.json"));

        assertThatThrownBy(() -> ConfigFile.read(file)).isInstanceOfSatisfying(InfractlException.class, error -> {
            assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(error.problems().get(0).message()).endsWith("finetuning.config.json is a directory, not a JSON file");
        });
    }
}
