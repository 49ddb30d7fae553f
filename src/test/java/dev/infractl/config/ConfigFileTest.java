package dev.infractl.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
