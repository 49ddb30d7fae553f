package dev.infractl.cli;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.app.AppEvent;
import dev.infractl.app.DeployResult;
import dev.infractl.app.DeployResult.Status;
import dev.infractl.app.StartupOutcome;
import dev.infractl.sync.SyncSummary;
import dev.infractl.ui.DeployView;
import dev.infractl.ui.Durations;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** The end of waiting for the app, shared by deploy and endpoint --wait: the last line and the exit code. */
final class EndpointWait {

    private EndpointWait() {
    }

    static int finish(StartupOutcome outcome, Optional<AppEvent.Stalled> stall, SyncSummary summary, URI endpoint,
                      Duration timeout, DeployView view) {
        switch (outcome) {
            case READY, NOT_WAITED -> {
                view.finished(new DeployResult(Status.SUCCEEDED, summary, endpoint));
                return ExitCode.OK.code();
            }
            case TIMED_OUT -> {
                view.finished(new DeployResult(Status.TIMED_OUT, summary, endpoint));
                throw new InfractlException(ExitCode.TIMED_OUT, endpoint + " did not answer 200 within "
                        + Durations.limit(timeout), "a GPU replica can take 20 minutes to start; the app keeps"
                        + " starting: wait again with `infractl endpoint --wait`");
            }
            case STALLED -> {
                view.finished(new DeployResult(Status.STALLED, summary, endpoint));
                AppEvent.Stalled first = stall.orElseThrow();
                throw new InfractlException(ExitCode.AZURE_FAILED, "replica " + first.replica() + " made no progress "
                        + first.stage().display() + " for longer than " + Durations.limit(first.limit())
                        + "; as `infractl stop` does, the app's minimum is now 0 replicas: Container Apps removes the stalled"
                        + " replica when it scales in (after its cool-down), and the GPU meter stops then",
                        first.stage().action() + "; then `infractl start` and `infractl endpoint --wait`");
            }
            default -> {
                view.finished(new DeployResult(Status.INTERRUPTED, summary, endpoint));
                throw new InfractlException(ExitCode.INTERRUPTED, "stopped waiting for " + endpoint,
                        "the app keeps starting; `infractl endpoint --wait` waits again");
            }
        }
    }
}
