package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A storage account's PUT answers as the Storage resource provider does, which the az CLI depends on. */
class StorageAccountPutTest {

    static final String GROUP = "/subscriptions/" + Subscription.LOCAL.subscriptionId() + "/resourcegroups/rg-put";
    static final String ACCOUNT = GROUP + "/providers/Microsoft.Storage/storageAccounts/putstore";
    static final String BODY = "{\"location\": \"swedencentral\", \"kind\": \"StorageV2\", \"sku\": {\"name\": \"Standard_LRS\"}}";

    @TempDir
    Path state;
    Emulator emulator;

    @BeforeEach
    void start() {
        emulator = Emulator.start(EmulatorSettings.defaults(state));
        Raw.put(emulator, GROUP + "?api-version=2022-09-01", "{\"location\": \"swedencentral\"}");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void aNewStorageAccountIsAnswered200NotCreatedWhileANewShareStillIs201() {
        var created = Raw.put(emulator, ACCOUNT + "?api-version=2023-01-01", BODY);
        var updated = Raw.put(emulator, ACCOUNT + "?api-version=2023-01-01", BODY);
        var share = Raw.put(emulator, ACCOUNT + "/fileServices/default/shares/models?api-version=2023-01-01", "{}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(created.body()).contains("\"name\":\"putstore\"");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(share.statusCode()).isEqualTo(201);
    }
}
