package dev.infractl.cli;

import dev.infractl.app.Meter;
import dev.infractl.azure.AzureAppScaling;
import dev.infractl.azure.AzureConnection;
import dev.infractl.azure.AzureProjectResources;
import dev.infractl.config.ProjectLayout;
import dev.infractl.deploy.Interruption;
import dev.infractl.deploy.RunLock;
import dev.infractl.deploy.ProjectTag;
import dev.infractl.ui.MeterView;
import java.io.PrintWriter;
import java.util.function.BiConsumer;
import picocli.CommandLine.Model.CommandSpec;

/** What stop, start and scale share: the app from the config, the meter over Resource Manager, the view. */
final class MeterCommands {

    private MeterCommands() {
    }

    /** Runs {@code action} holding the project's lock, so no provision, deploy or other change runs meanwhile. */
    static int run(CommandSpec spec, CommonOptions common, TargetOptions target, LockOptions locks,
                   BiConsumer<Meter, MeterView> action) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AppTarget app = AppTarget.of(common.project(), target, AppTarget.APP_KEYS);
        try (RunLock.Held held = locks.lock(common.project(), target, spec.name(), new Interruption(), err).acquire();
             AzureSession session = AzureSession.open(common, target, System.getenv(), err)) {
            AzureConnection connection = session.connection();
            Meter meter = meter(connection, app.subscription(), app.resourceGroup(), app.appName(), common.project());
            action.accept(meter, new MeterView(out, err, common.json()));
            return 0;
        }
    }

    static Meter meter(AzureConnection connection, String subscription, String group, String app, ProjectLayout project) {
        return new Meter(new AzureAppScaling(connection, subscription, group, app),
                new AzureProjectResources(connection, subscription, group), ProjectTag.of(project));
    }
}
