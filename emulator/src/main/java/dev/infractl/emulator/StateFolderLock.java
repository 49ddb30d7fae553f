package dev.infractl.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OS lock that makes one emulator the only writer of a state folder: held on {@code lock} in the folder for
 * the emulator's life, released by the OS when its process dies. An emulator of the same process counts as a
 * holder too (the JVM refuses a second lock on one file).
 */
final class StateFolderLock implements AutoCloseable {

    static final String FILE = "lock";

    /**
     * Folders locked by this process. Linux drops a process's lock on a file when any of its descriptors of that file
     * closes, so a second emulator of the same process must not even open the lock file: this set keeps it away.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private StateFolderLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock when no one holds it; empty while another emulator does. */
    static Optional<StateFolderLock> tryTake(Path stateDir) {
        Path folder;
        try {
            folder = Files.createDirectories(stateDir).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the emulator state folder " + stateDir + ": " + e, e);
        }
        if (!HELD_HERE.add(folder)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new StateFolderLock(folder, channel, lock));
            }
        } catch (OverlappingFileLockException heldHere) {
            // cannot happen while HELD_HERE guards the file; treated as held all the same
        } catch (IOException e) {
            HELD_HERE.remove(folder);
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock the emulator state folder " + stateDir + ": " + e, e);
        }
        closeQuietly(channel);
        HELD_HERE.remove(folder);
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it as well
        }
        closeQuietly(channel);
        HELD_HERE.remove(folder);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // nothing was written through it
        }
    }
}
