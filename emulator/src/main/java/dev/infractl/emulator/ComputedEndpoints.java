package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * The addresses and keys other providers compute and templates read through {@code reference()}: a public IP's
 * address and FQDN, a container group's, Application Insights' instrumentation key and connection string, a web
 * app's host names, database servers' FQDNs, a key vault's URI and its secrets' URIs, a registry's login server, a Cosmos account's
 * endpoint, and the ids of a virtual network's subnets. All derived from the resource id, so they never change.
 */
final class ComputedEndpoints {

    private ComputedEndpoints() {
    }

    static void add(ResourceId id, ObjectNode resource, ObjectNode properties, ObjectNode before) {
        String name = id.leafName();
        String location = Regions.normal(resource.path("location").asText("swedencentral"));
        switch (id.type().toLowerCase(Locale.ROOT)) {
            case "microsoft.network/publicipaddresses" -> {
                properties.put("ipAddress", before.path("ipAddress").asText(publicIp(id.id())));
                if (properties.path("dnsSettings").hasNonNull("domainNameLabel")) {
                    ((ObjectNode) properties.get("dnsSettings")).put("fqdn", properties.path("dnsSettings")
                            .path("domainNameLabel").asText() + "." + location + ".cloudapp.azure.com");
                }
            }
            case "microsoft.containerinstance/containergroups" -> {
                if (properties.get("ipAddress") instanceof ObjectNode address) {
                    address.put("ip", before.path("ipAddress").path("ip").asText(publicIp(id.id())));
                    if (address.hasNonNull("dnsNameLabel")) {
                        address.put("fqdn", address.path("dnsNameLabel").asText() + "." + location + ".azurecontainer.io");
                    }
                }
            }
            case "microsoft.insights/components" -> {
                String key = before.path("InstrumentationKey").asText(ComputedProperties.stableUuid(id.id(), "ikey"));
                String app = before.path("AppId").asText(ComputedProperties.stableUuid(id.id(), "appid"));
                properties.put("InstrumentationKey", key).put("AppId", app).put("ApplicationId", name)
                        .put("TenantId", id.subscriptionId())
                        .put("ConnectionString", "InstrumentationKey=" + key + ";IngestionEndpoint=https://" + location
                                + "-0.in.applicationinsights.azure.com/;LiveEndpoint=https://" + location
                                + ".livediagnostics.monitor.azure.com/;ApplicationId=" + app);
            }
            case "microsoft.web/sites" -> {
                String host = name.toLowerCase(Locale.ROOT) + ".azurewebsites.net";
                properties.put("defaultHostName", host).put("state", "Running");
                properties.putArray("hostNames").add(host);
                properties.putArray("enabledHostNames").add(host).add(name.toLowerCase(Locale.ROOT) + ".scm.azurewebsites.net");
                properties.put("outboundIpAddresses", publicIp(id.id() + "|out1") + "," + publicIp(id.id() + "|out2"));
            }
            case "microsoft.sql/servers" -> properties.put("fullyQualifiedDomainName", name + ".database.windows.net")
                    .put("state", "Ready");
            case "microsoft.dbforpostgresql/flexibleservers" -> properties.put("fullyQualifiedDomainName",
                    name + ".postgres.database.azure.com").put("state", "Ready");
            case "microsoft.dbformysql/flexibleservers" -> properties.put("fullyQualifiedDomainName",
                    name + ".mysql.database.azure.com").put("state", "Ready");
            case "microsoft.keyvault/vaults" -> properties.put("vaultUri", "https://" + name + ".vault.azure.net/");
            case "microsoft.keyvault/vaults/secrets" -> {
                String uri = "https://" + id.name().split("/")[0] + ".vault.azure.net/secrets/" + name;
                properties.put("secretUri", uri).put("secretUriWithVersion", uri + "/"
                        + ComputedProperties.stableUuid(id.id(), "version").replace("-", ""));
            }
            case "microsoft.containerregistry/registries" -> properties.put("loginServer",
                    name.toLowerCase(Locale.ROOT) + ".azurecr.io");
            case "microsoft.documentdb/databaseaccounts" -> properties.put("documentEndpoint",
                    "https://" + name + ".documents.azure.com:443/");
            case "microsoft.network/virtualnetworks" -> properties.path("subnets").forEach(subnet -> subnetIds(id, subnet));
            default -> {
                // other types have nothing computed here
            }
        }
    }

    private static void subnetIds(ResourceId network, JsonNode subnet) {
        if (subnet instanceof ObjectNode object && object.hasNonNull("name")) {
            object.put("id", network.id() + "/subnets/" + object.path("name").asText())
                    .put("type", "Microsoft.Network/virtualNetworks/subnets");
            if (!(object.get("properties") instanceof ObjectNode)) {
                object.putObject("properties");
            }
            ((ObjectNode) object.get("properties")).put("provisioningState", "Succeeded");
        }
    }

    /** A public-looking IPv4 address in 20.0.0.0/8, fixed per id. */
    static String publicIp(String seed) {
        String hex = ComputedProperties.stableUuid(seed, "ip").replace("-", "");
        return "20." + Integer.parseInt(hex.substring(0, 2), 16) + "." + Integer.parseInt(hex.substring(2, 4), 16) + "."
                + Math.max(1, Integer.parseInt(hex.substring(4, 6), 16) % 255);
    }
}
