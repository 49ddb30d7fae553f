package dev.infractl.exec;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.commons.exec.ProcessDestroyer;

/**
 * Kills a program and every process it started once the timeout passes. Commons Exec's own watchdog
 * kills only the program: a killed {@code az} would leave its {@code bicep} child running and holding the
 * output pipes open. Commons Exec hands each launched process to its {@link ProcessDestroyer}, which is how
 * this class gets hold of it.
 */
final class ProcessTreeTimeout implements ProcessDestroyer, AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "infractl-process-timeout");
        thread.setDaemon(true);
        return thread;
    });
    private Process process;
    private boolean expired;

    ProcessTreeTimeout(Duration timeout) {
        timer.schedule(this::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    synchronized boolean expired() {
        return expired;
    }

    @Override
    public synchronized boolean add(Process launched) {
        process = launched;
        if (expired) {
            killTree(launched);
        }
        return true;
    }

    @Override
    public synchronized boolean remove(Process finished) {
        process = null;
        return true;
    }

    @Override
    public synchronized int size() {
        return process == null ? 0 : 1;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private synchronized void expire() {
        expired = true;
        if (process != null) {
            killTree(process);
        }
    }

    private static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
