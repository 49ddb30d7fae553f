package dev.infractl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExitCodeTest {

    @Test
    void aFailureInOneEnvironmentOutweighsTheOthersSucceedingOrStillRunning() {
        assertThat(ExitCode.worst(List.of(ExitCode.OK, ExitCode.AZURE_FAILED, ExitCode.TIMED_OUT)))
                .isEqualTo(ExitCode.AZURE_FAILED);
    }

    @Test
    void amongFailuresAuthenticationThenBadInputThenAzureRefused() {
        assertThat(ExitCode.worst(List.of(ExitCode.AZURE_FAILED, ExitCode.BAD_INPUT))).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(ExitCode.worst(List.of(ExitCode.BAD_INPUT, ExitCode.AUTHENTICATION))).isEqualTo(ExitCode.AUTHENTICATION);
    }

    @Test
    void leftRunningOutweighsPlannedChangesAndInterruptedOutweighsTimedOut() {
        assertThat(ExitCode.worst(List.of(ExitCode.CHANGES_PRESENT, ExitCode.TIMED_OUT))).isEqualTo(ExitCode.TIMED_OUT);
        assertThat(ExitCode.worst(List.of(ExitCode.TIMED_OUT, ExitCode.INTERRUPTED))).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(ExitCode.worst(List.of(ExitCode.OK, ExitCode.CHANGES_PRESENT))).isEqualTo(ExitCode.CHANGES_PRESENT);
    }

    @Test
    void noEnvironmentsAtAllIsOkAndAnUnknownNumberCountsAsRefused() {
        assertThat(ExitCode.worst(List.of())).isEqualTo(ExitCode.OK);
        assertThat(ExitCode.of(2)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(ExitCode.of(42)).isEqualTo(ExitCode.AZURE_FAILED);
    }
}
