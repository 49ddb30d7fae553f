package dev.infractl.app;

import dev.infractl.deploy.Polling;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Reads several log streams at once (one per replica), merging their lines as they come, each tagged with its
 * replica. A stream that drops while following is opened again (without its tail, so no line repeats) after a
 * short back-off, with a notice; Ctrl-C closes every stream and returns.
 */
public final class LogTail {

    static final List<Duration> BACK_OFF = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(10));
    static final int GIVE_UP_AFTER = 6;

    private final LogSource source;
    private final Polling polling;
    private final Set<LogSource.Connection> open = ConcurrentHashMap.newKeySet();

    public LogTail(LogSource source, Polling polling) {
        this.source = source;
        this.polling = polling;
    }

    public void run(LogRequest request, Consumer<LogEvent> listener) {
        Consumer<LogEvent> events = event -> {
            synchronized (this) {
                listener.accept(event);
            }
        };
        List<LogSource.Target> targets = source.targets(request);
        if (targets.isEmpty()) {
            events.accept(new LogEvent.NoStreams(request.replica() != null ? "no replica named " + request.replica()
                    : "no replica is running: the app is scaled to zero or still assigning one (`infractl start`)"));
            return;
        }
        List<Thread> readers = new ArrayList<>();
        for (LogSource.Target target : targets) {
            Thread reader = new Thread(() -> read(target, request, events), "infractl-logs-" + target.label());
            reader.setDaemon(true);
            reader.start();
            readers.add(reader);
        }
        try {
            while (readers.stream().anyMatch(Thread::isAlive) && !polling.interruption().requested()) {
                polling.sleeper().sleep(Duration.ofMillis(200));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        open.forEach(LogSource.Connection::close);
        for (Thread reader : readers) {
            try {
                reader.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void read(LogSource.Target target, LogRequest request, Consumer<LogEvent> events) {
        int tail = request.tail();
        int failures = 0;
        boolean reconnecting = false;
        while (!polling.interruption().requested()) {
            String reason;
            try (LogSource.Connection connection = source.open(target, request.follow(), tail)) {
                open.add(connection);
                if (reconnecting) {
                    events.accept(new LogEvent.Reconnected(target.label()));
                    reconnecting = false;
                }
                failures = 0;
                Optional<String> line;
                while ((line = connection.next()).isPresent()) {
                    events.accept(new LogEvent.Line(target.label(), line.get()));
                }
                open.remove(connection);
                if (!request.follow()) {
                    return;
                }
                reason = "the stream ended";
            } catch (IOException | RuntimeException e) {
                reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            if (polling.interruption().requested() || !request.follow()) {
                return;
            }
            failures++;
            if (failures >= GIVE_UP_AFTER) {
                events.accept(new LogEvent.GaveUp(target.label(), reason));
                return;
            }
            Duration wait = BACK_OFF.get(Math.min(failures - 1, BACK_OFF.size() - 1));
            events.accept(new LogEvent.Dropped(target.label(), reason, wait.toSeconds()));
            reconnecting = true;
            tail = 0;
            try {
                polling.sleeper().sleep(wait);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
