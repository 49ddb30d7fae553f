package dev.infractl.emulator;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The local emulator of the parts of Azure infractl uses, over real HTTPS on 127.0.0.1: Resource Manager
 * (with Entra ID's token endpoint) on one listener, the Azure Files data plane on another, and one fake app
 * endpoint per container app. See "The local emulator" in DESIGN.md and docs/emulator-faults.md.
 */
public final class Emulator implements AutoCloseable {

    private final EmulatorSettings settings;
    private final Subscription subscription;
    private final HttpsServer arm;
    private final HttpsServer files;
    private final ExecutorService requests;
    private final Path caCertificate;
    private final String token;

    private Emulator(EmulatorSettings settings, Subscription subscription, HttpsServer arm, HttpsServer files,
                     ExecutorService requests, Path caCertificate, String token) {
        this.settings = settings;
        this.subscription = subscription;
        this.arm = arm;
        this.files = files;
        this.requests = requests;
        this.caCertificate = caCertificate;
        this.token = token;
    }

    public static Emulator start(EmulatorSettings settings) {
        Clock clock = Clock.systemUTC();
        Subscription subscription = Subscription.LOCAL;
        LoopbackTls tls = LoopbackTls.generate();
        Path caCertificate = settings.stateDir().toAbsolutePath().resolve("ca.pem");
        tls.writeCaCertificate(caCertificate);
        StateStore store = StateStore.open(settings.stateDir());
        Faults faults = Faults.read(settings.faultsFile());
        TokenIssuer tokens = new TokenIssuer(subscription.tenantId());
        String token = tokens.issue("infractl-local", clock.instant(), Duration.ofDays(365));

        ResourceGroups groups = new ResourceGroups(subscription, store, id -> { });
        List<Route> routes = new ArrayList<>();
        routes.addAll(new IdentityRoutes(tokens, clock).routes());
        routes.addAll(new SubscriptionRoutes(subscription).routes());
        routes.addAll(new ResourceGroupRoutes(subscription, store, groups).routes());

        ExecutorService requests = Executors.newCachedThreadPool(daemon("infractl-emulator-http"));
        HttpsServer arm = listen(tls, settings.port(), new ArmHandler(routes, faults, tokens, token, clock), requests);
        // The Files data plane: replace the placeholder with new files.FileServiceEmulator(keys, stateDir/files).
        HttpHandler filesHandler = new FilesPlaceholder();
        HttpsServer files = listen(tls, 0, filesHandler, requests);
        return new Emulator(settings, subscription, arm, files, requests, caCertificate, token);
    }

    public URI armEndpoint() {
        return URI.create("https://127.0.0.1:" + arm.getAddress().getPort() + "/");
    }

    public Path caCertificate() {
        return caCertificate;
    }

    public String token() {
        return token;
    }

    public String tenantId() {
        return subscription.tenantId();
    }

    public String subscriptionId() {
        return subscription.subscriptionId();
    }

    public URI filesEndpoint() {
        return URI.create("https://127.0.0.1:" + files.getAddress().getPort() + "/");
    }

    public EmulatorSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        arm.stop(0);
        files.stop(0);
        requests.shutdownNow();
    }

    static HttpsServer listen(LoopbackTls tls, int port, HttpHandler handler, ExecutorService executor) {
        try {
            HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
            server.setHttpsConfigurator(new HttpsConfigurator(tls.sslContext()));
            server.createContext("/", handler);
            server.setExecutor(executor);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
