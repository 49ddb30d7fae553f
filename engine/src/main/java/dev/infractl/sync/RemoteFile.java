package dev.infractl.sync;

/**
 * What the share says about one file: its size and the Content-MD5 stored with it (base64, empty when it
 * has none). infractl sets Content-MD5 on every file it creates, so a match with a local file's MD5 means
 * the share holds exactly that file.
 */
public record RemoteFile(long size, String md5) {

    boolean matches(LocalFile file) {
        return size == file.size() && md5.equals(file.md5());
    }

    boolean matches(ManifestEntry entry) {
        return size == entry.size() && md5.equals(entry.md5());
    }
}
