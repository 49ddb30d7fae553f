package dev.infractl.azure.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import dev.infractl.emulator.files.LoopbackFileService;
import dev.infractl.sync.ShareSync;
import dev.infractl.sync.SyncEvent;
import dev.infractl.sync.SyncRequest;
import dev.infractl.sync.SyncSummary;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File names the way users write them, through the real SDK's URL encoding and the emulator's SharedKey check. */
class FileNamesTest {

    @TempDir
    Path project;
    @TempDir
    Path storage;
    LoopbackFileService service;
    Path shareOnDisk;
    final List<SyncEvent> events = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        service = new LoopbackFileService(storage);
        shareOnDisk = Files.createDirectories(storage.resolve(LoopbackFileService.ACCOUNT).resolve("share"));
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void spacesHashPercentPlusAndUnicodeArriveUnderTheirOwnNames() throws IOException {
        List<String> names = List.of("my notes.txt", "issue#12.py", "100%.py", "a+b=c;d,e.py", "ünïcödé/日本語 ファイル.py",
                "emoji-\uD83D\uDE80.md", "[brackets] & 'quotes'.py");
        for (String name : names) {
            write(name, "content of " + name);
        }

        SyncSummary first = sync();
        SyncSummary second = sync();

        assertThat(first.uploaded()).isEqualTo(names.size());
        for (String name : names) {
            assertThat(shareOnDisk.resolve("inference").resolve(name)).hasContent("content of " + name);
        }
        assertThat(second.uploaded()).isZero();
        assertThat(second.unchanged()).isEqualTo(names.size());
    }

    @Test
    void namesOf255CharactersUploadSinceTheTemporaryNameIsShort() throws IOException {
        String longest = "m".repeat(252) + ".py";
        String nested = "d".repeat(240) + "/" + "f".repeat(230) + ".txt";
        write(longest, "long");
        write(nested, "nested");

        SyncSummary summary = sync();

        assertThat(summary.uploaded()).isEqualTo(2);
        assertThat(shareOnDisk.resolve("inference").resolve(longest)).hasContent("long");
        assertThat(shareOnDisk.resolve("inference").resolve(nested)).hasContent("nested");
    }

    @Test
    void aNameAzureFilesRefusesIsSkippedWithAWarningBeforeAnythingIsSent() throws IOException {
        write("app.py", "ok");
        write("what?.py", "Azure Files has no ? in names");
        write("pipe|name.py", "nor |");

        SyncSummary summary = sync();

        assertThat(summary.uploaded()).isEqualTo(1);
        assertThat(events).filteredOn(SyncEvent.Warning.class::isInstance).map(event -> ((SyncEvent.Warning) event).path())
                .containsExactlyInAnyOrder("what?.py", "pipe|name.py");
    }

    private SyncSummary sync() {
        events.clear();
        AzureFileShare share = new AzureFileShare(URI.create(service.accountEndpoint() + "/"), LoopbackFileService.ACCOUNT,
                LoopbackFileService.KEY, "share", new JdkHttpClientBuilder().build());
        return new ShareSync(share, Clock.systemUTC()).run(
                new SyncRequest(project.resolve("inference"), "inference", false, SyncRequest.DEFAULT_PARALLELISM), events::add);
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve("inference").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
