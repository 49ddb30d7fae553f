package dev.infractl.sync;

import dev.infractl.InfractlException;
import dev.infractl.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes a folder of the share match the local folder: reads the manifest, uploads what changed in
 * parallel, deletes what we uploaded before and is gone locally, then records the result in the
 * manifest. Before the first upload the manifest marks the files about to change as pending, so a run
 * killed half-way leaves a manifest that says which entries it cannot vouch for; the next run asks the
 * share for their size and Content-MD5 instead of believing them ({@link TrustedManifest}).
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
        try {
            return sync(request, events, requestsBefore);
        } catch (RuntimeException e) {
            events.accept(new SyncEvent.Stopped(share.requests() - requestsBefore));
            throw e;
        }
    }

    private SyncSummary sync(SyncRequest request, Consumer<SyncEvent> events, long requestsBefore) {
        Instant start = clock.instant();
        List<LocalFile> local = LocalTree.scan(request.localFolder(), ignoreRules(request.localFolder()), events);
        String manifestPath = request.remotePath(Manifest.FILE_NAME);
        try (Batch batch = new Batch(request.parallelism(), events)) {
            TrustedManifest trusted = TrustedManifest.read(share, request, local, events, batch);
            Manifest manifest = trusted.manifest();
            SyncPlan plan = SyncPlan.of(local, manifest);
            events.accept(new SyncEvent.Planned(plan.uploads(), plan.deletes(), plan.unchanged(), request.dryRun()));
            if (request.dryRun()) {
                return new SyncSummary(plan.uploads().size(), plan.deletes().size(), plan.unchanged(),
                        plan.uploads().stream().mapToLong(LocalFile::size).sum(), share.requests() - requestsBefore, true,
                        Duration.between(start, clock.instant()));
            }
            Map<String, ManifestEntry> entries = new ConcurrentHashMap<>(manifest.files());
            Instant now = clock.instant();
            plan.uploads().forEach(file -> entries.put(file.path(), new ManifestEntry(file.size(), file.md5(), now, true)));
            if (!plan.uploads().isEmpty()) {
                share.write(manifestPath, new Manifest(entries).toJson());
            }
            AtomicInteger uploaded = new AtomicInteger();
            AtomicInteger deleted = new AtomicInteger();
            AtomicLong bytes = new AtomicLong();
            Map<String, LocalFile> byPath = plan.uploads().stream().collect(Collectors.toMap(LocalFile::path, Function.identity()));
            batch.runAll(List.copyOf(byPath.keySet()), path -> {
                LocalFile file = byPath.get(path);
                share.upload(file, request.remotePath(path));
                entries.put(path, new ManifestEntry(file.size(), file.md5(), clock.instant()));
                uploaded.incrementAndGet();
                bytes.addAndGet(file.size());
                events.accept(new SyncEvent.Uploaded(path, file.size()));
            });
            batch.runAll(plan.deletes(), path -> {
                if (deleteIfOurs(request.remotePath(path), entries.get(path), path, events)) {
                    deleted.incrementAndGet();
                    events.accept(new SyncEvent.Deleted(path));
                }
                entries.remove(path);
            });
            if (!plan.uploads().isEmpty() || !plan.deletes().isEmpty() || trusted.changed()) {
                share.write(manifestPath, new Manifest(entries).toJson());
            }
            batch.throwIfFailed();
            return new SyncSummary(uploaded.get(), deleted.get(), plan.unchanged(), bytes.get(),
                    share.requests() - requestsBefore, false, Duration.between(start, clock.instant()));
        }
    }

    /**
     * Deletes a file the manifest lists only when the share still holds what we uploaded there (same size and
     * Content-MD5): a file the app replaced since, or one a forged entry names, stays.
     */
    private boolean deleteIfOurs(String remotePath, ManifestEntry entry, String path, Consumer<SyncEvent> events) {
        var remote = share.describe(remotePath);
        if (remote.isEmpty()) {
            return false;
        }
        if (!remote.get().matches(entry)) {
            events.accept(new SyncEvent.Warning(path, "left on the share: it is gone locally, but the share's copy is"
                    + " not the one deploy uploaded (size or MD5 differ), so it is not deploy's to delete"));
            return false;
        }
        share.delete(remotePath);
        return true;
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
