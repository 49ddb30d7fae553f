package dev.infractl.emulator.files;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.infractl.emulator.StorageAccountKeys;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
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
public final class FileServiceEmulator implements HttpHandler {

    /** The Resource Manager type whose PUT makes a share exist on the data plane too. */
    public static final String SHARE_TYPE = "Microsoft.Storage/storageAccounts/fileServices/shares";

    private final StorageAccountKeys keys;
    private final ShareStore store;
    private final FileRequests files;
    private final DirectoryRequests directories;

    public FileServiceEmulator(StorageAccountKeys keys, Path root) {
        this.keys = keys;
        this.store = new ShareStore(root);
        this.files = new FileRequests(store);
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

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Reply reply;
            try {
                SharePath path = SharePath.parse(exchange.getRequestURI().getPath());
                authenticate(exchange, path.account());
                reply = dispatch(exchange, path, query(exchange.getRequestURI().getRawQuery()));
            } catch (FilesServiceError error) {
                reply = Reply.error(error);
            } catch (RuntimeException | IOException e) {
                reply = Reply.error(new FilesServiceError(500, "InternalError", "The server encountered an internal error: " + e));
            }
            send(exchange, reply);
        }
    }

    private Reply dispatch(HttpExchange exchange, SharePath path, Map<String, String> query) throws IOException {
        String method = exchange.getRequestMethod();
        String restype = query.getOrDefault("restype", "");
        if (path.share() == null) {
            if (method.equals("GET") && query.getOrDefault("comp", "").equals("list")) {
                return new Reply(200).xml(ShareListing.xml(store, path.account(), query));
            }
            throw FilesServiceError.badRequest("UnsupportedQueryParameter", "Of the account-level operations only List"
                    + " Shares is emulated.");
        }
        if (restype.equals("share")) {
            return directories.share(method, path, query);
        }
        if (restype.equals("directory")) {
            return directories.directory(method, path, query, exchange);
        }
        return files.file(method, path, query, exchange);
    }

    private void authenticate(HttpExchange exchange, String account) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
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
                matched |= SharedKeySignature.matches(signed(exchange, account, key.get(), hostStyle, valuesAsSent), presented);
            }
        }
        if (!matched) {
            throw failed("The MAC signature found in the HTTP request '" + presented + "' is not the same as any"
                    + " computed signature. Server used following string to sign: '" + SharedKeySignature.stringToSign(
                    exchange.getRequestMethod(), exchange.getRequestURI(), exchange.getRequestHeaders(), account, false) + "'.");
        }
    }

    /**
     * Azurite's rule: a path-style request may be signed over either form of the resource path; and a query value
     * with commas either as sent or split and sorted.
     */
    private static String signed(HttpExchange exchange, String account, String key, boolean hostStyle, boolean valuesAsSent) {
        String stringToSign = SharedKeySignature.stringToSign(exchange.getRequestMethod(), exchange.getRequestURI(),
                exchange.getRequestHeaders(), account, hostStyle, valuesAsSent);
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

    private static Map<String, String> query(String rawQuery) {
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

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        var headers = exchange.getResponseHeaders();
        reply.headers.forEach(headers::set);
        headers.set("x-ms-request-id", UUID.randomUUID().toString());
        String version = exchange.getRequestHeaders().getFirst("x-ms-version");
        if (version != null) {
            headers.set("x-ms-version", version);
        }
        headers.set("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (reply.streamed != null && head) {
            headers.set("Content-Length", Long.toString(reply.streamed.length()));
        } else if (reply.streamed != null) {
            // 0 would mean chunked to HttpServer; -1 sends Content-Length: 0, which clients read an empty file by.
            exchange.sendResponseHeaders(reply.status, reply.streamed.length() == 0 ? -1 : reply.streamed.length());
            try (OutputStream out = exchange.getResponseBody()) {
                reply.streamed.writeTo(out);
            }
            return;
        }
        exchange.sendResponseHeaders(reply.status, head || reply.body.length == 0 ? -1 : reply.body.length);
        if (!head && reply.body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body);
            }
        }
    }
}
