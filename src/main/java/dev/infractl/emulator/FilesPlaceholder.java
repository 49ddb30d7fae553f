package dev.infractl.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Stands in for the Files data plane until FileServiceEmulator lands: 501 in the storage XML error shape. */
final class FilesPlaceholder implements HttpHandler {

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
            byte[] body = ("<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>NotImplemented</Code>"
                    + "<Message>The emulator's Azure Files data plane is not built yet.</Message></Error>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/xml");
            exchange.getResponseHeaders().set("x-ms-error-code", "NotImplemented");
            boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
            exchange.sendResponseHeaders(501, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }
}
