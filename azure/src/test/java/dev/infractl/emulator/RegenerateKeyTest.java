package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.storage.common.StorageSharedKeyCredential;
import com.azure.storage.file.share.ShareServiceClient;
import com.azure.storage.file.share.ShareServiceClientBuilder;
import com.azure.storage.file.share.models.ShareStorageException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.azure.files.PathStyleRouting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST .../storageAccounts/{a}/regenerateKey} as the Storage provider answers it: one key changes, the keys list
 * comes back, and the Files data plane takes only the new key (issue 14 item 7).
 */
class RegenerateKeyTest {

    static final String SUB = "/subscriptions/" + Subscription.LOCAL.subscriptionId();
    static final String ACCOUNT = SUB + "/resourceGroups/rg-keys/providers/Microsoft.Storage/storageAccounts/rotated";
    static final String API = "?api-version=2023-05-01";

    @TempDir
    Path state;
    Emulator emulator;

    @BeforeEach
    void start() {
        emulator = Emulator.start(EmulatorSettings.defaults(state).withSpeed(50));
        Raw.storageAccount(emulator, "rg-keys", "rotated");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void regeneratingKey1ChangesKey1OnlyAndAnswersTheKeysList() {
        JsonNode before = keys(Raw.post(emulator, ACCOUNT + "/listKeys" + API, ""));

        JsonNode answered = keys(Raw.post(emulator, ACCOUNT + "/regenerateKey" + API, "{\"keyName\": \"key1\"}"));

        assertThat(answered.path(0).path("keyName").asText()).isEqualTo("key1");
        assertThat(answered.path(0).path("value").asText()).hasSize(88).isNotEqualTo(before.path(0).path("value").asText());
        assertThat(answered.path(1).path("value").asText()).isEqualTo(before.path(1).path("value").asText());
        assertThat(keys(Raw.post(emulator, ACCOUNT + "/listKeys" + API, ""))).isEqualTo(answered);
    }

    @Test
    void theFilesDataPlaneRefusesTheOldKeyWith403AndTakesTheNewOne() {
        String old = keys(Raw.post(emulator, ACCOUNT + "/listKeys" + API, "")).path(0).path("value").asText();
        shares(old).createShare("before");

        String fresh = keys(Raw.post(emulator, ACCOUNT + "/regenerateKey" + API, "{\"keyName\": \"key1\"}"))
                .path(0).path("value").asText();

        assertThatThrownBy(() -> shares(old).createShare("withold")).isInstanceOfSatisfying(ShareStorageException.class,
                e -> {
                    assertThat(e.getStatusCode()).isEqualTo(403);
                    assertThat(e.getErrorCode().toString()).isEqualTo("AuthenticationFailed");
                });
        shares(fresh).createShare("withnew");
        assertThat(shares(fresh).listShares().stream().map(share -> share.getName())).contains("before", "withnew");
    }

    @Test
    void aRegeneratedKeyOutlivesARestartAndIsWrittenNowhereInTheStateFolder() {
        String fresh = keys(Raw.post(emulator, ACCOUNT + "/regenerateKey" + API, "{\"keyName\": \"key2\"}"))
                .path(1).path("value").asText();
        emulator.close();
        emulator = Emulator.start(EmulatorSettings.defaults(state).withSpeed(50));

        assertThat(keys(Raw.post(emulator, ACCOUNT + "/listKeys" + API, "")).path(1).path("value").asText()).isEqualTo(fresh);
        assertThat(stateFilesContaining(fresh)).isEmpty();
    }

    @Test
    void aKeyNameOtherThanKey1OrKey2IsRefusedWith400() {
        HttpResponse<String> refused = Raw.post(emulator, ACCOUNT + "/regenerateKey" + API, "{\"keyName\": \"key3\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("key3");
    }

    private ShareServiceClient shares(String key) {
        URI endpoint = emulator.filesEndpoint().resolve("/rotated/");
        return new ShareServiceClientBuilder().endpoint(endpoint.toString())
                .credential(new StorageSharedKeyCredential("rotated", key))
                .httpClient(new SdkClients(emulator).httpClient()).addPolicy(new PathStyleRouting(endpoint))
                .buildClient();
    }

    private static JsonNode keys(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body()).path("keys");
    }

    private Stream<Path> stateFilesContaining(String text) {
        try (Stream<Path> files = Files.walk(state)) {
            return files.filter(Files::isRegularFile).filter(file -> read(file).contains(text)).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
