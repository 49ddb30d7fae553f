package dev.infractl.sync;

import java.nio.file.Path;

/**
 * One file of the local tree: its path relative to the synced folder, where it is on disk, its size
 * and its MD5 (base64, as Azure's Content-MD5 carries it).
 */
public record LocalFile(String path, Path source, long size, String md5) {
}
