package dev.infractl.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiveTableTest {

    private final Captured captured = new Captured();

    @Test
    void rowsAreRedrawnInPlaceWithKindNameStateAndElapsed() {
        LiveTable table = new LiveTable(captured.out, captured.err, false);
        SampleRun.succeeded().forEach(table::on);

        String err = captured.err();
        assertThat(err).contains("\u001b[2K  storage account             stx                              Running    0ms\n")
                .contains("\u001b[2K  storage account             stx                              Running    250ms\n")
                .contains("\u001b[1F")
                .contains("\u001b[2F\u001b[2K  storage account             stx                              Succeeded  1s\n"
                        + "\u001b[2K  container app               app-x                            Succeeded  0ms\n")
                .endsWith("Deployment inference-20261125-140000 Succeeded in 1s.\n")
                .doesNotContain("\u001b[32m");
        assertThat(captured.out()).contains("ACA_APP_ENDPOINT  https://app-x.example");
    }

    @Test
    void statesAreColouredUnlessNoColor() {
        LiveTable table = new LiveTable(captured.out, captured.err, true);
        SampleRun.succeeded().forEach(table::on);

        assertThat(captured.err()).contains("\u001b[33mRunning   \u001b[0m").contains("\u001b[32mSucceeded \u001b[0m");
    }

    @Test
    void aFailedRowIsRedAndTheFailureFollowsTheTable() {
        LiveTable table = new LiveTable(captured.out, captured.err, true);
        SampleRun.failed().forEach(table::on);

        assertThat(captured.err()).contains("\u001b[31mFailed    \u001b[0m 2s")
                .contains("SubscriptionNCA100Gpus: Not enough NCA100 GPU quota").contains("hint: ");
    }
}
