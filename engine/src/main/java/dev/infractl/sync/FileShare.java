package dev.infractl.sync;

import java.util.Optional;

/**
 * The Azure Files share as the sync sees it: paths relative to the share root, {@code /}-separated.
 * Every write lands under a temporary name first and is renamed into place, so a reader of the share
 * (the running app) sees the old file or the new one, never half of one.
 */
public interface FileShare {

    /**
     * The content of a small file, or empty when there is none; at most {@code limit} bytes, and
     * {@code limit + 1} of them when the file is longer than that.
     */
    Optional<byte[]> read(String path, int limit);

    /** Size and stored Content-MD5 of a file, or empty when there is none. */
    Optional<RemoteFile> describe(String path);

    /** Uploads a local file to {@code path} with its Content-MD5, replacing what is there. */
    void upload(LocalFile file, String path);

    /** Writes small content to {@code path}, replacing what is there. */
    void write(String path, byte[] content);

    /** Deletes a file; one that is already gone is not an error. */
    void delete(String path);

    /** HTTP requests sent so far, retries included. */
    long requests();
}
