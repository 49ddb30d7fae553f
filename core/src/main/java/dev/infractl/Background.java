package dev.infractl;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** A read run beside the foreground's work, so that round trips overlap; on a daemon, never keeping the process up. */
public final class Background {

    private Background() {
    }

    public static <T> CompletableFuture<T> supply(String name, Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The result, or what the call threw, as it threw it. */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
