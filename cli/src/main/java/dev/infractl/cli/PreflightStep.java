package dev.infractl.cli;

import dev.infractl.InfractlException;
import dev.infractl.config.ProjectLayout;
import dev.infractl.deploy.DeploymentTarget;
import dev.infractl.deploy.ProvisionRequest;
import dev.infractl.deploy.ResourceGroups;
import dev.infractl.preflight.DeploymentFacts;
import dev.infractl.preflight.Preflight;
import dev.infractl.preflight.PreflightReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The preflight of one request, as plan and provision run it: the deployment's facts worked out offline for
 * the group's region, then every check against the session's Azure (or emulator).
 */
record PreflightStep(DeploymentFacts facts, boolean groupExists, PreflightReport report) {

    static PreflightStep run(AzureSession session, ProvisionRequest request, boolean registerProviders) {
        long start = System.nanoTime();
        DeploymentTarget where = request.target();
        ResourceGroups groups = session.resourceGroups(where);
        boolean exists = groups.exists(where.resourceGroup());
        String location = exists ? groups.location(where.resourceGroup()).orElse(where.location()) : where.location();
        if (location == null || location.isBlank()) {
            throw InfractlException.badInput("resource group " + where.resourceGroup() + " does not exist", null,
                    "give --location REGION to create it (for example --location swedencentral)");
        }
        DeploymentFacts facts = DeploymentFacts.of(request.template(), request.parameters(), where.subscriptionId(),
                where.resourceGroup(), location);
        PreflightReport report = new Preflight(session.connection().preflight(where.subscriptionId(),
                where.resourceGroup()), Clock.systemUTC()).run(facts, where.resourceGroup(), exists, registerProviders);
        // the whole step's wall time, group lookup and template evaluation included: what provision pays for it
        return new PreflightStep(facts, exists, new PreflightReport(report.checks(), report.suggestions(),
                Duration.ofNanos(System.nanoTime() - start)));
    }

    /** Where {@code prices --refresh} keeps its table: apart for --local, so emulator figures never mix in. */
    static Path pricesFile(ProjectLayout project, boolean local) {
        return local ? project.localState().resolve("prices.json") : project.root().resolve(".infractl/prices.json");
    }
}
