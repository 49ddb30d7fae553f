package dev.infractl.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** One discovery, resource by resource in the template's order; the results gather in {@link Proposals}. */
final class DiscoveryRun {

    static final String STORAGE = "Microsoft.Storage/storageAccounts";
    static final String SHARE = "Microsoft.Storage/storageAccounts/fileServices/shares";
    static final String WORKSPACE = "Microsoft.OperationalInsights/workspaces";
    static final String ENVIRONMENT = "Microsoft.App/managedEnvironments";
    static final String LINK = "Microsoft.App/managedEnvironments/storages";
    static final String APP = "Microsoft.App/containerApps";

    private final ExistingResources existing;
    private final ReuseRequest request;
    private final Proposals proposals;
    private final List<ResourceDecision> decisions = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Optional<ExistingEnvironment>> environments = new HashMap<>();

    DiscoveryRun(ExistingResources existing, ReuseRequest request) {
        this.existing = existing;
        this.request = request;
        this.proposals = new Proposals(request.provisional());
    }

    Findings run() {
        Optional<FineTuningJob> job = job();
        String jobOrigin = "fine-tuning job " + request.jobName();
        String account = settle("storageAccountName", null, null, name -> existing.exists(STORAGE, name));
        decide(STORAGE, "storageAccountName", account != null && existing.exists(STORAGE, account), "reuseStorageAccount");
        Predicate<String> shareExists = name -> account != null && existing.exists(SHARE, account, "default", name);
        String share = settle("fileShareName", null, null, shareExists);
        decide(SHARE, "fileShareName", share != null && shareExists.test(share), "reuseFileShare");
        String environmentName = settle("acaEnvironmentName", job.map(FineTuningJob::environmentName).orElse(null),
                jobOrigin, name -> environment(name).isPresent());
        Optional<ExistingEnvironment> environment = environmentName == null ? Optional.empty() : environment(environmentName);
        if (environment.isPresent()) {
            new ReusedEnvironment(existing, proposals, decisions, notes).settle(environment.get(),
                    job.filter(j -> j.environmentName().equalsIgnoreCase(environmentName)), jobOrigin, account, share);
        } else {
            String workspace = settle("acaLogAnalyticsName", null, null, this::workspaceExists);
            decide(WORKSPACE, "acaLogAnalyticsName", workspace != null && workspaceExists(workspace), "reuseWorkspace");
            decisions.add(new ResourceDecision(ENVIRONMENT, environmentName, ReuseAction.CREATE, "not found"
                    + (job.isPresent() ? "" : "; no fine-tuning job tells one")));
            decisions.add(new ResourceDecision(LINK, proposals.value("acaEnvironmentStorageName"), ReuseAction.CREATE,
                    "the new environment's link to share " + share));
        }
        String app = proposals.value("acaAppName");
        boolean appExists = app != null && existing.exists(APP, app);
        decisions.add(new ResourceDecision(APP, app, appExists ? ReuseAction.UPDATE : ReuseAction.CREATE,
                appExists ? "the inference app, deployed again" : "the inference app"));
        return new Findings(proposals.layer(), decisions, notes);
    }

    private Optional<FineTuningJob> job() {
        if (request.jobName() == null || request.jobName().isBlank()) {
            return Optional.empty();
        }
        Optional<FineTuningJob> job = existing.job(request.jobName());
        if (job.isEmpty()) {
            notes.add(request.jobSource() + " names job " + request.jobName() + ", which is not in the resource group;"
                    + " looking the names up instead");
        }
        return job;
    }

    /**
     * The name a resource goes by: the user's if pinned, else the job's, else the one in effect if it exists,
     * else the one the project's generation of names derives if that exists, else the one in effect.
     */
    private String settle(String parameter, String fromJob, String jobOrigin, Predicate<String> exists) {
        String current = proposals.value(parameter);
        if (proposals.pinned(parameter) || !proposals.declared(parameter)) {
            return current;
        }
        if (fromJob != null) {
            proposals.propose(parameter, fromJob, jobOrigin);
            return fromJob;
        }
        if (current != null && exists.test(current)) {
            return current;
        }
        Optional<String> derived = request.prefix().derive(parameter, request.groupSuffix())
                .filter(name -> !name.equals(current)).filter(exists);
        derived.ifPresent(name -> proposals.propose(parameter, name, "exists, named like " + request.prefix().reason()));
        return derived.orElse(current);
    }

    private void decide(String type, String parameter, boolean exists, String reuseSwitch) {
        String name = proposals.value(parameter);
        if (!exists) {
            decisions.add(new ResourceDecision(type, name, ReuseAction.CREATE, "not found"));
            return;
        }
        if (proposals.declared(reuseSwitch)) {
            proposals.propose(reuseSwitch, true, "exists");
            decisions.add(new ResourceDecision(type, name, ReuseAction.REUSE, "name from " + proposals.origin(parameter)));
        } else {
            decisions.add(new ResourceDecision(type, name, ReuseAction.UPDATE,
                    "exists, and the template declares it again (it has no " + reuseSwitch + " switch)"));
        }
    }

    private Optional<ExistingEnvironment> environment(String name) {
        return environments.computeIfAbsent(name, existing::environment);
    }

    private boolean workspaceExists(String name) {
        return existing.workspaces().stream().anyMatch(workspace -> workspace.name().equalsIgnoreCase(name));
    }
}
