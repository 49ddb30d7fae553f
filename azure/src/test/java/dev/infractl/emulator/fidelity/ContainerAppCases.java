package dev.infractl.emulator.fidelity;

import com.azure.resourcemanager.appcontainers.ContainerAppsApiManager;
import com.azure.resourcemanager.appcontainers.models.ContainerApp;
import com.azure.resourcemanager.appcontainers.models.Replica;
import com.azure.resourcemanager.appcontainers.models.Revision;
import java.util.List;

/** az containerapp show/list/revision list|restart/replica list/logs show, on the deployed inference template. */
final class ContainerAppCases {

    private ContainerAppCases() {
    }

    static List<Case> all() {
        return List.of(
                new Case("container-apps", "show has the ingress fqdn, latest revision and Succeeded", c -> {
                    ContainerApp app = app(c);
                    Expect.that(app.configuration().ingress().fqdn() != null, "no ingress fqdn");
                    Expect.that(app.latestRevisionName() != null, "no latestRevisionName");
                    Expect.equal("Succeeded", String.valueOf(app.provisioningState()), "provisioningState");
                }),
                new Case("container-apps", "list in the subscription and in the group includes the app", c -> {
                    String name = app(c).name();
                    ContainerAppsApiManager apps = c.apps();
                    Expect.that(apps.containerApps().list().stream().anyMatch(a -> a.name().equals(name)), "subscription list");
                    Expect.that(apps.containerApps().listByResourceGroup(c.fixtures.inferenceGroup()).stream()
                            .anyMatch(a -> a.name().equals(name)), "group list");
                }),
                new Case("container-apps", "the environment has its default domain and static IP", c -> {
                    var environment = c.apps().managedEnvironments().getById(app(c).managedEnvironmentId());
                    Expect.that(environment.defaultDomain() != null && environment.staticIp() != null,
                            "defaultDomain " + environment.defaultDomain() + ", staticIp " + environment.staticIp());
                }),
                new Case("container-apps", "revisions list the active latest revision", c -> {
                    ContainerApp app = app(c);
                    List<Revision> revisions = c.apps().containerAppsRevisions()
                            .listRevisions(c.fixtures.inferenceGroup(), app.name()).stream().toList();
                    Expect.that(revisions.stream().anyMatch(r -> r.name().equals(app.latestRevisionName())
                            && Boolean.TRUE.equals(r.active())), "no active " + app.latestRevisionName());
                }),
                new Case("container-apps", "a revision restarts", c -> {
                    ContainerApp app = app(c);
                    c.apps().containerAppsRevisions().restartRevision(c.fixtures.inferenceGroup(), app.name(),
                            app.latestRevisionName());
                }),
                new Case("container-apps", "replicas list with containers", c -> {
                    Replica replica = replica(c, app(c));
                    Expect.that(!replica.containers().isEmpty(), "replica without containers");
                }),
                new Case("container-apps", "getAuthToken answers a token and its expiry", c -> {
                    var token = c.apps().containerApps().getAuthToken(c.fixtures.inferenceGroup(), app(c).name());
                    Expect.that(token.token() != null && token.expires() != null, "token " + token.token()
                            + ", expires " + token.expires());
                }),
                new Case("container-apps", "the console log stream answers the replica's lines", c -> {
                    ContainerApp app = app(c);
                    Replica replica = replica(c, app);
                    String token = c.apps().containerApps().getAuthToken(c.fixtures.inferenceGroup(), app.name()).token();
                    String stream = app.eventStreamEndpoint().replaceAll("/eventstream$", "") + "/revisions/"
                            + app.latestRevisionName() + "/replicas/" + replica.name() + "/containers/"
                            + replica.containers().get(0).name() + "/logstream?follow=false&tailLines=5";
                    Reply refused = c.http.send("GET", stream, null, false);
                    Expect.that(refused.status() == 401, "a log stream without the app's token is refused: " + refused);
                    Reply read = c.http.withToken(stream, token);
                    Expect.status(read, 200);
                    Expect.that(!read.body().isBlank(), "empty log stream");
                }),
                new Case("container-apps", "the app's endpoint answers 200 once started", c -> {
                    Reply reply = c.http.send("GET", "https://" + app(c).configuration().ingress().fqdn() + "/", null, false);
                    Expect.status(reply, 200);
                }));
    }

    private static ContainerApp app(Clients c) {
        return c.apps().containerApps().getByResourceGroup(c.fixtures.inferenceGroup(), c.fixtures.inferenceOutput("ACA_APP_NAME"));
    }

    private static Replica replica(Clients c, ContainerApp app) {
        List<Replica> replicas = c.apps().containerAppsRevisionReplicas()
                .listReplicas(c.fixtures.inferenceGroup(), app.name(), app.latestRevisionName()).value();
        Expect.that(!replicas.isEmpty(), "no replicas for " + app.latestRevisionName());
        return replicas.get(0);
    }
}
