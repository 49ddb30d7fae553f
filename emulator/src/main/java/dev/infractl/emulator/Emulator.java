package dev.infractl.emulator;

import com.sun.net.httpserver.HttpHandler;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.SourceLocation;
import dev.infractl.emulator.files.FileServiceEmulator;
import dev.infractl.emulator.files.FilesListener;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * The local emulator of the parts of Azure infractl uses, over real HTTPS on 127.0.0.1: Resource Manager
 * (with Entra ID's token endpoint) on one listener, the Azure Files data plane on another, and one fake app
 * endpoint per container app. See "The local emulator" in DESIGN.md and docs/emulator.md.
 */
public final class Emulator implements LocalAzure {

    private static final String NO_DELAY = "sun.net.httpserver.nodelay";
    /** How long a second process waits for the one whose emulator holds the state folder (a deployment takes seconds). */
    private static final Duration LOCK_WAIT = Duration.ofMinutes(2);

    private final EmulatorSettings settings;
    private final Subscription subscription;
    private final List<AutoCloseable> parts;
    private final HttpsServer arm;
    private final FilesListener files;
    private final Path caCertificate;
    private final String token;
    private final StorageAccountKeys storageKeys;

    private Emulator(EmulatorSettings settings, Subscription subscription, List<AutoCloseable> parts, HttpsServer arm,
                     FilesListener files, Path caCertificate, String token, StorageAccountKeys storageKeys) {
        this.settings = settings;
        this.subscription = subscription;
        this.parts = parts;
        this.arm = arm;
        this.files = files;
        this.caCertificate = caCertificate;
        this.token = token;
        this.storageKeys = storageKeys;
    }

    /**
     * Starts an emulator on the state folder once no other emulator holds it (waiting for one that does); the
     * faults file is read first, so a bad one fails before the folder is touched.
     */
    public static Emulator start(EmulatorSettings settings) {
        Faults faults = Faults.read(settings.faultsFile());
        return (Emulator) whenFree(settings, faults, false);
    }

    /**
     * Like {@link #start}, except that while a joinable emulator (the {@code emulator} command) holds the state
     * folder, this uses that one instead of waiting: one writer per folder, always.
     */
    public static LocalAzure startOrJoin(EmulatorSettings settings) {
        Faults faults = Faults.read(settings.faultsFile());
        return whenFree(settings, faults, true);
    }

    private static LocalAzure whenFree(EmulatorSettings settings, Faults faults, boolean mayJoin) {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        while (true) {
            Optional<StateFolderLock> lock = unwritable(settings, () -> StateFolderLock.tryTake(settings.stateDir()));
            if (lock.isPresent()) {
                try {
                    return unwritable(settings, () -> start(settings, faults, lock.get()));
                } catch (RuntimeException e) {
                    lock.get().close();
                    throw e;
                }
            }
            if (mayJoin) {
                Optional<LocalAzure> joined = RunningEndpoint.join(settings.stateDir());
                if (joined.isPresent()) {
                    return joined.get();
                }
            }
            if (System.nanoTime() > deadline) {
                throw new InfractlException(ExitCode.TIMED_OUT, "another infractl process has been using the emulator"
                        + " state folder " + settings.stateDir() + " for over " + LOCK_WAIT.toMinutes() + " minutes",
                        "wait for it to finish, stop it, or give this one another folder (--state DIR)");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the emulator state folder " + settings.stateDir());
            }
        }
    }

    /** A state folder that cannot be written or read is the user's to fix: exit 2, with where and how. */
    private static <T> T unwritable(EmulatorSettings settings, Supplier<T> step) {
        try {
            return step.get();
        } catch (UncheckedIOException e) {
            throw InfractlException.badInput("cannot write the emulator state folder: " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause() + ")"), SourceLocation.of(settings.stateDir()),
                    "make the folder writable, or give the emulator another one (--state DIR)");
        } catch (IllegalStateException e) {
            throw InfractlException.badInput(e.getMessage(), SourceLocation.of(settings.stateDir()),
                    "delete the state folder to start afresh, or give the emulator another one (--state DIR)");
        }
    }

    private static Emulator start(EmulatorSettings settings, Faults faults, StateFolderLock lock) {
        Clock clock = Clock.systemUTC();
        Subscription subscription = Subscription.LOCAL;
        Path stateDir = settings.stateDir().toAbsolutePath();
        RunningEndpoint.withdraw(stateDir); // a process killed while it ran left its endpoint behind
        StateStore store = StateStore.open(settings.stateDir());
        LoopbackTls tls = SavedTls.in(stateDir, clock.instant());
        Path caCertificate = stateDir.resolve(SavedTls.CA_FILE);
        TokenIssuer tokens = new TokenIssuer(subscription.tenantId(), store.secret());
        String token = tokens.issue("infractl-local", clock.instant(), Duration.ofDays(365));
        List<AutoCloseable> parts = new ArrayList<>();
        ExecutorService requests = Executors.newCachedThreadPool(daemon("infractl-emulator-http"));
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, daemon("infractl-emulator-deploy"));
        parts.add(requests::shutdownNow);
        parts.add(scheduler::shutdownNow);

        ContainerApps apps = new ContainerApps(store, clock, ReplicaStages.of(faults.replicaStartup(), settings.speed(),
                settings.appStartup()));
        AppEndpoints appEndpoints = new AppEndpoints(tls, requests, apps::served);
        LogStreams logStreams = new LogStreams(tls, requests, faults, store, clock, apps.stages());
        apps.attach(appEndpoints, logStreams);
        parts.add(appEndpoints);
        parts.add(logStreams);
        AccountKeys keys = new AccountKeys(store, clock);

        StorageAccountKeys storageKeys = new StoredAccountKeys(store, keys);
        FileServiceEmulator filesHandler = new FileServiceEmulator(storageKeys, settings.stateDir().resolve("files"));
        FilesListener files = FilesListener.serve(filesHandler, loopbackSocket(tls), requests);
        parts.add(files);
        Resources resources = new Resources(store, new ComputedProperties(files.port(), clock,
                subscription.tenantId()), apps, keys,
                filesHandler);

        ResourceGroups groups = new ResourceGroups(subscription, store, id -> {
            if (ResourceId.parse(id).isType(ContainerApps.TYPE)) {
                apps.deleted(id);
            }
        }, clock);
        GpuQuota quota = new GpuQuota(faults, store);
        GlobalNames globalNames = new GlobalNames(store, faults.account());
        PutChecks checks = new PutChecks(globalNames);
        ScopeTags scopeTags = new ScopeTags(subscription, store, groups, resources);
        DeploymentRun.Context context = new DeploymentRun.Context(resources, groups,
                new DeploymentRecords(store, new SealedValues(store.secret())), faults, quota,
                new SimulatedDurations(settings.speed()), scheduler, clock, subscription.subscriptionId(), checks, scopeTags);
        Deployments deployments = new Deployments(subscription, groups, context.records(), context);

        List<Route> routes = new ArrayList<>();
        routes.addAll(new IdentityRoutes(tokens, clock).routes());
        routes.addAll(new SubscriptionRoutes(subscription).routes());
        routes.addAll(new ProviderRoutes(subscription, quota, faults.account().unregisteredProviders(),
                resources::types).routes());
        routes.addAll(new AccountRoutes(subscription, globalNames, groups, faults.account()).routes());
        routes.addAll(new PriceRoutes().routes());
        routes.addAll(new TagRoutes(subscription, scopeTags).routes());
        routes.addAll(new TagNameRoutes(subscription, store, scopeTags).routes());
        routes.addAll(new ResourceGroupRoutes(subscription, store, groups, new GroupExport(resources)).routes());
        routes.addAll(new ResourceListRoutes(subscription, store, groups, resources).routes());
        routes.addAll(new DeploymentRoutes(subscription, deployments, pollInterval(settings.speed()), clock).routes());
        routes.addAll(new RevisionRoutes(subscription, groups, resources, apps).routes());
        routes.addAll(new ResourceRoutes(subscription, groups, resources, checks).routes());
        HttpsServer arm;
        try {
            arm = listen(tls, settings.port(), new ArmHandler(routes, faults, tokens, token, clock,
                    settings.requestLog()), requests);
        } catch (UncheckedIOException portTaken) {
            closeAll(parts);
            throw new InfractlException(ExitCode.BAD_INPUT, portTaken.getMessage(),
                    "choose another --port (1 to 65535), or 0 for any free port", portTaken);
        }
        parts.add(0, () -> arm.stop(0));

        apps.reopenAll();
        deployments.resumeInterrupted();
        parts.add(store);
        parts.add(lock);
        Emulator emulator = new Emulator(settings, subscription, parts, arm, files, caCertificate, token, storageKeys);
        if (settings.joinable()) {
            RunningEndpoint.publish(stateDir, emulator.armEndpoint(), emulator.filesEndpoint());
            parts.add(0, () -> RunningEndpoint.withdraw(stateDir));
        }
        return emulator;
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
        return URI.create("https://127.0.0.1:" + files.port() + "/");
    }

    public StorageAccountKeys storageAccountKeys() {
        return storageKeys;
    }

    public EmulatorSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        closeAll(parts);
    }

    /** Parts close in order: the listeners first, the state folder's store and lock last. */
    private static void closeAll(List<AutoCloseable> parts) {
        for (AutoCloseable part : parts) {
            try {
                part.close();
            } catch (Exception e) {
                // closing the rest matters more than one part that failed to stop
            }
        }
    }

    static HttpsServer listen(LoopbackTls tls, int port, HttpHandler handler, ExecutorService executor) {
        disableNagle();
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

    /** A TLS socket on a free loopback port for the Files listener, which reads its requests itself. */
    private static ServerSocket loopbackSocket(LoopbackTls tls) {
        try {
            return tls.sslContext().getServerSocketFactory().createServerSocket(0, 64, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    /**
     * The JDK's server writes a response's headers and body separately and leaves Nagle's algorithm on unless
     * told otherwise, so on loopback the body waits for the client's delayed ACK: about 40 ms per request. The
     * setting is read once, when the first server of the process starts; one set on the command line wins.
     */
    private static void disableNagle() {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    /**
     * How soon clients should poll a running deployment: Retry-After says 1 s (its smallest whole value), the
     * millisecond header that azure-core prefers says a tenth of a second at speed 1, less when faster.
     */
    private static long pollInterval(double speed) {
        return Math.max(10, Math.min(1000, Math.round(100 / speed)));
    }

    static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
