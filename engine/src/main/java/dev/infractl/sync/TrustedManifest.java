package dev.infractl.sync;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The manifest as far as the sync may believe it. Entries it cannot vouch for (pending from a run that did
 * not finish, dropped as malformed, or all of them when the file is unreadable) are checked against the
 * share for the local files they concern: a file whose size and Content-MD5 on the share equal the local
 * ones is unchanged, any other is uploaded. A normal run has no such entries and costs the one read.
 *
 * @param changed the manifest should be written back even when nothing is uploaded (it was repaired)
 */
record TrustedManifest(Manifest manifest, boolean changed) {

    private static final int EXAMPLES = 3;

    static TrustedManifest read(FileShare share, SyncRequest request, List<LocalFile> local, Consumer<SyncEvent> events,
                                Batch batch) {
        String manifestPath = request.remotePath(Manifest.FILE_NAME);
        Optional<byte[]> content = share.read(manifestPath, Manifest.MAX_BYTES);
        if (content.isEmpty()) {
            return new TrustedManifest(Manifest.empty(), false);
        }
        Manifest.Read read = ManifestReader.read(content.get());
        Map<String, ManifestEntry> entries = new HashMap<>(read.manifest().files());
        Map<String, LocalFile> uncertain = new HashMap<>();
        if (read.problem() != null) {
            events.accept(new SyncEvent.Warning(manifestPath, "the manifest on the share cannot be read (" + read.problem()
                    + "): set aside; each file is compared with the share's copy, and nothing on the share is deleted"
                    + " since nothing is known to be ours"));
            local.forEach(file -> uncertain.put(file.path(), file));
        } else if (!read.dropped().isEmpty()) {
            events.accept(new SyncEvent.Warning(manifestPath, read.dropped().size() + " entr"
                    + (read.dropped().size() == 1 ? "y" : "ies") + " of the manifest on the share were ignored (a path"
                    + " outside inference/, not normalised, or a malformed size or MD5), e.g. " + examples(read.dropped())
                    + "; the files they name are neither trusted nor deleted"));
            local.stream().filter(file -> read.dropped().contains(file.path())).forEach(file -> uncertain.put(file.path(), file));
        }
        local.stream().filter(file -> entries.containsKey(file.path()) && entries.get(file.path()).pending())
                .forEach(file -> uncertain.put(file.path(), file));
        Map<String, ManifestEntry> confirmed = new ConcurrentHashMap<>();
        Instant now = Instant.now();
        batch.runAll(List.copyOf(uncertain.keySet()), path -> {
            LocalFile file = uncertain.get(path);
            try {
                share.describe(request.remotePath(path)).filter(remote -> remote.matches(file)).ifPresent(remote ->
                        confirmed.put(path, new ManifestEntry(file.size(), file.md5(),
                                entries.containsKey(path) ? entries.get(path).uploadedAt() : now)));
            } catch (RuntimeException e) {
                // Unconfirmed: the file is uploaded again, which is always safe.
            }
        });
        entries.putAll(confirmed);
        return new TrustedManifest(new Manifest(entries), read.problem() != null || !read.dropped().isEmpty()
                || !confirmed.isEmpty());
    }

    /** A few of the paths, quoted with control characters escaped: they come from a file anyone could write. */
    private static String examples(List<String> paths) {
        return paths.stream().limit(EXAMPLES).map(TrustedManifest::printable).collect(Collectors.joining(", "))
                + (paths.size() > EXAMPLES ? ", ..." : "");
    }

    static String printable(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().limit(80).forEach(c -> {
            if (c < 0x20 || c == 0x7f || c == '"' || (c >= 0x80 && c < 0xa0)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append(text.codePointCount(0, text.length()) > 80 ? "...\"" : "\"").toString();
    }
}
