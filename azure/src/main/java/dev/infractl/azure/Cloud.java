package dev.infractl.azure;

import dev.infractl.InfractlException;
import java.net.URI;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The Azure clouds by the names the az CLI uses. Plain data, no SDK types, so that parsing {@code --cloud}
 * loads nothing heavy.
 */
public enum Cloud {
    AZURE_CLOUD("AzureCloud", "https://login.microsoftonline.com/", "https://management.azure.com/",
            "https://portal.azure.com"),
    AZURE_CHINA_CLOUD("AzureChinaCloud", "https://login.chinacloudapi.cn/", "https://management.chinacloudapi.cn/",
            "https://portal.azure.cn"),
    AZURE_US_GOVERNMENT("AzureUSGovernment", "https://login.microsoftonline.us/", "https://management.usgovcloudapi.net/",
            "https://portal.azure.us");

    private final String cliName;
    private final String authorityHost;
    private final URI armEndpoint;
    private final String portalUrl;

    Cloud(String cliName, String authorityHost, String armEndpoint, String portalUrl) {
        this.cliName = cliName;
        this.authorityHost = authorityHost;
        this.armEndpoint = URI.create(armEndpoint);
        this.portalUrl = portalUrl;
    }

    public String cliName() {
        return cliName;
    }

    /** Microsoft Entra ID's sign-in host for this cloud. */
    public String authorityHost() {
        return authorityHost;
    }

    public URI armEndpoint() {
        return armEndpoint;
    }

    public String portalUrl() {
        return portalUrl;
    }

    /** The token scope for Resource Manager: its audience plus {@code .default}. */
    public String managementScope() {
        return armEndpoint + ".default";
    }

    public static Cloud named(String name) {
        return Arrays.stream(values()).filter(cloud -> cloud.cliName.equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> InfractlException.badInput("unknown cloud `" + name + "`", null,
                        "use one of " + Arrays.stream(values()).map(Cloud::cliName).collect(Collectors.joining(", "))
                                + "; for other clouds give --arm-endpoint (and --ca-cert)"));
    }
}
