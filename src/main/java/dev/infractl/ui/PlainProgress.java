package dev.infractl.ui;

import dev.infractl.deploy.ProvisionEvent;
import java.io.PrintWriter;

/** Progress as plain lines on stderr, one per change, for CI logs and pipes; outputs on stdout. */
public final class PlainProgress extends TextProgress {

    public PlainProgress(PrintWriter out, PrintWriter err) {
        super(out, err);
    }

    @Override
    String submittedLine(ProvisionEvent.Submitted submitted) {
        return (submitted.attached() ? "Following deployment " : "Submitted deployment ")
                + submitted.deploymentName() + " in resource group " + submitted.resourceGroup() + ".";
    }

    @Override
    void changed(ProvisionEvent.ResourceChanged changed) {
        err.println(String.format("%-27s %-32s %s%s", ResourceKinds.friendly(changed.resourceType()),
                changed.resourceName(), changed.state().armName(),
                changed.duration().map(duration -> " (" + Durations.brief(duration) + ")").orElse("")));
    }
}
