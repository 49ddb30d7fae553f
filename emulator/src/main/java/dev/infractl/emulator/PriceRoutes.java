package dev.infractl.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The Azure Retail Prices API's shape ({@code GET /api/retail/prices}, anonymous, paged with NextPageLink)
 * answering Azure Container Apps meters. The figures are the emulator's own, made up for tests: never real prices.
 */
final class PriceRoutes {

    static final int PAGE_SIZE = 3;

    /** meterName, unitOfMeasure, retailPrice; in every GPU region. */
    private static final List<Object[]> METERS = List.of(
            new Object[] {"NC24-A100 Dedicated Usage", "1 Hour", 4.0},
            new Object[] {"Dedicated Plan Management", "1 Hour", 0.1},
            new Object[] {"Serverless GPU NC A100 Usage", "1 Second", 0.001},
            new Object[] {"Serverless GPU NC T4 Usage", "1 Second", 0.0002});

    List<Route> routes() {
        return List.of(Route.open("GET", "^/api/retail/prices$", this::prices));
    }

    private Response prices(Request request, Matcher path) {
        int skip = Integer.parseInt(request.queryParameter("$skip").orElse("0"));
        ArrayNode all = Json.array();
        for (String region : WorkloadProfileType.GPU_REGIONS) {
            for (Object[] meter : METERS) {
                all.addObject()
                        .put("currencyCode", "USD")
                        .put("retailPrice", (double) meter[2])
                        .put("unitPrice", (double) meter[2])
                        .put("armRegionName", region)
                        .put("location", region)
                        .put("effectiveStartDate", "2026-01-01T00:00:00Z")
                        .put("meterName", (String) meter[0])
                        .put("productName", "Azure Container Apps")
                        .put("skuName", "Standard")
                        .put("serviceName", "Azure Container Apps")
                        .put("unitOfMeasure", (String) meter[1])
                        .put("type", "Consumption");
            }
        }
        ObjectNode page = Json.object().put("BillingCurrency", "USD").put("CustomerEntityType", "Retail");
        ArrayNode items = page.putArray("Items");
        for (int i = skip; i < Math.min(all.size(), skip + PAGE_SIZE); i++) {
            items.add(all.get(i));
        }
        page.put("Count", items.size());
        if (skip + PAGE_SIZE < all.size()) {
            page.put("NextPageLink", request.baseUrl() + "/api/retail/prices?$skip=" + (skip + PAGE_SIZE));
        } else {
            page.putNull("NextPageLink");
        }
        return Response.ok(page);
    }
}
