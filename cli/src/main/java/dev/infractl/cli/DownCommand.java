package dev.infractl.cli;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.app.GroupResource;
import dev.infractl.app.Teardown;
import dev.infractl.app.TeardownEvent;
import dev.infractl.app.TeardownPlan;
import dev.infractl.azure.AzureConnection;
import dev.infractl.azure.AzureGroupResources;
import dev.infractl.azure.AzureProjectResources;
import dev.infractl.config.ConfigFile;
import dev.infractl.config.ConfigKey;
import dev.infractl.config.ProjectLayout;
import dev.infractl.deploy.DeploymentTarget;
import dev.infractl.deploy.Interruption;
import dev.infractl.deploy.Polling;
import dev.infractl.deploy.RunLock;
import dev.infractl.deploy.ProjectTag;
import dev.infractl.ui.TeardownView;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code infractl down}: delete what this project created, keeping fine-tuning's resources and the model. */
@Command(name = "down",
        description = {"Delete what this project created (resources its deployments created or that carry its tag).",
            "By default only the container app; --all also the environment, workspace and the rest this project",
            "alone made. Fine-tuning's resources are never deleted; the storage account and share (your model)",
            "only with --delete-data. Asks first on a terminal (--yes skips the question)."},
        footerHeading = "%nExamples:%n",
        footer = {"  infractl down", "  infractl down --all --yes", "  infractl down --all --delete-data --yes --output json"})
final class DownCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    TargetOptions target;

    @Option(names = "--all", description = "Also delete everything else this project alone created.")
    boolean all;

    @Option(names = "--delete-data", description = "With --all, also the storage account and file share this project created.")
    boolean deleteData;

    @Option(names = "--yes", description = "Do not ask before deleting.")
    boolean yes;

    @Option(names = "--no-wait", description = "Request the deletions and return; the config is left as it is.")
    boolean noWait;

    @Option(names = "--timeout", paramLabel = "DUR", converter = DurationConverter.class,
            description = "Stop waiting after this long (default 30m); exit 4, the deletion goes on.")
    Duration timeout = Duration.ofMinutes(30);

    @Mixin
    LockOptions locks;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (deleteData && !all) {
            throw InfractlException.badInput("--delete-data needs --all", null,
                    "run `infractl down --all --delete-data` to delete the storage account and share with the rest");
        }
        ProjectLayout project = common.project();
        ProjectTag tag = ProjectTag.of(project);
        var resolved = ProjectTarget.resolve(project, target, err);
        TeardownView view = new TeardownView(out, err, common.json());
        Interruption interruption = new Interruption();
        try (RunLock.Held held = locks.lock(project, target, "down", interruption, err).acquire();
             AzureSession session = AzureSession.open(common, target, System.getenv(), err)) {
            DeploymentTarget where = session.target(resolved, target.location(project));
            AzureConnection connection = session.connection();
            AzureGroupResources resources = new AzureGroupResources(connection, where.subscriptionId(), where.resourceGroup());
            TeardownPlan plan = TeardownPlan.of(resources.list(),
                    new AzureProjectResources(connection, where.subscriptionId(), where.resourceGroup()).createdBy(tag),
                    tag, fineTuningNames(project), all, deleteData);
            view.show(new TeardownEvent.Planned(plan.removals(), plan.kept()));
            if (plan.empty()) {
                view.show(new TeardownEvent.Finished(TeardownEvent.Status.NOTHING_TO_DO, List.of(), Duration.ZERO));
                return ExitCode.OK.code();
            }
            if (!new TerminalConfirmation(yes).confirm("Delete " + plan.removals().size() + " resource(s) in "
                    + where.resourceGroup() + "?")) {
                view.show(new TeardownEvent.Finished(TeardownEvent.Status.CANCELLED, List.of(), Duration.ZERO));
                throw InfractlException.badInput("nothing was deleted", null, System.console() == null
                        ? "without a terminal, confirm with --yes" : "answer y to delete, or pass --yes");
            }
            TeardownEvent.Finished finished = InterruptSignal.during(interruption, () -> new Teardown(resources,
                    Polling.real(interruption)).run(plan, !noWait, timeout, view::show));
            forget(target.config(project).file(), finished.deleted());
            return switch (finished.status()) {
                case TIMED_OUT -> ExitCode.TIMED_OUT.code();
                case INTERRUPTED -> ExitCode.INTERRUPTED.code();
                default -> ExitCode.OK.code();
            };
        }
    }

    /** The names fine-tuning's config gives: those resources are never this project's to delete. */
    private static Set<String> fineTuningNames(ProjectLayout project) {
        Map<String, String> config = ConfigFile.read(project.finetuningConfig());
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String key : List.of("STORAGE_ACCOUNT_NAME", "FILE_SHARE_NAME")) {
            if (config.get(key) != null && !config.get(key).isBlank()) {
                names.add(config.get(key).strip());
            }
        }
        return names;
    }

    /** Removes the config keys of what is proven gone (deleted and no longer found); user keys stay. */
    private static void forget(Path configFile, List<GroupResource> deleted) {
        Set<ConfigKey> keys = EnumSet.noneOf(ConfigKey.class);
        Map<String, String> config = ConfigFile.read(configFile);
        for (GroupResource resource : deleted) {
            String name = resource.shortName();
            if (resource.isType("Microsoft.App/containerApps") && name.equalsIgnoreCase(config.get("ACA_APP_NAME"))) {
                keys.addAll(List.of(ConfigKey.ACA_APP_NAME, ConfigKey.ACA_APP_ENDPOINT));
            } else if (resource.isType("Microsoft.Storage/storageAccounts") && name.equalsIgnoreCase(config.get("STORAGE_ACCOUNT_NAME"))) {
                keys.addAll(List.of(ConfigKey.STORAGE_ACCOUNT_NAME, ConfigKey.FILE_SHARE_NAME));
            } else if (resource.isType("Microsoft.Storage/storageAccounts/fileServices/shares")
                    && name.equalsIgnoreCase(config.get("FILE_SHARE_NAME"))) {
                keys.add(ConfigKey.FILE_SHARE_NAME);
            }
        }
        if (!keys.isEmpty()) {
            ConfigFile.remove(configFile, keys);
        }
    }
}
