package dev.infractl.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The difference between the local tree and the manifest: what to upload, what to delete, how many
 * files are already there. Pure; deletions are limited to files the manifest says we uploaded and
 * never reach the protected folders.
 */
public record SyncPlan(List<LocalFile> uploads, List<String> deletes, int unchanged) {

    public static SyncPlan of(List<LocalFile> local, Manifest manifest) {
        Map<String, ManifestEntry> remote = manifest.files();
        List<LocalFile> uploads = new ArrayList<>();
        int unchanged = 0;
        for (LocalFile file : local) {
            ManifestEntry entry = remote.get(file.path());
            if (entry != null && entry.describes(file)) {
                unchanged++;
            } else {
                uploads.add(file);
            }
        }
        Set<String> localPaths = local.stream().map(LocalFile::path).collect(Collectors.toSet());
        List<String> deletes = remote.keySet().stream()
                .filter(path -> !localPaths.contains(path))
                .filter(path -> !LocalTree.isProtected(path))
                .sorted()
                .toList();
        return new SyncPlan(List.copyOf(uploads), deletes, unchanged);
    }
}
