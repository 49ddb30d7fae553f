package dev.infractl.azure.files;

import com.azure.core.http.HttpClient;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.util.Context;
import com.azure.storage.common.StorageSharedKeyCredential;
import com.azure.storage.common.policy.RequestRetryOptions;
import com.azure.storage.common.policy.RetryPolicyType;
import com.azure.storage.file.share.ShareClient;
import com.azure.storage.file.share.ShareFileClient;
import com.azure.storage.file.share.ShareServiceClientBuilder;
import com.azure.storage.file.share.models.ShareErrorCode;
import com.azure.storage.file.share.models.ShareFileHttpHeaders;
import com.azure.storage.file.share.models.ShareFileProperties;
import com.azure.storage.file.share.models.ShareFileRange;
import com.azure.storage.file.share.models.ShareFileUploadRangeOptions;
import com.azure.storage.file.share.models.ShareStorageException;
import com.azure.storage.file.share.options.ShareFileCreateOptions;
import com.azure.storage.file.share.options.ShareFileRenameOptions;
import dev.infractl.sync.FileShare;
import dev.infractl.sync.LocalFile;
import dev.infractl.sync.RemoteFile;
import java.nio.ByteBuffer;
import reactor.core.publisher.Flux;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sync's {@link FileShare} on azure-storage-file-share with the account key: each file is created
 * under a short temporary name ({@link TemporaryName}) beside its target, written in ranges of at most 4 MiB each
 * with its Content-MD5, then renamed over the target, so the app never reads half a file.
 */
public final class AzureFileShare implements FileShare {

    private final ShareClient share;
    private final String account;
    private final RequestCounter counter = new RequestCounter();
    private final Set<String> knownDirectories = ConcurrentHashMap.newKeySet();
    private final Map<String, Boolean> sweptFolders = new ConcurrentHashMap<>();

    /**
     * @param fileEndpoint the account's file endpoint: {@code https://ACCOUNT.file.core.windows.net/} or a
     *     path-style one such as {@code https://127.0.0.1:PORT/ACCOUNT/}
     * @param accountKey used only to sign requests; never printed
     */
    public AzureFileShare(URI fileEndpoint, String account, String accountKey, String shareName, HttpClient httpClient) {
        this(fileEndpoint, account, accountKey, shareName, httpClient, Optional.empty());
    }

    /** @param logging a policy that logs each request (--verbose); it sees requests signed, as sent */
    public AzureFileShare(URI fileEndpoint, String account, String accountKey, String shareName, HttpClient httpClient,
                          Optional<HttpPipelinePolicy> logging) {
        this.account = account;
        ShareServiceClientBuilder builder = new ShareServiceClientBuilder()
                .endpoint(fileEndpoint.toString())
                .credential(new StorageSharedKeyCredential(account, accountKey))
                .httpClient(httpClient)
                .retryOptions(new RequestRetryOptions(RetryPolicyType.EXPONENTIAL, 3, Duration.ofMinutes(2),
                        Duration.ofMillis(500), Duration.ofSeconds(8), null))
                .addPolicy(new ContentMd5Header())
                .addPolicy(counter);
        if (PathStyleRouting.needed(fileEndpoint)) {
            builder.addPolicy(new PathStyleRouting(fileEndpoint));
        }
        logging.ifPresent(builder::addPolicy);
        this.share = builder.buildClient().getShareClient(shareName);
    }

    @Override
    public Optional<byte[]> read(String path, int limit) {
        try {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            share.getFileClient(path).downloadWithResponse(content, new ShareFileRange(0, (long) limit), false, null,
                    Context.NONE);
            return Optional.of(content.toByteArray());
        } catch (ShareStorageException e) {
            if (notFound(e)) {
                return Optional.empty();
            }
            if (e.getStatusCode() == 416) {
                return Optional.of(new byte[0]);
            }
            throw StorageErrors.of(e, account, share.getShareName(), path);
        } catch (RuntimeException e) {
            throw StorageErrors.of(e, account, share.getShareName(), path);
        }
    }

    @Override
    public Optional<RemoteFile> describe(String path) {
        try {
            ShareFileProperties properties = share.getFileClient(path).getProperties();
            byte[] md5 = properties.getContentMd5();
            return Optional.of(new RemoteFile(properties.getContentLength(),
                    md5 == null ? "" : Base64.getEncoder().encodeToString(md5)));
        } catch (ShareStorageException e) {
            if (notFound(e)) {
                return Optional.empty();
            }
            throw StorageErrors.of(e, account, share.getShareName(), path);
        } catch (RuntimeException e) {
            throw StorageErrors.of(e, account, share.getShareName(), path);
        }
    }

    @Override
    public void upload(LocalFile file, String path) {
        put(path, RangeSource.of(file));
    }

    @Override
    public void write(String path, byte[] content) {
        put(path, RangeSource.of(content));
    }

    @Override
    public void delete(String path) {
        try {
            share.getFileClient(path).delete();
        } catch (ShareStorageException e) {
            if (!notFound(e)) {
                throw StorageErrors.of(e, account, share.getShareName(), path);
            }
        } catch (RuntimeException e) {
            throw StorageErrors.of(e, account, share.getShareName(), path);
        }
    }

    @Override
    public long requests() {
        return counter.requests();
    }

    private void put(String path, RangeSource source) {
        int slash = path.lastIndexOf('/');
        String folder = slash < 0 ? "" : path.substring(0, slash);
        String temporary = TemporaryName.in(folder);
        ShareFileClient upload = share.getFileClient(temporary);
        boolean created = false;
        try {
            sweptFolders.computeIfAbsent(folder, this::sweep);
            create(upload, folder, source);
            created = true;
            for (long offset = 0; offset < source.size(); offset += RangeSource.RANGE) {
                byte[] range = source.read(offset);
                upload.uploadRangeWithResponse(new ShareFileUploadRangeOptions(Flux.just(ByteBuffer.wrap(range)), range.length)
                        .setOffset(offset), null, ContentMd5Header.of(RangeSource.md5(range)));
            }
            upload.renameWithResponse(new ShareFileRenameOptions(path).setReplaceIfExists(true), null, Context.NONE);
        } catch (RuntimeException e) {
            if (created) {
                discard(upload);
            }
            throw StorageErrors.of(e, account, share.getShareName(), path);
        }
    }

    private void create(ShareFileClient file, String folder, RangeSource source) {
        ShareFileCreateOptions options = new ShareFileCreateOptions(source.size()).setShareFileHttpHeaders(
                new ShareFileHttpHeaders().setContentMd5(Base64.getDecoder().decode(source.md5())));
        try {
            file.createWithResponse(options, null, Context.NONE);
        } catch (ShareStorageException e) {
            if (!StorageErrors.is(e, ShareErrorCode.PARENT_NOT_FOUND)) {
                throw e;
            }
            knownDirectories.clear();
            createDirectories(folder);
            file.createWithResponse(options, null, Context.NONE);
        }
    }

    private void createDirectories(String folder) {
        StringBuilder path = new StringBuilder();
        for (String segment : folder.split("/")) {
            path.append(path.length() == 0 ? "" : "/").append(segment);
            String directory = path.toString();
            if (segment.isEmpty() || knownDirectories.contains(directory)) {
                continue;
            }
            try {
                share.getDirectoryClient(directory).create();
            } catch (ShareStorageException e) {
                if (!StorageErrors.is(e, ShareErrorCode.RESOURCE_ALREADY_EXISTS)) {
                    throw e;
                }
            }
            knownDirectories.add(directory);
        }
    }

    /**
     * Deletes temporary files that an earlier run left in {@code folder} when it was killed mid-upload; once
     * per folder and run, before our own uploads start there, so it costs one listing only when files change.
     */
    private Boolean sweep(String folder) {
        try {
            share.getDirectoryClient(folder).listFilesAndDirectories().stream()
                    .filter(item -> !item.isDirectory() && TemporaryName.isTemporary(item.getName()))
                    .forEach(item -> discard(share.getFileClient((folder.isEmpty() ? "" : folder + "/") + item.getName())));
        } catch (ShareStorageException e) {
            if (!notFound(e)) {
                throw e;
            }
        }
        return Boolean.TRUE;
    }

    private static boolean notFound(ShareStorageException e) {
        return StorageErrors.is(e, ShareErrorCode.RESOURCE_NOT_FOUND) || StorageErrors.is(e, ShareErrorCode.PARENT_NOT_FOUND);
    }

    /** Best effort: a temporary file left by a failure is invisible to the app and replaced by the next run. */
    private static void discard(ShareFileClient temporary) {
        try {
            temporary.delete();
        } catch (RuntimeException ignored) {
            // The original failure is the one to report.
        }
    }
}
