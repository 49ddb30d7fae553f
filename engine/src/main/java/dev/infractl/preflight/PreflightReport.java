package dev.infractl.preflight;

import java.time.Duration;
import java.util.List;

/**
 * Every check's result, and where the GPU profile would fit when the region or its quota does not.
 *
 * @param suggestions best first (most free GPUs); empty when the region and quota are fine
 * @param elapsed     wall time of the whole preflight
 */
public record PreflightReport(List<CheckResult> checks, List<RegionFit> suggestions, Duration elapsed) {

    public PreflightReport {
        checks = List.copyOf(checks);
        suggestions = List.copyOf(suggestions);
    }

    public static PreflightReport skipped() {
        return new PreflightReport(List.of(), List.of(), Duration.ZERO);
    }

    public boolean ok() {
        return checks.stream().allMatch(CheckResult::ok);
    }

    /** The checks Resource Manager could not answer; they pass, and are named so that nobody takes them as checked. */
    public List<CheckResult> unchecked() {
        return checks.stream().filter(check -> !check.checked()).toList();
    }

    public List<CheckResult> failures() {
        return checks.stream().filter(check -> !check.ok()).toList();
    }
}
