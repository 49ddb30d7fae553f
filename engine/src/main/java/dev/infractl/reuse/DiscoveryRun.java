package dev.infractl.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** One discovery, resource by resource in the template's order; the results gather in {@link Proposals}. */
final class DiscoveryRun {

    static final String STORAGE = "Microsoft.Storage/storageAccounts";
    static final String SHARE = "Microsoft.Storage/storageAccounts/fileServices/shares";
    static final String WORKSPACE = "Microsoft.OperationalInsights/workspaces";
    static final String ENVIRONMENT = "Microsoft.App/managedEnvironments";
    static final String LINK = "Microsoft.App/managedEnvironments/storages";
    static final String APP = "Microsoft.App/containerApps";
    static final String OWN = "made by this project's earlier provision; declared again with the template's settings";

    private final ExistingResources existing;
    private final ReuseRequest request;
    private final Proposals proposals;
    private final List<ResourceDecision> decisions = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Optional<ExistingEnvironment>> environments = new HashMap<>();
    private Set<String> projectMade;

    DiscoveryRun(ExistingResources existing, ReuseRequest request) {
        this.existing = existing;
        this.request = request;
        this.proposals = new Proposals(request.provisional());
    }

    /**
     * The questions {@link #run} asks whatever the answers, with the names in effect before anything is found (a
     * name the job or a derived name replaces costs one question more, asked then).
     */
    List<Consumer<ExistingResources>> surelyAsked() {
        List<Consumer<ExistingResources>> questions = new ArrayList<>();
        boolean hasJob = request.jobName() != null && !request.jobName().isBlank();
        if (hasJob) {
            questions.add(resources -> resources.job(request.jobName()));
        }
        String account = proposals.value("storageAccountName");
        String share = proposals.value("fileShareName");
        String environment = proposals.value("acaEnvironmentName");
        String app = proposals.value("acaAppName");
        if (account != null) {
            questions.add(resources -> resources.exists(STORAGE, account));
            if (share != null) {
                questions.add(resources -> resources.exists(SHARE, account, "default", share));
            }
        }
        if (environment != null && !hasJob) {
            questions.add(resources -> resources.environment(environment));
        }
        questions.add(ExistingResources::workspaces);
        if (app != null) {
            questions.add(resources -> resources.exists(APP, app));
        }
        return questions;
    }

    Findings run() {
        Optional<FineTuningJob> job = job();
        String jobOrigin = "fine-tuning job " + request.jobName();
        String account = settle("storageAccountName", null, null, name -> existing.exists(STORAGE, name));
        decide(STORAGE, "storageAccountName", account != null && existing.exists(STORAGE, account), "reuseStorageAccount",
                account);
        Predicate<String> shareExists = name -> account != null && existing.exists(SHARE, account, "default", name);
        String share = settle("fileShareName", null, null, shareExists);
        decide(SHARE, "fileShareName", share != null && shareExists.test(share), "reuseFileShare", account, "default", share);
        String environmentName = settle("acaEnvironmentName", job.map(FineTuningJob::environmentName).orElse(null),
                jobOrigin, name -> environment(name).isPresent());
        Optional<ExistingEnvironment> environment = environmentName == null ? Optional.empty() : environment(environmentName);
        Optional<FineTuningJob> jobsEnvironment = job.filter(j -> j.environmentName().equalsIgnoreCase(environmentName));
        if (environment.isPresent() && (jobsEnvironment.isPresent() || !owned(ENVIRONMENT, environmentName))) {
            new ReusedEnvironment(existing, proposals, decisions, notes).settle(environment.get(), jobsEnvironment,
                    jobOrigin, account, share);
        } else {
            String workspace = settle("acaLogAnalyticsName", null, null, this::workspaceExists);
            decide(WORKSPACE, "acaLogAnalyticsName", workspace != null && workspaceExists(workspace), "reuseWorkspace",
                    workspace);
            ReuseAction action = environment.isPresent() ? ReuseAction.UPDATE : ReuseAction.CREATE;
            decisions.add(new ResourceDecision(ENVIRONMENT, environmentName, action, environment.isPresent() ? OWN
                    : "not found" + (job.isPresent() ? "" : "; no fine-tuning job tells one")));
            decisions.add(new ResourceDecision(LINK, proposals.value("acaEnvironmentStorageName"), action,
                    "the environment's link to share " + share));
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

    private void decide(String type, String parameter, boolean exists, String reuseSwitch, String... names) {
        String name = proposals.value(parameter);
        if (!exists) {
            decisions.add(new ResourceDecision(type, name, ReuseAction.CREATE, "not found"));
            return;
        }
        if (owned(type, names)) {
            decisions.add(new ResourceDecision(type, name, ReuseAction.UPDATE, OWN));
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

    /** Made by this project's own earlier deployments (not fine-tuning's): declared again, never merely reused. */
    private boolean owned(String type, String... names) {
        if (projectMade == null) {
            projectMade = existing.deployedBy(request.projectTags());
        }
        String[] types = type.split("/");
        StringBuilder path = new StringBuilder("/providers/" + types[0] + "/" + types[1] + "/" + names[0]);
        for (int i = 1; i < names.length; i++) {
            path.append('/').append(types[i + 1]).append('/').append(names[i]);
        }
        String suffix = path.toString().toLowerCase(Locale.ROOT);
        return projectMade.stream().anyMatch(id -> id.endsWith(suffix));
    }

    private Optional<ExistingEnvironment> environment(String name) {
        return environments.computeIfAbsent(name, existing::environment);
    }

    private boolean workspaceExists(String name) {
        return existing.workspaces().stream().anyMatch(workspace -> workspace.name().equalsIgnoreCase(name));
    }
}
