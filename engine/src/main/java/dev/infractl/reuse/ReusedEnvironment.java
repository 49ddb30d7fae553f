package dev.infractl.reuse;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An environment that exists: the app runs on its GPU profile, mounts its link to the share, and the
 * workspace it logs to is the one reused. The environment itself is never written to.
 */
final class ReusedEnvironment {

    private final ExistingResources existing;
    private final Proposals proposals;
    private final List<ResourceDecision> decisions;
    private final List<String> notes;

    ReusedEnvironment(ExistingResources existing, Proposals proposals, List<ResourceDecision> decisions, List<String> notes) {
        this.existing = existing;
        this.proposals = proposals;
        this.decisions = decisions;
        this.notes = notes;
    }

    void settle(ExistingEnvironment environment, Optional<FineTuningJob> job, String jobOrigin, String account, String share) {
        String reason = "name from " + proposals.origin("acaEnvironmentName");
        workspace(environment);
        Optional<WorkloadProfile> profile = profile(environment, job, jobOrigin);
        proposals.propose("reuseEnvironment", true, "environment " + environment.name() + " exists");
        ReuseAction action = proposals.declared("reuseEnvironment") ? ReuseAction.REUSE : ReuseAction.UPDATE;
        String profileText = profile.map(p -> "GPU profile " + p.name() + " (" + p.type() + ")")
                .orElse("no GPU profile of type " + proposals.value("gpuProfile"));
        decisions.add(new ResourceDecision(DiscoveryRun.ENVIRONMENT, environment.name(), action,
                reason + "; " + profileText + (action == ReuseAction.UPDATE
                        ? "; the template declares it again (it has no reuseEnvironment switch)" : "")));
        link(environment, account, share);
    }

    private Optional<WorkloadProfile> profile(ExistingEnvironment environment, Optional<FineTuningJob> job, String jobOrigin) {
        String fromJob = job.map(FineTuningJob::workloadProfileName).orElse(null);
        if (fromJob != null && !proposals.pinned("gpuWorkloadProfileName")) {
            proposals.propose("gpuWorkloadProfileName", fromJob, jobOrigin);
            Optional<WorkloadProfile> profile = environment.profile(fromJob);
            profile.filter(p -> allowed("gpuProfile", p.type()))
                    .ifPresent(p -> proposals.propose("gpuProfile", p.type(), jobOrigin));
            return profile;
        }
        String wanted = proposals.value("gpuWorkloadProfileName");
        Optional<WorkloadProfile> profile = wanted == null ? Optional.empty() : environment.profile(wanted);
        String type = proposals.value("gpuProfile");
        if (profile.isEmpty() && type != null && !proposals.pinned("gpuWorkloadProfileName")) {
            profile = environment.profileOfType(type);
            profile.ifPresent(p -> proposals.propose("gpuWorkloadProfileName", p.name(),
                    "environment " + environment.name() + "'s " + p.type() + " profile"));
        }
        if (profile.isEmpty()) {
            notes.add(missingProfile(environment, wanted, type));
        }
        return profile;
    }

    private String missingProfile(ExistingEnvironment environment, String wanted, String type) {
        String profiles = environment.profiles().stream().map(p -> p.name() + " (" + p.type() + ")")
                .collect(Collectors.joining(", "));
        return "environment " + environment.name() + " has no GPU workload profile " + wanted + " of type " + type
                + " (it has: " + (profiles.isEmpty() ? "none" : profiles) + "); infractl does not change a shared"
                + " environment by itself: add one with `az containerapp env workload-profile add --name "
                + environment.name() + " --resource-group RG --workload-profile-name " + wanted
                + " --workload-profile-type " + type + " --min-nodes 0 --max-nodes 1`, or name an existing one with"
                + " --param gpuWorkloadProfileName=NAME";
    }

    private void workspace(ExistingEnvironment environment) {
        Optional<Workspace> workspace = Optional.ofNullable(environment.logsCustomerId()).flatMap(id -> existing
                .workspaces().stream().filter(w -> id.equalsIgnoreCase(w.customerId())).findFirst());
        String origin = "logs of environment " + environment.name();
        if (workspace.isEmpty()) {
            return;
        }
        if (!proposals.pinned("acaLogAnalyticsName")) {
            proposals.propose("acaLogAnalyticsName", workspace.get().name(), origin);
        }
        proposals.propose("reuseWorkspace", true, origin);
        decisions.add(new ResourceDecision(DiscoveryRun.WORKSPACE, workspace.get().name(), ReuseAction.REUSE,
                "environment " + environment.name() + " logs to it"));
    }

    private void link(ExistingEnvironment environment, String account, String share) {
        Optional<StorageLink> link = account == null || share == null ? Optional.empty() : environment.linkTo(account, share);
        if (link.isPresent()) {
            String origin = "environment " + environment.name() + "'s link to share " + share;
            if (!proposals.pinned("acaEnvironmentStorageName")) {
                proposals.propose("acaEnvironmentStorageName", link.get().name(), origin);
            }
            proposals.propose("reuseEnvironmentStorage", true, origin);
            decisions.add(new ResourceDecision(DiscoveryRun.LINK, link.get().name(), ReuseAction.REUSE, origin));
        } else {
            decisions.add(new ResourceDecision(DiscoveryRun.LINK, proposals.value("acaEnvironmentStorageName"),
                    ReuseAction.CREATE, "environment " + environment.name() + " has no link to share " + share
                    + "; one is added beside its other settings"));
        }
    }

    private boolean allowed(String parameter, String value) {
        return proposals.allowed(parameter, value);
    }
}
