package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.resourcemanager.appcontainers.ContainerAppsApiManager;
import com.azure.resourcemanager.appcontainers.models.ContainerApp;
import com.azure.resourcemanager.appcontainers.models.ContainerAppReplicaRunningState;
import com.azure.resourcemanager.appcontainers.models.Replica;
import com.azure.resourcemanager.appcontainers.models.Revision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The container app a deployment makes: revisions, replicas, restart and its fake endpoint, via the ACA SDK. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContainerAppTest {

    Emulator starting;
    Emulator started;

    @BeforeAll
    void start(@TempDir Path state) {
        starting = Emulator.start(EmulatorSettings.defaults(state.resolve("starting")).withSpeed(50)
                .withAppStartup(Duration.ofDays(1)));
        started = Emulator.start(EmulatorSettings.defaults(state.resolve("started")).withSpeed(50)
                .withAppStartup(Duration.ZERO));
    }

    @AfterAll
    void stop() {
        starting.close();
        started.close();
    }

    static ContainerApp deployApp(Emulator emulator) {
        SdkClients clients = new SdkClients(emulator);
        var arm = clients.resourceManager(clients.staticToken());
        arm.resourceGroups().define("rg-app").withRegion("swedencentral").create();
        try {
            var deployment = arm.deployments().define("inference").withExistingResourceGroup("rg-app")
                    .withTemplate(Templates.inference()).withParameters("{}")
                    .withMode(com.azure.resourcemanager.resources.models.DeploymentMode.INCREMENTAL).create();
            String app = (String) DeploymentTest.outputs(deployment).get("ACA_APP_NAME").get("value");
            return apps(emulator).containerApps().getByResourceGroup("rg-app", app);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ContainerAppsApiManager apps(Emulator emulator) {
        SdkClients clients = new SdkClients(emulator);
        return ContainerAppsApiManager.configure().withHttpClient(clients.httpClient())
                .authenticate(clients.staticToken(), clients.profile());
    }

    static HttpResponse<String> call(Emulator emulator, String fqdn) throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(new SdkClients(emulator).sslContext()).build();
        return http.send(HttpRequest.newBuilder(URI.create("https://" + fqdn + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aStartingAppAnswers503AndItsReplicaIsNotRunning() throws Exception {
        ContainerApp app = deployApp(starting);
        var manager = apps(starting);

        List<Revision> revisions = manager.containerAppsRevisions().listRevisions("rg-app", app.name()).stream().toList();
        List<Replica> replicas = manager.containerAppsRevisionReplicas()
                .listReplicas("rg-app", app.name(), app.latestRevisionName()).value();

        assertThat(app.configuration().ingress().fqdn()).matches("127\\.0\\.0\\.1:\\d+");
        assertThat(revisions).extracting(Revision::name).containsExactly(app.latestRevisionName());
        assertThat(replicas).singleElement().satisfies(replica -> {
            assertThat(replica.runningState()).isEqualTo(ContainerAppReplicaRunningState.NOT_RUNNING);
            assertThat(replica.containers()).allSatisfy(container -> assertThat(container.ready()).isFalse());
        });
        assertThat(call(starting, app.configuration().ingress().fqdn()).statusCode()).isEqualTo(503);
    }

    @Test
    void aStartedAppAnswers200AndStillDoesAfterARestartWithNoStartupTime() throws Exception {
        ContainerApp app = deployApp(started);
        var manager = apps(started);

        assertThat(call(started, app.configuration().ingress().fqdn()).statusCode()).isEqualTo(200);
        manager.containerAppsRevisions().restartRevision("rg-app", app.name(), app.latestRevisionName());
        Replica replica = manager.containerAppsRevisionReplicas()
                .listReplicas("rg-app", app.name(), app.latestRevisionName()).value().get(0);

        assertThat(replica.runningState()).isEqualTo(ContainerAppReplicaRunningState.RUNNING);
        assertThat(manager.containerAppsRevisionReplicas().getReplica("rg-app", app.name(), app.latestRevisionName(),
                replica.name()).name()).isEqualTo(replica.name());
        assertThat(call(started, app.configuration().ingress().fqdn()).statusCode()).isEqualTo(200);
    }

    @Test
    void aRestartOfAStartingAppKeepsItAnswering503() throws Exception {
        var manager = apps(starting);
        deployApp(starting);
        List<ContainerApp> listed = manager.containerApps().listByResourceGroup("rg-app").stream().toList();
        assertThat(listed).hasSize(1);
        ContainerApp app = listed.get(0);

        manager.containerAppsRevisions().restartRevision("rg-app", app.name(), app.latestRevisionName());

        assertThat(call(starting, app.configuration().ingress().fqdn()).statusCode()).isEqualTo(503);
    }
}
