package dev.infractl.emulator.fidelity;

import com.azure.core.util.Context;
import com.azure.storage.file.share.ShareClient;
import com.azure.storage.file.share.ShareFileClient;
import com.azure.storage.file.share.ShareFileClientBuilder;
import com.azure.storage.file.share.models.CopyStatusType;
import com.azure.storage.file.share.models.ShareFileItem;
import com.azure.storage.file.share.models.ShareFileRange;
import com.azure.storage.file.share.models.ShareStorageException;
import com.azure.storage.file.share.options.ShareFileCopyOptions;
import com.azure.storage.file.share.sas.ShareFileSasPermission;
import com.azure.storage.file.share.sas.ShareSasPermission;
import dev.infractl.azure.files.PathStyleRouting;
import com.azure.storage.file.share.sas.ShareServiceSasSignatureValues;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** az storage file upload/download/list/metadata/delete and az storage share list, through the Files SDK. */
final class ShareCases {

    private ShareCases() {
    }

    static List<Case> all() {
        return List.of(
                new Case("files", "List Shares includes a share made through ARM", c -> {
                    Expect.status(c.http.put(c.fixtures.accountPath(c.fixtures.group(), c.fixtures.account())
                            + "/fileServices/default/shares/listed" + Fixtures.STORAGE_API, "{}"), 200, 201);
                    Expect.that(c.shares(c.fixtures.account()).listShares().stream().anyMatch(s -> s.getName().equals("listed")),
                            "listShares lacks the ARM share 'listed'");
                }),
                new Case("files", "an uploaded file downloads byte for byte", c -> {
                    ShareFileClient file = share(c).getFileClient("hello.txt");
                    byte[] bytes = "hello from the fidelity suite".getBytes(StandardCharsets.UTF_8);
                    upload(file, bytes);
                    Expect.that(Arrays.equals(bytes, download(file, null)), "downloaded bytes differ");
                }),
                new Case("files", "a directory lists its files and subdirectories", c -> {
                    ShareClient share = share(c);
                    share.createDirectory("dir");
                    share.createDirectory("dir/sub");
                    upload(share.getFileClient("dir/a.txt"), new byte[] {1});
                    List<String> names = share.getDirectoryClient("dir").listFilesAndDirectories().stream()
                            .map(ShareFileItem::getName).sorted().toList();
                    Expect.equal(List.of("a.txt", "sub"), names, "listing of dir");
                }),
                new Case("files", "a ranged download answers the slice", c -> {
                    ShareFileClient file = share(c).getFileClient("range.bin");
                    upload(file, new byte[] {0, 1, 2, 3, 4, 5, 6, 7});
                    Expect.that(Arrays.equals(new byte[] {2, 3, 4}, download(file, new ShareFileRange(2, 4L))),
                            "bytes 2-4 differ");
                }),
                new Case("files", "a ranged read of an empty file is 416 InvalidRange", c -> {
                    ShareFileClient file = share(c).getFileClient("empty.txt");
                    file.create(0);
                    try {
                        download(file, new ShareFileRange(0, 0L));
                        throw new Mismatch("a ranged read of an empty file succeeded");
                    } catch (ShareStorageException e) {
                        Expect.equal(416, e.getStatusCode(), "status");
                        Expect.equal("InvalidRange", e.getErrorCode().toString(), "error code");
                    }
                }),
                new Case("files", "metadata comes back with the names as set", c -> {
                    ShareFileClient file = share(c).getFileClient("meta.txt");
                    upload(file, new byte[] {1});
                    file.setMetadata(Map.of("SourceCommit", "abc123"));
                    // The JDK's HTTP client folds response header names to lower case: the raw answer shows the case.
                    String head = wireHead(c, fileUrl(c, share(c), "meta.txt") + "?" + readSas(file));
                    Expect.that(head.contains("\r\nx-ms-meta-SourceCommit: abc123\r\n"), "no x-ms-meta-SourceCommit in "
                            + head.lines().filter(line -> line.toLowerCase().startsWith("x-ms-meta-")).toList());
                }),
                new Case("files", "every write gives the file a new ETag", c -> {
                    ShareFileClient file = share(c).getFileClient("etag.txt");
                    String created = file.create(2).getETag();
                    String written = file.uploadRange(new ByteArrayInputStream(new byte[] {1, 2}), 2).getETag();
                    String tagged = file.setMetadata(Map.of("k", "v")).getETag();
                    Expect.that(!created.equals(written) && !written.equals(tagged), "ETag did not change: "
                            + List.of(created, written, tagged));
                }),
                new Case("files", "a deleted file is 404 ResourceNotFound", c -> {
                    ShareFileClient file = share(c).getFileClient("deleted.txt");
                    upload(file, new byte[] {1});
                    file.delete();
                    try {
                        file.getProperties();
                        throw new Mismatch("a deleted file still has properties");
                    } catch (ShareStorageException e) {
                        Expect.equal(404, e.getStatusCode(), "status");
                        Expect.equal("ResourceNotFound", e.getErrorCode().toString(), "error code");
                    }
                }),
                new Case("files", "a share is created and deleted on the data plane", c -> {
                    var service = c.shares(c.fixtures.account());
                    service.createShare("transient");
                    service.deleteShare("transient");
                    Expect.that(service.listShares().stream().noneMatch(s -> s.getName().equals("transient")),
                            "deleted share still listed");
                }),
                new Case("files", "Copy File copies within the account", c -> {
                    ShareClient share = share(c);
                    upload(share.getFileClient("original.txt"), new byte[] {9, 8, 7});
                    share.getFileClient("copy.txt").beginCopy(fileUrl(c, share, "original.txt"), new ShareFileCopyOptions(), null)
                            .waitForCompletion();
                    Expect.that(Arrays.equals(new byte[] {9, 8, 7}, download(share.getFileClient("copy.txt"), null)),
                            "copy differs from its source");
                    Expect.equal(CopyStatusType.SUCCESS, share.getFileClient("copy.txt").getProperties().getCopyStatus(),
                            "x-ms-copy-status");
                }),
                new Case("files", "aborting a finished copy is 409 NoPendingCopyOperation", c -> {
                    ShareClient share = share(c);
                    upload(share.getFileClient("done-source.txt"), new byte[] {1});
                    ShareFileClient target = share.getFileClient("done-copy.txt");
                    String copyId = target.beginCopy(fileUrl(c, share, "done-source.txt"), new ShareFileCopyOptions(), null)
                            .waitForCompletion().getValue().getCopyId();
                    refused(() -> target.abortCopy(copyId), 409, "NoPendingCopyOperation");
                }),
                new Case("files", "a file SAS reads the file without the key", c -> {
                    ShareClient share = share(c);
                    ShareFileClient file = share.getFileClient("shared.txt");
                    upload(file, new byte[] {4, 2});
                    Reply read = c.http.send("GET", fileUrl(c, share, "shared.txt") + "?" + readSas(file), null, false);
                    Expect.status(read, 200);
                }),
                new Case("files", "an expired SAS is 403 AuthenticationFailed", c -> {
                    ShareClient share = share(c);
                    ShareFileClient file = share.getFileClient("expired.txt");
                    upload(file, new byte[] {1});
                    String sas = file.generateSas(new ShareServiceSasSignatureValues(OffsetDateTime.now().minusMinutes(5),
                            new ShareFileSasPermission().setReadPermission(true)).setStartTime(OffsetDateTime.now().minusHours(1)));
                    Reply read = c.http.send("GET", fileUrl(c, share, "expired.txt") + "?" + sas, null, false);
                    Expect.status(read, 403);
                    Expect.equal("AuthenticationFailed", read.header("x-ms-error-code").orElse(""), "x-ms-error-code");
                }),
                new Case("files", "a read-only share SAS cannot write: 403 AuthorizationPermissionMismatch", c -> {
                    ShareClient share = share(c);
                    upload(share.getFileClient("readonly.txt"), new byte[] {1});
                    String sas = share.generateSas(new ShareServiceSasSignatureValues(OffsetDateTime.now().plusHours(1),
                            new ShareSasPermission().setReadPermission(true)));
                    ShareFileClient file = new ShareFileClientBuilder().endpoint(c.endpoint.files() + c.fixtures.account() + "/")
                            .sasToken(sas).shareName(share.getShareName()).resourcePath("readonly.txt")
                            .httpClient(c.sdkHttp()).addPolicy(new PathStyleRouting(URI.create(c.endpoint.files()
                                    + c.fixtures.account() + "/"))).buildFileClient();
                    refused(() -> file.setMetadata(Map.of("k", "v")), 403, "AuthorizationPermissionMismatch");
                }),
                new Case("files", "a listServiceSas token from ARM reads the file it names", c -> {
                    ShareClient share = share(c);
                    upload(share.getFileClient("arm-service.txt"), new byte[] {5});
                    Reply token = c.http.post(c.fixtures.accountPath(c.fixtures.group(), c.fixtures.account())
                            + "/listServiceSas" + Fixtures.STORAGE_API, "{\"canonicalizedResource\": \"/file/"
                            + c.fixtures.account() + "/" + share.getShareName() + "/arm-service.txt\", \"signedResource\": \"f\","
                            + " \"signedPermission\": \"r\", \"signedExpiry\": \"2099-01-01T00:00:00Z\"}");
                    Expect.status(token, 200);
                    Expect.status(c.http.send("GET", fileUrl(c, share, "arm-service.txt") + "?" + token.at("/serviceSasToken"),
                            null, false), 200);
                }),
                new Case("files", "a listAccountSas token from ARM reads files", c -> {
                    ShareClient share = share(c);
                    upload(share.getFileClient("arm-account.txt"), new byte[] {6});
                    Reply token = c.http.post(c.fixtures.accountPath(c.fixtures.group(), c.fixtures.account())
                            + "/listAccountSas" + Fixtures.STORAGE_API, "{\"signedServices\": \"f\", \"signedResourceTypes\":"
                            + " \"o\", \"signedPermission\": \"r\", \"signedExpiry\": \"2099-01-01T00:00:00Z\"}");
                    Expect.status(token, 200);
                    Expect.status(c.http.send("GET", fileUrl(c, share, "arm-account.txt") + "?" + token.at("/accountSasToken"),
                            null, false), 200);
                }));
    }

    private static String fileUrl(Clients c, ShareClient share, String name) {
        return c.endpoint.files() + c.fixtures.account() + "/" + share.getShareName() + "/" + name;
    }

    private static String readSas(ShareFileClient file) {
        return file.generateSas(new ShareServiceSasSignatureValues(OffsetDateTime.now().plusHours(1),
                new ShareFileSasPermission().setReadPermission(true)));
    }

    private static void refused(Runnable call, int status, String code) {
        try {
            call.run();
            throw new Mismatch("succeeded; expected " + status + " " + code);
        } catch (ShareStorageException e) {
            Expect.equal(status, e.getStatusCode(), "status");
            Expect.equal(code, e.getErrorCode().toString(), "error code");
        }
    }

    /** The response head of a HEAD request as it came over TLS, header names in the case the server sent them. */
    private static String wireHead(Clients c, String url) throws java.io.IOException {
        URI uri = URI.create(url);
        try (Socket socket = c.http.ssl().getSocketFactory().createSocket(uri.getHost(), uri.getPort())) {
            socket.getOutputStream().write(("HEAD " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\nHost: "
                    + uri.getAuthority() + "\r\nx-ms-version: 2025-05-05\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static ShareClient share(Clients c) {
        ShareClient share = c.shares(c.fixtures.account()).getShareClient("fidelity");
        if (!share.exists()) {
            share.create();
        }
        return share;
    }

    private static void upload(ShareFileClient file, byte[] bytes) {
        file.create(bytes.length);
        file.uploadRange(new ByteArrayInputStream(bytes), bytes.length);
    }

    private static byte[] download(ShareFileClient file, ShareFileRange range) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.downloadWithResponse(out, range, null, null, Context.NONE);
        return out.toByteArray();
    }
}
