package dev.infractl.sync;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.Problem;
import dev.infractl.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Makes a folder of the share match the local folder: reads the manifest, uploads what changed in
 * parallel, deletes what we uploaded before and is gone locally, then records the result in the
 * manifest. A file that fails keeps its previous manifest entry (the share still holds the previous
 * version, since uploads land under a temporary name), so the next run repairs it.
 */
public final class ShareSync {

    public static final String IGNORE_FILE = ".infractlignore";

    private final FileShare share;
    private final Clock clock;

    public ShareSync(FileShare share, Clock clock) {
        this.share = share;
        this.clock = clock;
    }

    public SyncSummary run(SyncRequest request, Consumer<SyncEvent> listener) {
        Consumer<SyncEvent> events = event -> {
            synchronized (this) {
                listener.accept(event);
            }
        };
        long requestsBefore = share.requests();
        Instant start = clock.instant();
        List<LocalFile> local = LocalTree.scan(request.localFolder(), ignoreRules(request.localFolder()), events);
        String manifestPath = request.remotePath(Manifest.FILE_NAME);
        Manifest manifest = share.read(manifestPath).map(content -> Manifest.parse(content).orElseGet(() -> {
            events.accept(new SyncEvent.Warning(manifestPath, "the manifest on the share cannot be read: every file"
                    + " is uploaded again, and nothing on the share is deleted since nothing is known to be ours"));
            return Manifest.empty();
        })).orElse(Manifest.empty());
        SyncPlan plan = SyncPlan.of(local, manifest);
        events.accept(new SyncEvent.Planned(plan.uploads(), plan.deletes(), plan.unchanged(), request.dryRun()));
        if (request.dryRun()) {
            return new SyncSummary(plan.uploads().size(), plan.deletes().size(), plan.unchanged(),
                    plan.uploads().stream().mapToLong(LocalFile::size).sum(), share.requests() - requestsBefore, true,
                    Duration.between(start, clock.instant()));
        }
        Map<String, ManifestEntry> entries = new ConcurrentHashMap<>(manifest.files());
        List<Problem> failures = Collections.synchronizedList(new ArrayList<>());
        List<InfractlException> errors = Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, request.parallelism()));
        List<Future<?>> work = new ArrayList<>();
        AtomicInteger uploaded = new AtomicInteger();
        AtomicInteger deleted = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        try {
            for (LocalFile file : plan.uploads()) {
                work.add(workers.submit(() -> attempt(file.path(), events, failures, errors, () -> {
                    share.upload(file, request.remotePath(file.path()));
                    entries.put(file.path(), new ManifestEntry(file.size(), file.md5(), clock.instant()));
                    uploaded.incrementAndGet();
                    bytes.addAndGet(file.size());
                    events.accept(new SyncEvent.Uploaded(file.path(), file.size()));
                })));
            }
            for (String path : plan.deletes()) {
                work.add(workers.submit(() -> attempt(path, events, failures, errors, () -> {
                    share.delete(request.remotePath(path));
                    entries.remove(path);
                    deleted.incrementAndGet();
                    events.accept(new SyncEvent.Deleted(path));
                })));
            }
            awaitAll(work);
        } finally {
            workers.shutdownNow();
        }
        if (uploaded.get() > 0 || deleted.get() > 0) {
            share.write(manifestPath, new Manifest(entries).toJson());
        }
        if (!failures.isEmpty()) {
            ExitCode code = errors.stream().map(InfractlException::exitCode).filter(c -> c == ExitCode.AUTHENTICATION)
                    .findFirst().orElse(ExitCode.AZURE_FAILED);
            throw new InfractlException(code, List.copyOf(failures));
        }
        return new SyncSummary(uploaded.get(), deleted.get(), plan.unchanged(), bytes.get(),
                share.requests() - requestsBefore, false, Duration.between(start, clock.instant()));
    }

    private static void attempt(String path, Consumer<SyncEvent> events, List<Problem> failures,
                                List<InfractlException> errors, Runnable action) {
        try {
            action.run();
        } catch (InfractlException e) {
            errors.add(e);
            record(path, e.getMessage(), e.problems().isEmpty() ? null : e.problems().get(0).hint(), events, failures);
        } catch (RuntimeException e) {
            record(path, e.toString(), null, events, failures);
        }
    }

    private static void record(String path, String message, String hint, Consumer<SyncEvent> events, List<Problem> failures) {
        events.accept(new SyncEvent.Failed(path, message));
        failures.add(Problem.of(path + ": " + message, null,
                hint != null ? hint : "run deploy again: files that failed are retried, the rest are skipped"));
    }

    private static void awaitAll(List<Future<?>> work) {
        for (Future<?> future : work) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InfractlException(ExitCode.INTERRUPTED, "deploy was interrupted during the upload",
                        "run deploy again: files already uploaded are skipped");
            } catch (ExecutionException e) {
                throw new IllegalStateException("attempt() catches every failure", e.getCause());
            }
        }
    }

    private static IgnoreRules ignoreRules(Path folder) {
        Path file = folder.resolve(IGNORE_FILE);
        try {
            return IgnoreRules.parse(Files.isRegularFile(file) ? Files.readAllLines(file) : List.of());
        } catch (IOException e) {
            throw InfractlException.badInput("cannot read " + file + ": " + e.getMessage(),
                    SourceLocation.of(file), "check the file's permissions");
        }
    }
}
