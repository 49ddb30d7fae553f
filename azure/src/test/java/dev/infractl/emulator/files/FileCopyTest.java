package dev.infractl.emulator.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.util.polling.PollResponse;
import com.azure.core.util.polling.SyncPoller;
import com.azure.storage.common.StorageSharedKeyCredential;
import com.azure.storage.file.share.ShareClient;
import com.azure.storage.file.share.ShareFileClient;
import com.azure.storage.file.share.ShareServiceClientBuilder;
import com.azure.storage.file.share.models.CopyStatusType;
import com.azure.storage.file.share.models.ShareFileCopyInfo;
import com.azure.storage.file.share.models.ShareFileProperties;
import com.azure.storage.file.share.models.ShareStorageException;
import com.azure.storage.file.share.options.ShareFileCopyOptions;
import com.azure.storage.file.share.sas.ShareFileSasPermission;
import com.azure.storage.file.share.sas.ShareServiceSasSignatureValues;
import dev.infractl.azure.files.PathStyleRouting;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copy File and Abort Copy File through the Files SDK's copy poller. */
class FileCopyTest {

    @TempDir
    Path root;
    LoopbackFileService service;
    URI endpoint;
    ShareClient share;
    ShareFileClient source;

    @BeforeEach
    void start() throws Exception {
        service = new LoopbackFileService(root);
        endpoint = URI.create(service.accountEndpoint() + "/");
        share = new ShareServiceClientBuilder().endpoint(endpoint.toString())
                .credential(new StorageSharedKeyCredential(LoopbackFileService.ACCOUNT, LoopbackFileService.KEY))
                .httpClient(new JdkHttpClientBuilder().build()).addPolicy(new PathStyleRouting(endpoint)).buildClient()
                .getShareClient("inference");
        share.create();
        source = share.getFileClient("model.bin");
        source.create(4);
        source.uploadRange(new ByteArrayInputStream(new byte[] {1, 2, 3, 4}), 4);
        source.setMetadata(Map.of("origin", "finetune"));
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void aCopyWithinTheAccountCompletesWithTheSourceBytesAndMetadataAndRecordsItself() {
        String url = sourceUrl();
        ShareFileClient target = share.getFileClient("model-copy.bin");

        SyncPoller<ShareFileCopyInfo, Void> poller = target.beginCopy(url, new ShareFileCopyOptions(), Duration.ofMillis(10));
        PollResponse<ShareFileCopyInfo> done = poller.waitForCompletion();

        assertThat(done.getValue().getCopyStatus()).isEqualTo(CopyStatusType.SUCCESS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        target.download(bytes);
        assertThat(bytes.toByteArray()).containsExactly(1, 2, 3, 4);
        ShareFileProperties properties = target.getProperties();
        assertThat(properties.getMetadata()).containsEntry("origin", "finetune");
        assertThat(properties.getCopyId()).isEqualTo(done.getValue().getCopyId());
        assertThat(properties.getCopyStatus()).isEqualTo(CopyStatusType.SUCCESS);
        assertThat(decoded(properties.getCopySource())).isEqualTo(url);
        assertThat(properties.getCopyProgress()).isEqualTo("4/4");
        assertThat(properties.getCopyCompletionTime()).isNotNull();
    }

    @Test
    void metadataGivenWithTheCopyReplacesTheSources() {
        ShareFileClient target = share.getFileClient("tagged-copy.bin");

        target.beginCopy(sourceUrl(), new ShareFileCopyOptions().setMetadata(Map.of("stage", "serving")), Duration.ofMillis(10))
                .waitForCompletion();

        assertThat(target.getProperties().getMetadata()).containsExactly(Map.entry("stage", "serving"));
    }

    @Test
    void abortingAFinishedCopyIsNoPendingCopyOperation() {
        ShareFileClient target = share.getFileClient("model-copy.bin");
        String copyId = target.beginCopy(sourceUrl(), new ShareFileCopyOptions(), Duration.ofMillis(10))
                .waitForCompletion().getValue().getCopyId();

        assertThatThrownBy(() -> target.abortCopy(copyId)).isInstanceOfSatisfying(ShareStorageException.class, error -> {
            assertThat(error.getStatusCode()).isEqualTo(409);
            assertThat(error.getErrorCode().toString()).isEqualTo("NoPendingCopyOperation");
        });
    }

    @Test
    void aMissingSourceIsCannotVerifyCopySource() {
        ShareFileClient target = share.getFileClient("nothing-copy.bin");

        assertThatThrownBy(() -> target.beginCopy(endpoint + "inference/absent.bin", new ShareFileCopyOptions(),
                Duration.ofMillis(10)).waitForCompletion()).isInstanceOfSatisfying(ShareStorageException.class, error -> {
                    assertThat(error.getStatusCode()).isEqualTo(404);
                    assertThat(error.getErrorCode().toString()).isEqualTo("CannotVerifyCopySource");
                });
    }

    @Test
    void aSourceSasIsCheckedAndItsSignatureIsNotKept() {
        String sas = source.generateSas(new ShareServiceSasSignatureValues(OffsetDateTime.now().plusHours(1),
                new ShareFileSasPermission().setReadPermission(true)));
        ShareFileClient target = share.getFileClient("sas-copy.bin");

        target.beginCopy(sourceUrl() + "?" + sas, new ShareFileCopyOptions(), Duration.ofMillis(10)).waitForCompletion();
        assertThat(decoded(target.getProperties().getCopySource())).isEqualTo(sourceUrl());

        String expired = source.generateSas(new ShareServiceSasSignatureValues(OffsetDateTime.now().minusMinutes(1),
                new ShareFileSasPermission().setReadPermission(true)));
        assertThatThrownBy(() -> share.getFileClient("late-copy.bin").beginCopy(sourceUrl() + "?" + expired,
                new ShareFileCopyOptions(), Duration.ofMillis(10)).waitForCompletion())
                .isInstanceOfSatisfying(ShareStorageException.class, error -> {
                    assertThat(error.getStatusCode()).isEqualTo(403);
                    assertThat(error.getErrorCode().toString()).isEqualTo("CannotVerifyCopySource");
                });
    }

    /** The SDK percent-encodes the source's path as it sends it; the service answers the header as it came. */
    private static String decoded(String url) {
        return URLDecoder.decode(url, StandardCharsets.UTF_8);
    }

    private String sourceUrl() {
        return endpoint + "inference/model.bin";
    }
}
