package dev.infractl.app;

import dev.infractl.sync.SyncSummary;
import java.net.URI;
import java.util.Locale;

/**
 * How a {@code deploy} (or {@code endpoint --wait}) ended, for the last line renderers print.
 *
 * @param summary what the sync did; null when it did not finish
 * @param endpoint the app's endpoint when known
 */
public record DeployResult(Status status, SyncSummary summary, URI endpoint) {

    public enum Status {
        SUCCEEDED, DRY_RUN, FAILED, TIMED_OUT, INTERRUPTED;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
