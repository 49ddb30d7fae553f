package dev.infractl.azure.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.emulator.files.LoopbackFileService;
import dev.infractl.sync.ShareSync;
import dev.infractl.sync.SyncRequest;
import dev.infractl.sync.SyncSummary;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync through the real azure-storage-file-share client against the emulator's Files handler. */
class AzureFileShareTest {

    @TempDir
    Path project;
    @TempDir
    Path storage;
    LoopbackFileService service;
    Path shareOnDisk;

    @BeforeEach
    void start() throws IOException {
        service = new LoopbackFileService(storage);
        shareOnDisk = storage.resolve(LoopbackFileService.ACCOUNT).resolve("share");
        Files.createDirectories(shareOnDisk);
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void theFirstSyncUploadsEverythingAndASecondOneOnlyReadsTheManifest() throws IOException {
        write("app.py", "print('hello')\n");
        write("requirements.txt", "fastapi\n");
        write("static/css/site.css", "body {}\n");

        SyncSummary first = sync(LoopbackFileService.KEY);
        SyncSummary second = sync(LoopbackFileService.KEY);

        assertThat(first.uploaded()).isEqualTo(3);
        assertThat(Files.readString(shareOnDisk.resolve("inference/static/css/site.css"))).isEqualTo("body {}\n");
        assertThat(second.uploaded()).isZero();
        assertThat(second.bytesUploaded()).isZero();
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(second.requests()).isLessThanOrEqualTo(5);
    }

    @Test
    void oneChangedFileIsOneUploadAndADeletedOneGoesOnlyIfItWasOurs() throws IOException {
        write("app.py", "v1");
        write("old.py", "old");
        sync(LoopbackFileService.KEY);
        Files.writeString(shareOnDisk.resolve("inference/app.log"), "written by the app");
        write("app.py", "v2");
        Files.delete(project.resolve("inference/old.py"));

        SyncSummary summary = sync(LoopbackFileService.KEY);

        assertThat(summary.uploaded()).isEqualTo(1);
        assertThat(summary.deleted()).isEqualTo(1);
        assertThat(Files.readString(shareOnDisk.resolve("inference/app.py"))).isEqualTo("v2");
        assertThat(shareOnDisk.resolve("inference/old.py")).doesNotExist();
        assertThat(shareOnDisk.resolve("inference/app.log")).exists();
    }

    @Test
    void modelsOnTheShareAreLeftAlone() throws IOException {
        Files.createDirectories(shareOnDisk.resolve("models"));
        Files.writeString(shareOnDisk.resolve("models/phi3.safetensors"), "weights");
        write("app.py", "v1");
        write("models/local-copy.bin", "not uploaded");

        sync(LoopbackFileService.KEY);
        Files.delete(project.resolve("inference/app.py"));
        sync(LoopbackFileService.KEY);

        assertThat(Files.readString(shareOnDisk.resolve("models/phi3.safetensors"))).isEqualTo("weights");
        assertThat(shareOnDisk.resolve("inference/models")).doesNotExist();
    }

    @Test
    void ignoredFilesAreNotUploaded() throws IOException {
        write(".infractlignore", "*.ipynb\n");
        write("app.py", "v1");
        write("scratch.ipynb", "{}");
        write(".venv/lib/site.py", "venv");

        sync(LoopbackFileService.KEY);

        assertThat(shareOnDisk.resolve("inference/app.py")).exists();
        assertThat(shareOnDisk.resolve("inference/scratch.ipynb")).doesNotExist();
        assertThat(shareOnDisk.resolve("inference/.venv")).doesNotExist();
    }

    @Test
    void aWrongKeyIsAnAuthenticationError() throws IOException {
        write("app.py", "v1");
        String wrongKey = Base64.getEncoder().encodeToString("some other key".getBytes());

        assertThatThrownBy(() -> sync(wrongKey)).isInstanceOfSatisfying(InfractlException.class, error -> {
            assertThat(error.exitCode()).isEqualTo(ExitCode.AUTHENTICATION);
            assertThat(error.getMessage()).contains("AuthenticationFailed").doesNotContain(wrongKey);
        });
    }

    @Test
    void anUploadInterruptedMidFileLeavesThePreviousVersionAndTheNextRunRepairs() throws IOException {
        byte[] before = randomBytes(9 * 1024 * 1024, 1);
        byte[] after = randomBytes(9 * 1024 * 1024, 2);
        Files.createDirectories(project.resolve("inference"));
        Files.write(project.resolve("inference/weights.bin"), before);
        sync(LoopbackFileService.KEY);
        Files.write(project.resolve("inference/weights.bin"), after);
        service.failWhen(request -> request.uri().getQuery() != null
                && request.uri().getQuery().contains("comp=range")
                && request.headers().get("x-ms-range").startsWith("bytes=4194304-"));

        assertThatThrownBy(() -> sync(LoopbackFileService.KEY)).isInstanceOf(InfractlException.class);
        assertThat(Files.readAllBytes(shareOnDisk.resolve("inference/weights.bin"))).isEqualTo(before);
        try (var left = Files.list(shareOnDisk.resolve("inference"))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("infractl-upload"));
        }

        service.heal();
        SyncSummary repair = sync(LoopbackFileService.KEY);
        assertThat(repair.uploaded()).isEqualTo(1);
        assertThat(Files.readAllBytes(shareOnDisk.resolve("inference/weights.bin"))).isEqualTo(after);
    }

    @Test
    void temporaryFilesLeftByAKilledRunAreSweptByTheNextUploadThere() throws IOException {
        write("app.py", "v1");
        sync(LoopbackFileService.KEY);
        Path leftover = shareOnDisk.resolve("inference/.app.py.infractl-upload-deadbeef");
        Files.writeString(leftover, "half a file");
        write("app.py", "v2");

        sync(LoopbackFileService.KEY);

        assertThat(leftover).doesNotExist();
        assertThat(Files.readString(shareOnDisk.resolve("inference/app.py"))).isEqualTo("v2");
    }

    private SyncSummary sync(String key) {
        AzureFileShare share = new AzureFileShare(URI.create(service.accountEndpoint() + "/"), LoopbackFileService.ACCOUNT,
                key, "share", new JdkHttpClientBuilder().build());
        return new ShareSync(share, Clock.systemUTC()).run(
                new SyncRequest(project.resolve("inference"), "inference", false, SyncRequest.DEFAULT_PARALLELISM), event -> { });
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve("inference").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
