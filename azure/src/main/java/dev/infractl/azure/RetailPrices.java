package dev.infractl.azure;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.http.policy.UserAgentPolicy;
import com.azure.core.util.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.config.JsonFiles;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The Azure Retail Prices API (anonymous): every Azure Container Apps item, following NextPageLink. */
public final class RetailPrices {

    public static final URI PUBLIC = URI.create("https://prices.azure.com");
    private static final int MAX_PAGES = 100;

    private final HttpPipeline pipeline;
    private final URI base;

    public RetailPrices(AzureConnection connection, URI base) {
        this.pipeline = new HttpPipelineBuilder().httpClient(connection.httpClient())
                .policies(new UserAgentPolicy("infractl"), new RetryPolicy()).build();
        this.base = base;
    }

    public String source() {
        return base + "/api/retail/prices";
    }

    public List<JsonNode> containerAppsItems() {
        String filter = URLEncoder.encode("serviceName eq 'Azure Container Apps'", StandardCharsets.UTF_8).replace("+", "%20");
        String next = source() + "?api-version=2023-01-01-preview&$filter=" + filter;
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; next != null && !next.isBlank() && page < MAX_PAGES; page++) {
            JsonNode body = get(next);
            body.path("Items").forEach(items::add);
            next = body.path("NextPageLink").isTextual() ? body.path("NextPageLink").asText() : null;
        }
        return items;
    }

    private JsonNode get(String url) {
        try (HttpResponse response = pipeline.sendSync(new HttpRequest(HttpMethod.GET, url), Context.NONE)) {
            String text = response.getBodyAsBinaryData() == null ? "" : response.getBodyAsBinaryData().toString();
            if (response.getStatusCode() / 100 != 2) {
                throw new InfractlException(ExitCode.AZURE_FAILED, "the Retail Prices API answered HTTP "
                        + response.getStatusCode() + " for " + url, "try again later; the table in use was not changed");
            }
            return JsonFiles.MAPPER.readTree(text);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InfractlException infractl) {
                throw infractl;
            }
            throw new InfractlException(ExitCode.AZURE_FAILED, "cannot read the Retail Prices API at " + base + ": "
                    + e.getMessage(), "check the network and proxy; the table in use was not changed", e);
        }
    }
}
