package dev.infractl.cli;

import dev.infractl.app.Meter;
import dev.infractl.azure.AzureAppScaling;
import dev.infractl.azure.AzureConnection;
import dev.infractl.azure.AzureProjectResources;
import dev.infractl.deploy.ProjectTag;
import dev.infractl.ui.MeterView;
import java.io.PrintWriter;
import java.util.function.BiConsumer;
import picocli.CommandLine.Model.CommandSpec;

/** What stop, start and scale share: the app from the config, the meter over Resource Manager, the view. */
final class MeterCommands {

    private MeterCommands() {
    }

    static int run(CommandSpec spec, CommonOptions common, TargetOptions target, BiConsumer<Meter, MeterView> action) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AppTarget app = AppTarget.of(common.project(), target, AppTarget.APP_KEYS);
        try (AzureSession session = AzureSession.open(common, target, System.getenv(), err)) {
            AzureConnection connection = session.connection();
            Meter meter = new Meter(new AzureAppScaling(connection, app.subscription(), app.resourceGroup(), app.appName()),
                    new AzureProjectResources(connection, app.subscription(), app.resourceGroup()),
                    ProjectTag.of(common.project()));
            action.accept(meter, new MeterView(out, err, common.json()));
            return 0;
        }
    }
}
