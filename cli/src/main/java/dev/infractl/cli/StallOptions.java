package dev.infractl.cli;

import dev.infractl.InfractlException;
import dev.infractl.app.Meter;
import dev.infractl.app.StallRules;
import dev.infractl.app.StartupWatch;
import dev.infractl.ui.MeterView;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** How deploy and endpoint --wait judge a start-up stage that makes no progress, and what they do about it. */
public final class StallOptions {

    @Option(names = "--stall-after", paramLabel = "STAGE=DUR[,...]", converter = StallAfterConverter.class,
            description = {"How long a replica's start-up stage may last before it is reported as stalled; stages:",
                "assigning, pulling, created, started (default: assigning=10m,pulling=30m,created=10m,started=15m)."})
    StallRules stallAfter = StallRules.defaults();

    @Option(names = "--stop-on-stall",
            description = "At the first stall, set the app's minimum to 0 replicas as `infractl stop` does (the stalled replica goes when the app scales in) and exit 1.")
    boolean stopOnStall;

    /** What the command's tests shorten: how often the endpoint and the replicas are looked at. */
    StartupWatch cadence = StartupWatch.defaults();

    /** A stall option where nothing is waited for is a mistake, not something to ignore silently. */
    void requireWaiting(CommandSpec spec, boolean waits, String why) {
        var parsed = spec.commandLine().getParseResult();
        for (String option : new String[] {"--stall-after", "--stop-on-stall"}) {
            if (!waits && parsed.hasMatchedOption(option)) {
                throw InfractlException.badInput(option + " " + why, null,
                        "drop " + option + ", or let the command wait for the endpoint");
            }
        }
    }

    StartupWatch watch() {
        return cadence.withStalls(stallAfter, stopOnStall);
    }

    /** After a stall with --stop-on-stall: the app scaled to zero as `infractl stop` does (shared environments left alone). */
    static void stopMeter(Meter meter, MeterView view) {
        meter.stop(false, view::show);
    }
}
