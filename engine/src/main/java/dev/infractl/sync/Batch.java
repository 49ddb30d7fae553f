package dev.infractl.sync;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs one action per path on a few threads and collects what failed: a failure is reported as a
 * {@link SyncEvent.Failed} and does not stop the others.
 */
final class Batch implements AutoCloseable {

    interface Action {
        void run(String path);
    }

    private final ExecutorService workers;
    private final Consumer<SyncEvent> events;
    private final List<Problem> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<InfractlException> errors = Collections.synchronizedList(new ArrayList<>());

    Batch(int parallelism, Consumer<SyncEvent> events) {
        this.workers = Executors.newFixedThreadPool(Math.max(1, parallelism));
        this.events = events;
    }

    void runAll(List<String> paths, Action action) {
        List<Future<?>> work = new ArrayList<>();
        for (String path : paths) {
            work.add(workers.submit(() -> attempt(path, action)));
        }
        for (Future<?> future : work) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InfractlException(ExitCode.INTERRUPTED, "deploy was interrupted during the upload",
                        "run deploy again: files already uploaded are skipped");
            } catch (ExecutionException e) {
                throw new IllegalStateException("attempt() catches every failure", e.getCause());
            }
        }
    }

    /** Throws one error naming every path that failed, if any did. */
    void throwIfFailed() {
        if (!failures.isEmpty()) {
            ExitCode code = errors.stream().map(InfractlException::exitCode).filter(c -> c == ExitCode.AUTHENTICATION)
                    .findFirst().orElse(ExitCode.AZURE_FAILED);
            throw new InfractlException(code, List.copyOf(failures));
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private void attempt(String path, Action action) {
        try {
            action.run(path);
        } catch (InfractlException e) {
            errors.add(e);
            record(path, e.getMessage(), e.problems().isEmpty() ? null : e.problems().get(0).hint());
        } catch (RuntimeException e) {
            record(path, e.toString(), null);
        }
    }

    private void record(String path, String message, String hint) {
        events.accept(new SyncEvent.Failed(path, message));
        failures.add(Problem.of(path + ": " + message, null,
                hint != null ? hint : "run deploy again: files that failed are retried, the rest are skipped"));
    }
}
