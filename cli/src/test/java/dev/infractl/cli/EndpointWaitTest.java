package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infractl.InfractlException;
import dev.infractl.app.AppEvent;
import dev.infractl.app.DeployResult;
import dev.infractl.app.StartupOutcome;
import dev.infractl.sync.SyncEvent;
import dev.infractl.ui.DeployView;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EndpointWaitTest {

    private final DeployView quiet = new DeployView() {
        @Override
        public void sync(SyncEvent event) {
        }

        @Override
        public void app(AppEvent event) {
        }

        @Override
        public void finished(DeployResult result) {
        }
    };

    @Test
    void aOneSecondTimeoutIsReportedAsOneSecondNotZeroMinutes() {
        assertThatThrownBy(() -> EndpointWait.finish(StartupOutcome.TIMED_OUT, Optional.empty(), null, URI.create("https://app.example"),
                Duration.ofSeconds(1), quiet))
                .isInstanceOfSatisfying(InfractlException.class, e -> assertThat(e.getMessage())
                        .contains("did not answer 200 within 1s").doesNotContain("0 min"));
    }
}
