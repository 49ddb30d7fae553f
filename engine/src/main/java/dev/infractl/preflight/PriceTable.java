package dev.infractl.preflight;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.config.JsonFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Azure Container Apps prices in the Retail Prices API's shape ({@code Items[]} with meterName, unitOfMeasure,
 * retailPrice, armRegionName, currencyCode, effectiveStartDate), plus where the figures came from and when.
 *
 * @param priceDate the table's date: when it was fetched, or what its metadata says
 * @param source    where the figures came from
 */
public record PriceTable(String priceDate, String source, List<Meter> meters) {

    static final String SHIPPED = "/dev/infractl/preflight/prices.json";

    public PriceTable {
        meters = List.copyOf(meters);
    }

    /** @param retailPrice per unitOfMeasure, in currencyCode */
    public record Meter(String meterName, String unitOfMeasure, double retailPrice, String armRegionName,
                        String currencyCode, String effectiveStartDate) {
    }

    /** The table refreshed into {@code refreshed} when there is one, else the one shipped in the jar. */
    public static PriceTable load(Path refreshed) {
        if (refreshed != null && Files.isRegularFile(refreshed)) {
            return fromJson(JsonFiles.read(refreshed));
        }
        try (InputStream in = PriceTable.class.getResourceAsStream(SHIPPED)) {
            return fromJson(JsonFiles.MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PriceTable fromJson(JsonNode root) {
        List<Meter> meters = new ArrayList<>();
        for (JsonNode item : root.path("Items")) {
            if (item.path("retailPrice").isNumber()) {
                meters.add(new Meter(item.path("meterName").asText(), item.path("unitOfMeasure").asText(),
                        item.path("retailPrice").asDouble(), item.path("armRegionName").asText(),
                        item.path("currencyCode").asText("USD"), item.path("effectiveStartDate").asText("")));
            }
        }
        JsonNode about = root.path("_infractl");
        String date = about.path("priceDate").asText(meters.stream().map(Meter::effectiveStartDate)
                .max(Comparator.naturalOrder()).orElse("unknown"));
        return new PriceTable(date, about.path("source").asText("unknown"), meters);
    }

    /** The Retail Prices API's items as one table file, recording the date and where they came from. */
    public static ObjectNode toJson(List<JsonNode> items, String fetchedOn, String source) {
        ObjectNode root = JsonFiles.MAPPER.createObjectNode();
        root.putObject("_infractl").put("priceDate", fetchedOn).put("source", source);
        ArrayNode array = root.putArray("Items");
        items.forEach(array::add);
        if (items.isEmpty()) {
            throw new InfractlException(ExitCode.AZURE_FAILED, source + " returned no Azure Container Apps prices",
                    "check the endpoint; the table in use was not changed");
        }
        return root;
    }
}
