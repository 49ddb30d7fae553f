package dev.infractl.emulator.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.util.Context;
import com.azure.storage.common.StorageSharedKeyCredential;
import com.azure.storage.file.share.ShareClient;
import com.azure.storage.file.share.ShareFileClient;
import com.azure.storage.file.share.ShareServiceClientBuilder;
import com.azure.storage.file.share.models.ShareFileHttpHeaders;
import com.azure.storage.file.share.models.ShareFileItem;
import com.azure.storage.file.share.models.ShareFileRange;
import com.azure.storage.file.share.models.ShareFileUploadRangeOptions;
import com.azure.storage.file.share.models.ShareStorageException;
import com.azure.storage.file.share.options.ShareFileRenameOptions;
import dev.infractl.azure.files.ContentMd5Header;
import dev.infractl.azure.files.PathStyleRouting;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileServiceEmulatorTest {

    @TempDir
    Path root;
    LoopbackFileService service;
    ShareClient share;

    @BeforeEach
    void start() throws Exception {
        service = new LoopbackFileService(root);
        share = client(LoopbackFileService.KEY).getShareClient("inference");
        share.create();
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void aFileWrittenInRangesReadsBackWithItsStoredMd5AndLandsOnDisk() throws Exception {
        share.createDirectory("inference");
        ShareFileClient file = share.getFileClient("inference/app.py");
        byte[] content = "print('hello')\n".getBytes(StandardCharsets.UTF_8);
        file.createWithResponse(content.length, new ShareFileHttpHeaders().setContentMd5(md5(content)), null, null,
                Map.of("origin", "test"), null, Context.NONE);
        file.uploadRange(new ByteArrayInputStream(content), content.length);

        ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
        file.download(downloaded);
        assertThat(downloaded.toByteArray()).isEqualTo(content);
        assertThat(file.getProperties().getContentMd5()).isEqualTo(md5(content));
        assertThat(file.getProperties().getMetadata()).containsEntry("origin", "test");
        assertThat(Files.readAllBytes(root.resolve(LoopbackFileService.ACCOUNT).resolve("inference/inference/app.py"))).isEqualTo(content);
    }

    @Test
    void aRangeReadReturnsOnlyThoseBytes() {
        ShareFileClient file = share.getFileClient("data.bin");
        byte[] content = "0123456789".getBytes(StandardCharsets.UTF_8);
        file.create(content.length);
        file.uploadRange(new ByteArrayInputStream(content), content.length);

        ByteArrayOutputStream part = new ByteArrayOutputStream();
        file.downloadWithResponse(part, new ShareFileRange(2, 5L), false, null, Context.NONE);
        assertThat(part.toString(StandardCharsets.UTF_8)).isEqualTo("2345");
    }

    @Test
    void aRangeWhoseContentMd5IsWrongIsRefusedWithMd5Mismatch() {
        ShareFileClient file = share.getFileClient("data.bin");
        file.create(4);
        Context wrongMd5 = ContentMd5Header.of(new byte[16]);
        assertThatThrownBy(() -> file.uploadRangeWithResponse(
                new ShareFileUploadRangeOptions(new ByteArrayInputStream(new byte[] {1, 2, 3, 4}), 4), null, wrongMd5))
                .isInstanceOfSatisfying(ShareStorageException.class, error -> {
                    assertThat(error.getStatusCode()).isEqualTo(400);
                    assertThat(error.getErrorCode().toString()).isEqualTo("Md5Mismatch");
                });
    }

    @Test
    void listingShowsDirectoriesAndFilesByName() {
        share.createDirectory("inference");
        share.getFileClient("inference/b.txt").create(3);
        share.getFileClient("inference/a.txt").create(5);
        share.getDirectoryClient("inference").createSubdirectory("static");

        var items = share.getDirectoryClient("inference").listFilesAndDirectories().stream().toList();
        assertThat(items).extracting(ShareFileItem::getName).containsExactly("a.txt", "b.txt", "static");
        assertThat(items).extracting(ShareFileItem::isDirectory).containsExactly(false, false, true);
        assertThat(items.get(0).getFileSize()).isEqualTo(5);
    }

    @Test
    void listingPagesWithMarkers() {
        for (int i = 0; i < 7; i++) {
            share.getFileClient("f" + i).create(1);
        }
        var pages = share.getRootDirectoryClient().listFilesAndDirectories(null, 3, null, Context.NONE).iterableByPage();
        int pageCount = 0;
        int itemCount = 0;
        for (var page : pages) {
            pageCount++;
            itemCount += page.getValue().size();
        }
        assertThat(pageCount).isEqualTo(3);
        assertThat(itemCount).isEqualTo(7);
    }

    @Test
    void renameReplacesTheTargetOnlyWhenAsked() {
        share.getFileClient("new.txt").create(1);
        share.getFileClient("old.txt").create(9);

        assertThatThrownBy(() -> share.getFileClient("new.txt").rename("old.txt"))
                .isInstanceOfSatisfying(ShareStorageException.class,
                        error -> assertThat(error.getErrorCode().toString()).isEqualTo("ResourceAlreadyExists"));
        share.getFileClient("new.txt").renameWithResponse(new ShareFileRenameOptions("old.txt").setReplaceIfExists(true), null, Context.NONE);

        assertThat(share.getFileClient("old.txt").getProperties().getContentLength()).isEqualTo(1);
        assertThat(share.getFileClient("new.txt").exists()).isFalse();
    }

    @Test
    void theServiceErrorCodesAreTheRealOnes() {
        assertThatThrownBy(() -> share.getFileClient("missing/app.py").create(1))
                .isInstanceOfSatisfying(ShareStorageException.class, error -> assertThat(error.getErrorCode().toString()).isEqualTo("ParentNotFound"));
        assertThatThrownBy(() -> share.getFileClient("absent.txt").getProperties())
                .isInstanceOfSatisfying(ShareStorageException.class, error -> assertThat(error.getErrorCode().toString()).isEqualTo("ResourceNotFound"));
        assertThatThrownBy(() -> client(LoopbackFileService.KEY).getShareClient("nosuchshare").getFileClient("a").create(1))
                .isInstanceOfSatisfying(ShareStorageException.class, error -> assertThat(error.getErrorCode().toString()).isEqualTo("ShareNotFound"));
        assertThatThrownBy(share::create)
                .isInstanceOfSatisfying(ShareStorageException.class, error -> assertThat(error.getErrorCode().toString()).isEqualTo("ShareAlreadyExists"));
        share.createDirectory("inference");
        assertThatThrownBy(() -> share.createDirectory("inference"))
                .isInstanceOfSatisfying(ShareStorageException.class, error -> assertThat(error.getErrorCode().toString()).isEqualTo("ResourceAlreadyExists"));
        share.getFileClient("inference/app.py").create(1);
        assertThatThrownBy(() -> share.deleteDirectory("inference"))
                .isInstanceOfSatisfying(ShareStorageException.class, error -> assertThat(error.getErrorCode().toString()).isEqualTo("DirectoryNotEmpty"));
        share.deleteFile("inference/app.py");
        share.deleteDirectory("inference");
        assertThat(share.getDirectoryClient("inference").exists()).isFalse();
    }

    @Test
    void aWrongKeyIsRefusedWithAuthenticationFailed() {
        String wrongKey = Base64.getEncoder().encodeToString("not-the-key".getBytes(StandardCharsets.UTF_8));
        ShareClient intruder = client(wrongKey).getShareClient("inference");
        assertThatThrownBy(() -> intruder.getRootDirectoryClient().listFilesAndDirectories().stream().count())
                .isInstanceOfSatisfying(ShareStorageException.class, error -> {
                    assertThat(error.getStatusCode()).isEqualTo(403);
                    assertThat(error.getErrorCode().toString()).isEqualTo("AuthenticationFailed");
                });
    }

    @Test
    void pathsThatClimbOutOfTheShareAreRefused() throws Exception {
        var http = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create(service.accountEndpoint() + "/inference/%2E%2E/%2E%2E/x"))
                .header("Authorization", "SharedKey x:y").GET().build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isIn(400, 403);
    }

    private com.azure.storage.file.share.ShareServiceClient client(String key) {
        return new ShareServiceClientBuilder()
                .endpoint(service.accountEndpoint())
                .credential(new StorageSharedKeyCredential(LoopbackFileService.ACCOUNT, key))
                .httpClient(new JdkHttpClientBuilder().build())
                .addPolicy(new ContentMd5Header())
                .addPolicy(new PathStyleRouting(URI.create(service.accountEndpoint())))
                .buildClient();
    }

    private static byte[] md5(byte[] content) throws Exception {
        return MessageDigest.getInstance("MD5").digest(content);
    }
}
