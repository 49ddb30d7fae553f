package dev.infractl.ui;

import dev.infractl.deploy.ProgressListener;
import dev.infractl.deploy.ProvisionEvent;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;

/** Progress as plain lines on stderr, one per change, for CI logs and pipes; outputs on stdout. */
public final class PlainProgress implements ProgressListener {

    private final PrintWriter out;
    private final PrintWriter err;
    private Instant started;
    private String resourceGroup;

    public PlainProgress(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void on(ProvisionEvent event) {
        if (started == null) {
            started = event.at();
        }
        if (event instanceof ProvisionEvent.ResourceGroupCreated created) {
            err.println("Created resource group " + created.name() + " in " + created.location() + ".");
        } else if (event instanceof ProvisionEvent.Validated validated) {
            err.println("Validated " + validated.deploymentName() + ".");
        } else if (event instanceof ProvisionEvent.Submitted submitted) {
            resourceGroup = submitted.resourceGroup();
            err.println((submitted.attached() ? "Following deployment " : "Submitted deployment ")
                    + submitted.deploymentName() + " in resource group " + submitted.resourceGroup() + ".");
            err.println("  " + submitted.portalLink());
        } else if (event instanceof ProvisionEvent.ResourceChanged changed) {
            err.println(String.format("%-27s %-32s %s%s", ResourceKinds.friendly(changed.resourceType()),
                    changed.resourceName(), changed.state().armName(),
                    changed.duration().map(duration -> " (" + Durations.brief(duration) + ")").orElse("")));
        } else if (event instanceof ProvisionEvent.Finished finished) {
            EndingText.lines(finished, resourceGroup, Duration.between(started, finished.at())).forEach(err::println);
            EndingText.outputs(finished).forEach(out::println);
            out.flush();
        }
        err.flush();
    }
}
