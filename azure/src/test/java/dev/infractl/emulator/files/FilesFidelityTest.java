package dev.infractl.emulator.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.util.Context;
import com.azure.storage.common.StorageSharedKeyCredential;
import com.azure.storage.file.share.ShareClient;
import com.azure.storage.file.share.ShareFileClient;
import com.azure.storage.file.share.ShareServiceClient;
import com.azure.storage.file.share.ShareServiceClientBuilder;
import com.azure.storage.file.share.models.ShareFileItem;
import com.azure.storage.file.share.models.ShareFileRange;
import com.azure.storage.file.share.models.ShareItem;
import com.azure.storage.file.share.models.ShareStorageException;
import com.azure.storage.file.share.options.ShareListFilesAndDirectoriesOptions;
import com.azure.storage.file.share.sas.ShareFileSasPermission;
import com.azure.storage.file.share.sas.ShareServiceSasSignatureValues;
import dev.infractl.azure.files.PathStyleRouting;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour of Azure Files that clients depend on, driven through the real azure-storage-file-share SDK. */
class FilesFidelityTest {

    @TempDir
    Path root;
    LoopbackFileService service;
    ShareServiceClient client;
    ShareClient share;

    @BeforeEach
    void start() throws Exception {
        service = new LoopbackFileService(root);
        URI endpoint = URI.create(service.accountEndpoint() + "/");
        client = new ShareServiceClientBuilder().endpoint(endpoint.toString())
                .credential(new StorageSharedKeyCredential(LoopbackFileService.ACCOUNT, LoopbackFileService.KEY))
                .httpClient(new JdkHttpClientBuilder().build()).addPolicy(new PathStyleRouting(endpoint)).buildClient();
        share = client.getShareClient("inference");
        share.create();
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void theETagChangesOnEveryWrite() {
        ShareFileClient file = share.getFileClient("data.bin");
        String created = file.createWithResponse(4, null, null, null, null, null, Context.NONE).getValue().getETag();
        String written = file.uploadRange(new ByteArrayInputStream(new byte[] {1, 2, 3, 4}), 4).getETag();
        String rewritten = file.uploadRange(new ByteArrayInputStream(new byte[] {5, 6, 7, 8}), 4).getETag();
        String tagged = file.setMetadata(Map.of("origin", "test")).getETag();

        assertThat(List.of(created, written, rewritten, tagged)).doesNotHaveDuplicates();
        assertThat(file.getProperties().getETag()).isEqualTo(tagged);
    }

    @Test
    void aRangedReadOfAnEmptyFileIsInvalidRange() {
        ShareFileClient file = share.getFileClient("empty.txt");
        file.create(0);

        assertThatThrownBy(() -> file.downloadWithResponse(new ByteArrayOutputStream(), new ShareFileRange(0, 1023L), false,
                null, Context.NONE)).isInstanceOfSatisfying(ShareStorageException.class, error -> {
                    assertThat(error.getStatusCode()).isEqualTo(416);
                    assertThat(error.getErrorCode().toString()).isEqualTo("InvalidRange");
                });
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        file.download(whole);
        assertThat(whole.size()).isZero();
    }

    @Test
    void aListingWithSeveralIncludeValuesPassesTheSharedKeyCheck() {
        share.createDirectory("code");
        share.getFileClient("code/app.py").create(3);

        List<ShareFileItem> items = share.getDirectoryClient("code").listFilesAndDirectories(
                new ShareListFilesAndDirectoriesOptions().setIncludeTimestamps(true).setIncludeETag(true)
                        .setIncludeAttributes(true).setIncludePermissionKey(true), null, Context.NONE).stream().toList();

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.getName()).isEqualTo("app.py");
            assertThat(item.getProperties().getETag()).isNotBlank();
            assertThat(item.getProperties().getLastModified()).isNotNull();
        });
    }

    @Test
    void aListingSignedWithItsIncludeValuesAsSentIsAccepted() throws Exception {
        share.createDirectory("code");
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
        String resource = "/" + LoopbackFileService.ACCOUNT + "/" + LoopbackFileService.ACCOUNT + "/inference/code";
        // The canonical string as the Files REST docs and the az CLI build it: the include value as sent.
        String stringToSign = "GET\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:" + date + "\nx-ms-version:2023-11-03\n" + resource
                + "\ncomp:list\ninclude:Timestamps,ETag,Attributes\nrestype:directory";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(LoopbackFileService.KEY), "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.accountEndpoint()
                        + "/inference/code?restype=directory&comp=list&include=Timestamps,ETag,Attributes"))
                .header("x-ms-date", date).header("x-ms-version", "2023-11-03")
                .header("Authorization", "SharedKey " + LoopbackFileService.ACCOUNT + ":" + signature).GET().build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("<EnumerationResults");
    }

    @Test
    void listSharesNamesEveryShareOfTheAccount() {
        client.getShareClient("models").create();

        List<String> names = client.listShares().stream().map(ShareItem::getName).toList();

        assertThat(names).containsExactly("inference", "models");
    }

    @Test
    void metadataReadsBackWithItsValues() {
        ShareFileClient file = share.getFileClient("tagged.txt");
        file.create(1);
        file.setMetadata(Map.of("origin", "infractl", "build", "42"));

        assertThat(file.getProperties().getMetadata()).containsEntry("origin", "infractl").containsEntry("build", "42");
        byte[] body = "x".getBytes(StandardCharsets.UTF_8);
        file.uploadRange(new ByteArrayInputStream(body), 1);
        assertThat(file.getProperties().getMetadata()).hasSize(2);
    }

    @Test
    void metadataNamesGoBackOnTheWireInTheCaseTheyWereSetAndTheETagMoves() throws Exception {
        ShareFileClient file = share.getFileClient("model.json");
        String created = file.create(1).getETag();

        String tagged = file.setMetadata(Map.of("ModelName", "phi-3-mini", "SourceCommit", "abc123")).getETag();

        String sas = file.generateSas(new ShareServiceSasSignatureValues(OffsetDateTime.now().plusHours(1),
                new ShareFileSasPermission().setReadPermission(true)));
        URI url = URI.create(service.accountEndpoint() + "/inference/model.json?" + sas);
        // The JDK's HTTP client folds response header names to lower case, so only the raw response shows the case.
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.getOutputStream().write(("HEAD " + url.getRawPath() + "?" + url.getRawQuery() + " HTTP/1.1\r\nHost: "
                    + url.getAuthority() + "\r\nx-ms-version: 2025-05-05\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String head = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(head).startsWith("HTTP/1.1 200 ").contains("\r\nx-ms-meta-ModelName: phi-3-mini\r\n")
                    .contains("\r\nx-ms-meta-SourceCommit: abc123\r\n");
        }
        assertThat(file.getProperties().getMetadata()).hasSize(2).containsValues("phi-3-mini", "abc123");
        assertThat(tagged).isNotEqualTo(created);
    }

    @Test
    void metadataNamesAreOneNameWhateverTheirCase() {
        ShareFileClient file = share.getFileClient("twice.json");
        file.create(1);

        file.setMetadata(Map.of("Stage", "serving"));
        file.setMetadata(Map.of("STAGE", "retired"));

        assertThat(file.getProperties().getMetadata()).hasSize(1).containsValue("retired");
    }

    @Test
    void aSharesMetadataIsReadBackReplacedWholeOnTheNextSetAndGoesWithTheShare() {
        String before = share.getProperties().getETag();

        share.setMetadata(Map.of("Team", "ml", "Stage", "serving"));
        String tagged = share.getProperties().getETag();
        share.setMetadata(Map.of("STAGE", "retired"));

        assertThat(share.getProperties().getMetadata()).hasSize(1).containsValue("retired");
        assertThat(tagged).isNotEqualTo(before);
        share.delete();
        share.createWithResponse(Map.of("Owner", "ops"), null, null, Context.NONE);
        assertThat(share.getProperties().getMetadata()).containsOnlyKeys("owner");
    }
}
