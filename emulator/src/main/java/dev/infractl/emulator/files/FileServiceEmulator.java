package dev.infractl.emulator.files;

import dev.infractl.emulator.StorageAccountKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The Azure Files REST API on path-style URLs {@code /{account}/{share}/{dir...}/{file}}, as much of it as
 * azure-storage-file-share uses for shares, directories and files, with SharedKey checking. Data lives
 * under {@code root/{account}/{share}/}.
 */
public final class FileServiceEmulator {

    /** The Resource Manager type whose PUT makes a share exist on the data plane too. */
    public static final String SHARE_TYPE = "Microsoft.Storage/storageAccounts/fileServices/shares";

    private final StorageAccountKeys keys;
    private final ShareStore store;
    private final FileRequests files;
    private final DirectoryRequests directories;

    public FileServiceEmulator(StorageAccountKeys keys, Path root) {
        this.keys = keys;
        this.store = new ShareStore(root);
        this.files = new FileRequests(store, new FileCopies(store, keys));
        this.directories = new DirectoryRequests(store, files);
    }

    /**
     * A share resource was created through Resource Manager ({@code account/default/share}); it now exists
     * on the data plane too. One that exists already keeps its files.
     */
    public void shareProvisioned(String resourceName) {
        String[] parts = resourceName.split("/");
        try {
            store.ensureShare(new SharePath(parts[0], parts[parts.length - 1], ""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the share's folder for " + resourceName, e);
        }
    }

    /** A share resource was deleted through Resource Manager ({@code account/default/share}): its files go too. */
    public void shareDeleted(String resourceName) {
        String[] parts = resourceName.split("/");
        try {
            store.deleteShare(new SharePath(parts[0], parts[parts.length - 1], ""));
        } catch (FilesServiceError missing) {
            // never made on the data plane: nothing to remove
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the share's folder for " + resourceName, e);
        }
    }

    /** The account's shares on the data plane by name, made there or through Resource Manager. */
    public List<String> shareNames(String account) {
        try {
            return store.shares(account).stream().map(share -> share.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the shares of storage account " + account, e);
        }
    }

    /** A storage account was deleted through Resource Manager: its shares and their files go too. */
    public void accountDeleted(String account) {
        try {
            store.deleteAccount(account);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the files of storage account " + account, e);
        }
    }

    /** Answers one request; errors the service would send come back as their replies, never as exceptions. */
    Reply handle(FilesRequest request) {
        Reply reply;
        try {
            SharePath path = SharePath.parse(request.uri().getPath());
            Map<String, String> query = query(request.uri().getRawQuery());
            authenticate(request, path, query);
            reply = dispatch(request, path, query);
        } catch (FilesServiceError error) {
            reply = Reply.error(error);
        } catch (RuntimeException | IOException e) {
            reply = Reply.error(new FilesServiceError(500, "InternalError", "The server encountered an internal error: " + e));
        }
        reply.header("x-ms-request-id", UUID.randomUUID().toString())
                .header("x-ms-version", request.headers().first("x-ms-version"))
                .header("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        return reply;
    }

    private Reply dispatch(FilesRequest request, SharePath path, Map<String, String> query) throws IOException {
        String method = request.method();
        String restype = query.getOrDefault("restype", "");
        if (path.share() == null) {
            if (method.equals("GET") && query.getOrDefault("comp", "").equals("list")) {
                return new Reply(200).xml(ShareListing.xml(store, path.account(), query));
            }
            throw FilesServiceError.badRequest("UnsupportedQueryParameter", "Of the account-level operations only List"
                    + " Shares is emulated.");
        }
        if (restype.equals("share")) {
            return directories.share(method, path, query, request.headers());
        }
        if (restype.equals("directory")) {
            return directories.directory(method, path, query, request.headers());
        }
        return files.file(method, path, query, request);
    }

    private void authenticate(FilesRequest request, SharePath path, Map<String, String> query) {
        String account = path.account();
        String authorization = request.headers().first("Authorization");
        if (authorization == null && query.containsKey("sig")) {
            String key = keys.primaryKey(account).orElseThrow(() -> SharedAccessSignature.failed(
                    "The account " + account + " is not an account of this emulator."));
            SharedAccessSignature.authorize(request, path, query, account, key, Instant.now());
            return;
        }
        if (authorization == null || !authorization.startsWith("SharedKey ")) {
            throw new FilesServiceError(401, "NoAuthenticationInformation",
                    "Server failed to authenticate the request. Please refer to the information in the www-authenticate header.");
        }
        String credential = authorization.substring("SharedKey ".length());
        int colon = credential.lastIndexOf(':');
        String claimedAccount = colon < 0 ? "" : credential.substring(0, colon);
        Optional<String> key = keys.primaryKey(account);
        if (!claimedAccount.equals(account) || key.isEmpty()) {
            throw failed("The account " + claimedAccount + " in the Authorization header does not match an account"
                    + " of this emulator at /" + account + "/.");
        }
        String presented = credential.substring(colon + 1);
        boolean matched = false;
        for (boolean hostStyle : new boolean[] {false, true}) {
            for (boolean valuesAsSent : new boolean[] {false, true}) {
                matched |= SharedKeySignature.matches(signed(request, account, key.get(), hostStyle, valuesAsSent), presented);
            }
        }
        if (!matched) {
            throw failed("The MAC signature found in the HTTP request '" + presented + "' is not the same as any"
                    + " computed signature. Server used following string to sign: '" + SharedKeySignature.stringToSign(
                    request.method(), request.uri(), request.headers(), account, false) + "'.");
        }
    }

    /**
     * Azurite's rule: a path-style request may be signed over either form of the resource path; and a query value
     * with commas either as sent or split and sorted.
     */
    private static String signed(FilesRequest request, String account, String key, boolean hostStyle, boolean valuesAsSent) {
        String stringToSign = SharedKeySignature.stringToSign(request.method(), request.uri(), request.headers(), account,
                hostStyle, valuesAsSent);
        try {
            return SharedKeySignature.sign(key, stringToSign);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw failed("The account key could not be used: " + e.getMessage());
        }
    }

    private static FilesServiceError failed(String detail) {
        return new FilesServiceError(403, "AuthenticationFailed",
                "Server failed to authenticate the request. Make sure the value of Authorization header is formed"
                        + " correctly including the signature.").withDetail(detail);
    }

    static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                query.put(decode(name), decode(value));
            }
        }
        return query;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
