package dev.infractl.emulator.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.storage.common.StorageSharedKeyCredential;
import com.azure.storage.common.sas.AccountSasPermission;
import com.azure.storage.common.sas.AccountSasResourceType;
import com.azure.storage.common.sas.AccountSasService;
import com.azure.storage.common.sas.AccountSasSignatureValues;
import com.azure.storage.common.sas.SasIpRange;
import com.azure.storage.file.share.ShareClient;
import com.azure.storage.file.share.ShareFileClient;
import com.azure.storage.file.share.ShareServiceClient;
import com.azure.storage.file.share.ShareServiceClientBuilder;
import com.azure.storage.file.share.models.ShareFileItem;
import com.azure.storage.file.share.models.ShareStorageException;
import com.azure.storage.file.share.sas.ShareFileSasPermission;
import com.azure.storage.file.share.sas.ShareSasPermission;
import com.azure.storage.file.share.sas.ShareServiceSasSignatureValues;
import dev.infractl.azure.files.PathStyleRouting;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Share, file and account SAS tokens made by the Files SDK, checked by the emulator as Azure checks them. */
class SharedAccessSignatureTest {

    @TempDir
    Path root;
    LoopbackFileService service;
    URI endpoint;
    ShareClient share;
    ShareFileClient file;

    @BeforeEach
    void start() throws Exception {
        service = new LoopbackFileService(root);
        endpoint = URI.create(service.accountEndpoint() + "/");
        share = client(new ShareServiceClientBuilder().credential(
                new StorageSharedKeyCredential(LoopbackFileService.ACCOUNT, LoopbackFileService.KEY))).getShareClient("inference");
        share.create();
        file = share.getFileClient("weights.bin");
        file.create(3);
        file.uploadRange(new ByteArrayInputStream(new byte[] {7, 8, 9}), 3);
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void aFileSasReadsTheFileWithoutTheKey() throws Exception {
        String sas = file.generateSas(values(OffsetDateTime.now().plusHours(1), new ShareFileSasPermission().setReadPermission(true)));

        HttpResponse<byte[]> read = send("GET", "inference/weights.bin?" + sas);

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).containsExactly(7, 8, 9);
    }

    @Test
    void aShareSasListsTheShareAndReadsItsFilesThroughTheSdk() {
        String sas = share.generateSas(new ShareServiceSasSignatureValues(OffsetDateTime.now().plusHours(1),
                new ShareSasPermission().setReadPermission(true).setListPermission(true)));
        ShareClient shared = client(new ShareServiceClientBuilder().sasToken(sas)).getShareClient("inference");

        assertThat(shared.getRootDirectoryClient().listFilesAndDirectories().stream().map(ShareFileItem::getName))
                .containsExactly("weights.bin");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        shared.getFileClient("weights.bin").download(bytes);
        assertThat(bytes.toByteArray()).containsExactly(7, 8, 9);
    }

    @Test
    void anExpiredSasIsAuthenticationFailed() throws Exception {
        String sas = file.generateSas(new ShareServiceSasSignatureValues(OffsetDateTime.now().minusMinutes(1),
                new ShareFileSasPermission().setReadPermission(true)).setStartTime(OffsetDateTime.now().minusHours(1)));

        HttpResponse<byte[]> read = send("GET", "inference/weights.bin?" + sas);

        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(read.headers().firstValue("x-ms-error-code")).contains("AuthenticationFailed");
        assertThat(new String(read.body())).contains("Signature not valid in the specified time frame");
    }

    @Test
    void aReadOnlySasCannotWriteAndSaysAuthorizationPermissionMismatch() {
        String sas = share.generateSas(new ShareServiceSasSignatureValues(OffsetDateTime.now().plusHours(1),
                new ShareSasPermission().setReadPermission(true)));
        ShareFileClient shared = client(new ShareServiceClientBuilder().sasToken(sas)).getShareClient("inference")
                .getFileClient("weights.bin");

        assertThatThrownBy(() -> shared.setMetadata(Map.of("k", "v"))).isInstanceOfSatisfying(ShareStorageException.class,
                error -> {
                    assertThat(error.getStatusCode()).isEqualTo(403);
                    assertThat(error.getErrorCode().toString()).isEqualTo("AuthorizationPermissionMismatch");
                });
    }

    @Test
    void aSasWhosePermissionsWereEditedIsAuthenticationFailedAndItsSignatureIsNotEchoed() throws Exception {
        String sas = file.generateSas(values(OffsetDateTime.now().plusHours(1), new ShareFileSasPermission().setReadPermission(true)));
        String signature = sas.replaceAll(".*sig=([^&]*).*", "$1");

        HttpResponse<byte[]> read = send("GET", "inference/weights.bin?" + sas.replace("sp=r", "sp=rw"));

        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(read.headers().firstValue("x-ms-error-code")).contains("AuthenticationFailed");
        assertThat(new String(read.body())).contains("Signature did not match").doesNotContain(signature);
    }

    @Test
    void aFileSasOpensOnlyItsOwnFile() throws Exception {
        share.getFileClient("other.bin").create(1);
        String sas = file.generateSas(values(OffsetDateTime.now().plusHours(1), new ShareFileSasPermission().setReadPermission(true)));

        HttpResponse<byte[]> read = send("GET", "inference/other.bin?" + sas);

        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(read.headers().firstValue("x-ms-error-code")).contains("AuthenticationFailed");
    }

    @Test
    void aSasBoundToAnotherAddressIsAuthorizationSourceIpMismatch() throws Exception {
        String sas = file.generateSas(values(OffsetDateTime.now().plusHours(1), new ShareFileSasPermission().setReadPermission(true))
                .setSasIpRange(SasIpRange.parse("10.0.0.1-10.0.0.9")));

        HttpResponse<byte[]> read = send("GET", "inference/weights.bin?" + sas);

        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(read.headers().firstValue("x-ms-error-code")).contains("AuthorizationSourceIPMismatch");
    }

    @Test
    void aSasNamingAStoredAccessPolicyIsAuthenticationFailedSinceTheShareHasNone() throws Exception {
        String sas = file.generateSas(new ShareServiceSasSignatureValues("read-policy"));

        HttpResponse<byte[]> read = send("GET", "inference/weights.bin?" + sas);

        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(read.headers().firstValue("x-ms-error-code")).contains("AuthenticationFailed");
    }

    @Test
    void anAccountSasForFilesCreatesAndReadsFilesThroughTheSdk() {
        ShareServiceClient keyed = client(new ShareServiceClientBuilder().credential(
                new StorageSharedKeyCredential(LoopbackFileService.ACCOUNT, LoopbackFileService.KEY)));
        String sas = keyed.generateAccountSas(new AccountSasSignatureValues(OffsetDateTime.now().plusHours(1),
                AccountSasPermission.parse("rwcl"), AccountSasService.parse("f"), AccountSasResourceType.parse("sco")));
        ShareFileClient written = client(new ShareServiceClientBuilder().sasToken(sas)).getShareClient("inference")
                .getFileClient("notes.txt");

        written.create(2);
        written.uploadRange(new ByteArrayInputStream(new byte[] {4, 2}), 2);

        assertThat(written.getProperties().getContentLength()).isEqualTo(2);
    }

    @Test
    void anAccountSasForBlobsAloneIsAuthorizationServiceMismatch() {
        ShareServiceClient keyed = client(new ShareServiceClientBuilder().credential(
                new StorageSharedKeyCredential(LoopbackFileService.ACCOUNT, LoopbackFileService.KEY)));
        String sas = keyed.generateAccountSas(new AccountSasSignatureValues(OffsetDateTime.now().plusHours(1),
                AccountSasPermission.parse("r"), AccountSasService.parse("b"), AccountSasResourceType.parse("o")));
        ShareFileClient shared = client(new ShareServiceClientBuilder().sasToken(sas)).getShareClient("inference")
                .getFileClient("weights.bin");

        assertThatThrownBy(shared::getProperties).isInstanceOfSatisfying(ShareStorageException.class,
                error -> assertThat(error.getStatusCode()).isEqualTo(403));
        assertThat(send403Code("inference/weights.bin?" + sas)).isEqualTo("AuthorizationServiceMismatch");
    }

    private String send403Code(String pathAndQuery) {
        try {
            return send("GET", pathAndQuery).headers().firstValue("x-ms-error-code").orElse("");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ShareServiceSasSignatureValues values(OffsetDateTime expiry, ShareFileSasPermission permission) {
        return new ShareServiceSasSignatureValues(expiry, permission);
    }

    private ShareServiceClient client(ShareServiceClientBuilder builder) {
        return builder.endpoint(endpoint.toString()).httpClient(new JdkHttpClientBuilder().build())
                .addPolicy(new PathStyleRouting(endpoint)).buildClient();
    }

    private HttpResponse<byte[]> send(String method, String pathAndQuery) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.resolve(pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody()).header("x-ms-version", "2025-05-05").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
