package dev.infractl.app;

import dev.infractl.InfractlException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The environment's latest system events for the app (its log stream's eventstream), told to the user beside a
 * stall: in Azure's own words, why a replica does not move on. Where the stream cannot be read, there are none.
 */
@FunctionalInterface
public interface SystemEvents {

    SystemEvents NONE = count -> List.of();

    /** The last {@code count} events, oldest first; empty when the stream is not available. */
    List<String> recent(int count);

    static SystemEvents of(LogSource source) {
        return count -> {
            List<String> lines = new ArrayList<>();
            try {
                for (LogSource.Target target : source.targets(new LogRequest(false, true, count, null, null))) {
                    try (LogSource.Connection stream = source.open(target, false, count)) {
                        for (Optional<String> line = stream.next(); line.isPresent(); line = stream.next()) {
                            lines.add(line.get());
                        }
                    }
                }
            } catch (IOException | InfractlException e) {
                return List.of(); // the stall is reported all the same
            }
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        };
    }
}
