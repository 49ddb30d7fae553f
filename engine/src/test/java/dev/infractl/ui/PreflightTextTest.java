package dev.infractl.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.preflight.CheckResult;
import dev.infractl.preflight.PreflightReport;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreflightTextTest {

    private static final CheckResult NAME = CheckResult.passed("storage-name", "storage account name st1 is available");
    private static final CheckResult QUOTA = CheckResult.unchecked("gpu-quota",
            "reading Container Apps usages in westus3 failed: not found (/subscriptions/s/providers/Microsoft.App/"
                    + "locations/westus3/usages)", "run again with --verbose to see the requests");

    @Test
    void aPreflightThatCheckedEverythingSaysSoInOneLine() {
        PreflightReport report = new PreflightReport(List.of(NAME), List.of(), Duration.ofMillis(300));

        assertThat(PreflightText.passed(report)).isEqualTo("Preflight: 1 checks passed in 0.3s.");
    }

    @Test
    void checksResourceManagerCouldNotAnswerAreCountedApartInTheLineAndMarkedInTheListAndJson() {
        PreflightReport report = new PreflightReport(List.of(NAME, QUOTA), List.of(), Duration.ofMillis(300));

        assertThat(PreflightText.passed(report)).startsWith("Preflight: 1 checks passed, 1 not checked in 0.3s")
                .contains("Resource Manager did not answer").endsWith("`infractl plan` lists why).");
        assertThat(PreflightText.lines(report)).anySatisfy(line -> assertThat(line).startsWith("  n/a   gpu-quota"));
        assertThat(PreflightText.checks(report).get(1).get("checked").asBoolean()).isFalse();
        assertThat(PreflightText.checks(report).get(0).get("checked").asBoolean()).isTrue();
    }
}
