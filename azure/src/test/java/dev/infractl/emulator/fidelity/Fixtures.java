package dev.infractl.emulator.fidelity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What several cases need, made once per run on first use: a resource group, a storage account, a deployed
 * inference template. Names carry the run's id, so the suite can also run against an emulator that has state.
 */
final class Fixtures {

    static final String API = "?api-version=2022-09-01";
    static final String STORAGE_API = "?api-version=2023-01-01";
    static final String LOCATION = "swedencentral";

    private final Clients clients;
    private final String runId;
    private final Map<String, Object> made = new HashMap<>();

    Fixtures(Clients clients, String runId) {
        this.clients = clients;
        this.runId = runId;
    }

    String runId() {
        return runId;
    }

    /** A group tagged env=fidelity. */
    String group() {
        return (String) made.computeIfAbsent("group", key -> makeGroup("rg-fid-" + runId));
    }

    String makeGroup(String name) {
        Expect.status(clients.http.put(groupPath(name) + API,
                "{\"location\": \"" + LOCATION + "\", \"tags\": {\"env\": \"fidelity\"}}"), 200, 201);
        return name;
    }

    String groupPath(String name) {
        return clients.endpoint.sub() + "/resourcegroups/" + name;
    }

    /** A StorageV2 account in {@link #group()}, created as {@code az storage account create} does. */
    String account() {
        return (String) made.computeIfAbsent("account", key -> {
            String name = "fid" + runId + "st";
            makeAccount(group(), name, accountBody());
            return name;
        });
    }

    /** Any success will do here: how the PUT answers is a case of its own. */
    void makeAccount(String group, String name, String body) {
        Expect.status(clients.http.put(accountPath(group, name) + STORAGE_API, body), 200, 201, 202);
        Expect.field(clients.http.until(accountPath(group, name) + STORAGE_API, "Succeeded|Failed"),
                "/properties/provisioningState", "Succeeded");
    }

    String accountPath(String group, String name) {
        return groupPath(group) + "/providers/Microsoft.Storage/storageAccounts/" + name;
    }

    static String accountBody() {
        return "{\"location\": \"" + LOCATION + "\", \"kind\": \"StorageV2\", \"sku\": {\"name\": \"Standard_LRS\"},"
                + " \"properties\": {\"minimumTlsVersion\": \"TLS1_2\", \"supportsHttpsTrafficOnly\": true}}";
    }

    String key(String account) {
        return (String) made.computeIfAbsent("key:" + account, key -> Expect.status(clients.http.post(
                accountPath(group(), account) + "/listKeys" + STORAGE_API + "&$expand=kerb", null), 200)
                .at("/keys/0/value"));
    }

    /** The inference template (the project's own), deployed once into its own group; the final GET. */
    Reply inference() {
        return (Reply) made.computeIfAbsent("inference", key -> {
            String group = makeGroup("rg-fid-app-" + runId);
            Reply done = deploy(group, "inference", resource("/dev/infractl/emulator/inference.json"), "{}");
            Expect.field(done, "/properties/provisioningState", "Succeeded");
            return done;
        });
    }

    String inferenceGroup() {
        inference();
        return "rg-fid-app-" + runId;
    }

    String inferenceOutput(String name) {
        return inference().at("/properties/outputs/" + name + "/value");
    }

    String deploymentPath(String group, String name) {
        return groupPath(group) + "/providers/Microsoft.Resources/deployments/" + name;
    }

    /** PUT a deployment in Incremental mode and poll it as az does; the final GET, whatever its state. */
    Reply deploy(String group, String name, String template, String parameters) {
        Reply put = clients.http.put(deploymentPath(group, name) + API, "{\"properties\": {\"mode\": \"Incremental\","
                + " \"template\": " + template + ", \"parameters\": " + parameters + "}}");
        Expect.status(put, 200, 201);
        return clients.http.until(deploymentPath(group, name) + API, "Succeeded|Failed|Canceled");
    }

    /** As {@link #deploy}, at subscription scope, where ARM requires the deployment's location. */
    Reply deployAtSubscription(String name, String template, String parameters) {
        String path = clients.endpoint.sub() + "/providers/Microsoft.Resources/deployments/" + name;
        Reply put = clients.http.put(path + API, "{\"location\": \"" + LOCATION + "\", \"properties\": {\"mode\":"
                + " \"Incremental\", \"template\": " + template + ", \"parameters\": " + parameters + "}}");
        Expect.status(put, 200, 201);
        return clients.http.until(path + API, "Succeeded|Failed|Canceled");
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
