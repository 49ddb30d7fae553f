package dev.infractl.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.AtomicFiles;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.azure.RetailPrices;
import dev.infractl.config.JsonFiles;
import dev.infractl.config.ProjectLayout;
import dev.infractl.preflight.PriceTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code infractl prices}: the price table plan's cost estimate uses; {@code --refresh} fetches a new one. */
@Command(name = "prices",
        description = {"Show the Azure Container Apps price table that plan's cost estimate uses, its date and source.",
            "--refresh fetches the current prices from the Azure Retail Prices API (the emulator's with --local)",
            "into .infractl/prices.json; without one, the table shipped with infractl is used."},
        footerHeading = "%nExamples:%n",
        footer = {"  infractl prices", "  infractl prices --refresh", "  infractl prices --refresh --local --output json"})
final class PricesCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    TargetOptions target;

    @Option(names = "--refresh", description = "Fetch the prices again from the Retail Prices API.")
    boolean refresh;

    @Spec
    CommandSpec spec;

    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProjectLayout project = common.project();
        Path file = PreflightStep.pricesFile(project, target.local());
        if (refresh) {
            try (AzureSession session = AzureSession.open(common, target, environment, err)) {
                URI base = session.local() ? session.connection().armEndpoint() : RetailPrices.PUBLIC;
                RetailPrices prices = new RetailPrices(session.connection(), base);
                ObjectNode table = PriceTable.toJson(prices.containerAppsItems(),
                        LocalDate.now(ZoneOffset.UTC).toString(), prices.source());
                AtomicFiles.write(file, JsonFiles.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(table));
                err.println("Wrote " + project.relative(file) + " (" + table.path("Items").size() + " items).");
            } catch (IOException e) {
                throw new InfractlException(ExitCode.AZURE_FAILED, "cannot write " + project.relative(file) + ": "
                        + e.getMessage(), "check that the project folder is writable", e);
            }
        }
        PriceTable table = PriceTable.load(file);
        if (common.json()) {
            ObjectNode root = JsonFiles.MAPPER.createObjectNode().put("price_date", table.priceDate())
                    .put("source", table.source());
            var items = root.putArray("items");
            table.meters().forEach(meter -> items.addObject().put("meterName", meter.meterName())
                    .put("unitOfMeasure", meter.unitOfMeasure()).put("retailPrice", meter.retailPrice())
                    .put("armRegionName", meter.armRegionName()).put("currencyCode", meter.currencyCode()));
            out.println(root);
        } else {
            out.println("Prices of " + table.priceDate() + " from " + table.source() + ":");
            if (table.meters().isEmpty()) {
                out.println("  (no figures: every cost estimate says the price is unknown; run `infractl prices --refresh`)");
            }
            table.meters().forEach(meter -> out.println(String.format(Locale.ROOT, "  %-16s %-36s %12.6f %s per %s",
                    meter.armRegionName(), meter.meterName(), meter.retailPrice(), meter.currencyCode(), meter.unitOfMeasure())));
        }
        out.flush();
        err.flush();
        return ExitCode.OK.code();
    }
}
