package dev.infractl.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTPS requests to an emulator with its static token, for what the SDK hides (bodies of errors). */
final class Raw {

    private Raw() {
    }

    static HttpResponse<String> get(Emulator emulator, String pathAndQuery) {
        return send(emulator, HttpRequest.newBuilder(emulator.armEndpoint().resolve(pathAndQuery)).GET());
    }

    static HttpResponse<String> post(Emulator emulator, String pathAndQuery, String json) {
        return send(emulator, HttpRequest.newBuilder(emulator.armEndpoint().resolve(pathAndQuery))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static HttpResponse<String> put(Emulator emulator, String pathAndQuery, String json) {
        return send(emulator, HttpRequest.newBuilder(emulator.armEndpoint().resolve(pathAndQuery))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Makes a resource group in swedencentral; answers its id. */
    static String group(Emulator emulator, String name) {
        String id = "/subscriptions/" + emulator.subscriptionId() + "/resourceGroups/" + name;
        expectSuccess(put(emulator, id + "?api-version=2022-09-01", "{\"location\": \"swedencentral\"}"));
        return id;
    }

    /** Makes a StorageV2 Standard_LRS account in a new or existing group; answers its id. */
    static String storageAccount(Emulator emulator, String group, String name) {
        String id = group(emulator, group) + "/providers/Microsoft.Storage/storageAccounts/" + name;
        expectSuccess(put(emulator, id + "?api-version=2023-05-01", "{\"location\": \"swedencentral\","
                + " \"kind\": \"StorageV2\", \"sku\": {\"name\": \"Standard_LRS\"}}"));
        return id;
    }

    private static void expectSuccess(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " -> "
                    + response.statusCode() + " " + response.body());
        }
    }

    static HttpResponse<String> send(Emulator emulator, HttpRequest.Builder request) {
        HttpClient http = HttpClient.newBuilder().sslContext(new SdkClients(emulator).sslContext()).build();
        try {
            HttpRequest built = request.build();
            if (built.headers().firstValue("Authorization").isEmpty()) {
                built = request.header("Authorization", "Bearer " + emulator.token()).build();
            }
            return http.send(built,
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
