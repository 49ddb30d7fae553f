package dev.infractl.sync;

import java.nio.file.Path;

/**
 * What to sync: a local folder to a folder of the share of the same name ({@code inference/} to
 * {@code inference/}; the share root mirrors the project root and is mounted at /mount).
 *
 * @param parallelism how many files upload at once
 */
public record SyncRequest(Path localFolder, String remoteFolder, boolean dryRun, int parallelism) {

    public static final int DEFAULT_PARALLELISM = 8;

    public String remotePath(String relative) {
        return remoteFolder + "/" + relative;
    }
}
