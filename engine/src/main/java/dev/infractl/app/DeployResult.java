package dev.infractl.app;

import dev.infractl.sync.SyncSummary;
import java.net.URI;

/**
 * How a {@code deploy} (or {@code endpoint --wait}) ended, for the last line renderers print.
 *
 * @param summary what the sync did; null when it did not finish
 * @param endpoint the app's endpoint when known
 */
public record DeployResult(Status status, SyncSummary summary, URI endpoint) {

    public enum Status {
        SUCCEEDED("Succeeded"), DRY_RUN("DryRun"), FAILED("Failed"), TIMED_OUT("TimedOut"), INTERRUPTED("Interrupted"), STALLED("Stalled");

        private final String jsonName;

        Status(String jsonName) {
            this.jsonName = jsonName;
        }

        /** Spelled like provision's ARM states, so one check ({@code status == "Succeeded"}) serves both commands. */
        public String jsonName() {
            return jsonName;
        }
    }
}
