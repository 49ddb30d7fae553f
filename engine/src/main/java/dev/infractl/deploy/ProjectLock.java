package dev.infractl.deploy;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A {@link RunLock} over an OS file lock ({@code .infractl/locks/ENV.lock}): the operating system releases it
 * when its holder dies, so a lock is never stuck; the file names the holder for the others' messages. Within
 * one JVM a second holder is refused by the JVM itself (OverlappingFileLockException) and waits the same way.
 */
public final class ProjectLock implements RunLock {

    static final Duration RETRY = Duration.ofMillis(200);

    private final Path file;
    private final LockHolder self;
    private final boolean wait;
    private final Polling polling;
    private final Consumer<Notice> notices;
    private Instant waitedSince;

    /**
     * @param wait false for {@code --no-wait-lock}: a held lock ends the run (exit 1) instead of waiting
     * @param notices told once when this run waits, and when it takes over from a holder that died
     */
    public ProjectLock(Path file, LockHolder self, boolean wait, Polling polling, Consumer<Notice> notices) {
        this.file = file;
        this.self = self;
        this.wait = wait;
        this.polling = polling;
        this.notices = notices;
    }

    @Override
    public Held acquire() {
        FileChannel channel = open();
        boolean told = false;
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    holder(channel).filter(previous -> !previous.alive())
                            .ifPresent(stale -> notices.accept(new Notice(Notice.Kind.TOOK_OVER, stale, file)));
                    write(channel, self.toJson());
                    return () -> release(channel, lock);
                }
                Optional<LockHolder> holder = holder(channel);
                if (!wait) {
                    throw new InfractlException(ExitCode.AZURE_FAILED, "another infractl run holds " + file + ": "
                            + holder.map(LockHolder::describe).orElse("a process that is just starting or ending"),
                            "wait for it to finish, or run again without --no-wait-lock to wait for it");
                }
                if (!told) {
                    notices.accept(new Notice(Notice.Kind.WAITING, holder.orElse(null), file));
                    told = true;
                    // what the holder deploys from its start on is what this run waited for
                    waitedSince = holder.map(LockHolder::started).orElse(polling.clock().instant());
                }
                pause();
            }
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    /** When the run that held the lock while this one waited for it began; empty when this one did not wait. */
    public Optional<Instant> waitedSince() {
        return Optional.ofNullable(waitedSince);
    }

    private FileChannel open() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new InfractlException(ExitCode.BAD_INPUT, "cannot open the lock file " + file + ": " + e.getMessage(),
                    "make the project's .infractl folder writable", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pause() {
        if (polling.interruption().requested()) {
            throw new InfractlException(ExitCode.INTERRUPTED, "interrupted while waiting for the lock " + file
                    + "; nothing was sent", "run the command again when the other run has finished");
        }
        try {
            polling.sleeper().sleep(RETRY);
        } catch (InterruptedException e) {
            polling.interruption().request();
        }
    }

    private static Optional<LockHolder> holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(4096, channel.size()));
            channel.read(buffer, 0);
            return LockHolder.parse(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void write(FileChannel channel, String text) {
        try {
            channel.truncate(0);
            channel.write(StandardCharsets.UTF_8.encode(text), 0);
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the file first, so that the next holder finds no one to take over from. */
    private static void release(FileChannel channel, FileLock lock) {
        if (!channel.isOpen()) {
            return;
        }
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases the lock all the same
        }
        close(channel);
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing is held through a channel that failed to close
        }
    }

    /** What a waiting run, or one that took over a dead holder's lock, should be told. */
    public record Notice(Kind kind, LockHolder holder, Path file) {

        public enum Kind { WAITING, TOOK_OVER }

        public String message() {
            String who = holder == null ? "another infractl run" : holder.describe();
            return switch (kind) {
                case WAITING -> "waiting for " + who + ", which holds " + file
                        + " (--no-wait-lock exits instead of waiting)";
                case TOOK_OVER -> "took over " + file + " from " + who + ", which is no longer running";
            };
        }
    }
}
