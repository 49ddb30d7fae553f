package dev.infractl.app;

import dev.infractl.deploy.ProjectTag;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Stops and starts the GPU meter: the app's scale rule and, for a dedicated profile, the nodes the environment
 * keeps. An environment is changed only when this project owns it (it carries the project tag, or one of the
 * project's deployments created it), or when the user says so: fine-tuning may share it.
 */
public final class Meter {

    private final AppScaling scaling;
    private final ProjectResources created;
    private final ProjectTag project;

    public Meter(AppScaling scaling, ProjectResources created, ProjectTag project) {
        this.scaling = scaling;
        this.created = created;
        this.project = project;
    }

    /** Scale to zero; with a dedicated profile also its node minimum, when ours or {@code includeShared}. */
    public void stop(boolean includeShared, Consumer<MeterEvent> events) {
        AppFacts app = scaling.app();
        scale(app, new AppScale(0, Math.max(1, app.scale().maxReplicas())), events);
        Optional<WorkloadProfile> profile = scaling.profile(app.environmentId(), app.profileName());
        if (profile.isEmpty() || !profile.get().dedicated() || zeroOrUnset(profile.get())) {
            return;
        }
        WorkloadProfile dedicated = profile.get();
        String environment = leaf(app.environmentId());
        if (!includeShared && !owned(app.environmentId())) {
            events.accept(new MeterEvent.ProfileLeft(environment, dedicated.name(), dedicated.minimumCount(),
                    "the environment was not created by this project (fine-tuning may share it); its " + dedicated.name()
                            + " nodes keep billing: run `infractl stop --include-environment` to set its minimum to 0"));
            return;
        }
        scaling.setProfileMinimum(app.environmentId(), dedicated.name(), 0);
        events.accept(new MeterEvent.ProfileChanged(environment, dedicated.name(), dedicated.minimumCount(), 0));
    }

    /** At least {@code minReplicas} again, keeping the maximum. */
    public void start(int minReplicas, Consumer<MeterEvent> events) {
        AppFacts app = scaling.app();
        int max = Math.max(minReplicas, Math.max(1, app.scale().maxReplicas()));
        scale(app, AppScale.checked(minReplicas, max), events);
    }

    public void scale(AppScale wanted, Consumer<MeterEvent> events) {
        scale(scaling.app(), wanted, events);
    }

    private void scale(AppFacts app, AppScale wanted, Consumer<MeterEvent> events) {
        if (!wanted.equals(app.scale())) {
            scaling.scale(wanted);
        }
        events.accept(new MeterEvent.Scaled(app.name(), app.scale(), wanted));
    }

    private boolean owned(String environmentId) {
        return project.value().equals(scaling.environmentTags(environmentId).get(ProjectTag.KEY))
                || created.createdBy(project).contains(environmentId.toLowerCase(Locale.ROOT));
    }

    private static boolean zeroOrUnset(WorkloadProfile profile) {
        return profile.minimumCount() == null || profile.minimumCount() == 0;
    }

    static String leaf(String id) {
        return id == null ? "" : id.substring(id.lastIndexOf('/') + 1);
    }
}
