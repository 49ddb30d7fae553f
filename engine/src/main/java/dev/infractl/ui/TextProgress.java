package dev.infractl.ui;

import dev.infractl.deploy.ProgressListener;
import dev.infractl.deploy.ProvisionEvent;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;

/**
 * What the live table and the plain lines say alike (resource group created, validated, the portal link, the
 * ending and the outputs); they differ only in how a deployment's start and its resources are drawn.
 */
abstract sealed class TextProgress implements ProgressListener permits LiveTable, PlainProgress {

    final PrintWriter out;
    final PrintWriter err;
    private final String targetOptions;
    private Instant started;
    private String resourceGroup;

    /** @param targetOptions what the user gave to pick the target (-C, --local, --resource-group), for the hints */
    TextProgress(PrintWriter out, PrintWriter err, String targetOptions) {
        this.out = out;
        this.err = err;
        this.targetOptions = targetOptions;
    }

    @Override
    public final void on(ProvisionEvent event) {
        if (started == null) {
            started = event.at();
        }
        if (event instanceof ProvisionEvent.ResourceGroupCreated created) {
            err.println("Created resource group " + created.name() + " in " + created.location() + ".");
        } else if (event instanceof ProvisionEvent.Validated validated) {
            err.println("Validated " + validated.deploymentName() + ".");
        } else if (event instanceof ProvisionEvent.Submitted submitted) {
            resourceGroup = submitted.resourceGroup();
            err.println(submittedLine(submitted));
            err.println("  " + submitted.portalLink());
        } else if (event instanceof ProvisionEvent.ResourceChanged changed) {
            changed(changed);
        } else if (event instanceof ProvisionEvent.Waiting) {
            redraw(event.at());
        } else if (event instanceof ProvisionEvent.Finished finished) {
            redraw(finished.at());
            EndingText.lines(finished, EndingText.targetOptions(targetOptions, resourceGroup),
                    Duration.between(started, finished.at())).forEach(err::println);
            EndingText.outputs(finished).forEach(out::println);
            out.flush();
        }
        err.flush();
    }

    abstract String submittedLine(ProvisionEvent.Submitted submitted);

    abstract void changed(ProvisionEvent.ResourceChanged changed);

    /** Brings what is on screen up to {@code now}; plain lines are never redrawn. */
    void redraw(Instant now) {
    }
}
