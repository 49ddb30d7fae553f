package dev.infractl.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.ExitCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnvironmentSummaryTest {

    private static final List<EnvironmentOutcome> DEV_OK_PROD_FAILED = List.of(
            EnvironmentOutcome.ran("dev", ExitCode.OK, Optional.empty()),
            EnvironmentOutcome.ran("prod", ExitCode.AZURE_FAILED, Optional.of("deployment failed")));

    @Test
    void theSummaryListsEachEnvironmentsResultAndExitsWithTheWorst() {
        assertThat(EnvironmentSummary.lines(DEV_OK_PROD_FAILED)).containsExactly("Environments:",
                "  dev   ok (exit 0)", "  prod  failed (exit 1): deployment failed", "Exit 1, the worst of 2 environments.");
        assertThat(EnvironmentSummary.worst(DEV_OK_PROD_FAILED)).isEqualTo(ExitCode.AZURE_FAILED);
    }

    @Test
    void theLastNdjsonLineIsAFinishedEventWithEveryEnvironment() {
        assertThat(EnvironmentSummary.json(DEV_OK_PROD_FAILED)).isEqualTo("{\"event\":\"finished\",\"status\":\"Failed\","
                + "\"environments\":[{\"env\":\"dev\",\"status\":\"ok\",\"exitCode\":0},{\"env\":\"prod\",\"status\":"
                + "\"failed\",\"exitCode\":1,\"error\":\"deployment failed\"}],\"exitCode\":1}");
    }

    @Test
    void environmentsCheckedButNotRunSaySo() {
        List<EnvironmentOutcome> outcomes = List.of(EnvironmentOutcome.notRun("dev"),
                EnvironmentOutcome.ran("prod", ExitCode.BAD_INPUT, Optional.of("bad JSON")));

        assertThat(EnvironmentSummary.lines(outcomes)).contains("  dev   checked, not run (exit 0)");
        assertThat(EnvironmentSummary.worst(outcomes)).isEqualTo(ExitCode.BAD_INPUT);
    }
}
