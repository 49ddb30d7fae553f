package dev.infractl.ui;

import dev.infractl.deploy.ProvisionEvent;
import java.io.PrintWriter;

/** Progress as plain lines on stderr, one per change, for CI logs and pipes; outputs on stdout. */
public final class PlainProgress extends TextProgress {

    static final int KIND_WIDTH = 27;
    static final int NAME_WIDTH = 32;

    public PlainProgress(PrintWriter out, PrintWriter err) {
        this(out, err, "");
    }

    /** @param targetOptions the target options to repeat in re-attach hints, such as {@code --local} */
    public PlainProgress(PrintWriter out, PrintWriter err, String targetOptions) {
        super(out, err, targetOptions);
    }

    @Override
    String submittedLine(ProvisionEvent.Submitted submitted) {
        return (submitted.attached() ? "Following deployment " : "Submitted deployment ")
                + submitted.deploymentName() + " in resource group " + submitted.resourceGroup() + ".";
    }

    @Override
    void changed(ProvisionEvent.ResourceChanged changed) {
        err.println(String.format("%-" + KIND_WIDTH + "s %-" + NAME_WIDTH + "s %s%s",
                Columns.fit(ResourceKinds.friendly(changed.resourceType()), KIND_WIDTH),
                Columns.fit(changed.resourceName(), NAME_WIDTH), changed.state().armName(),
                changed.duration().map(duration -> " (" + Durations.brief(duration) + ")").orElse("")));
    }
}
