package dev.infractl.emulator;

import java.util.List;
import java.util.Locale;

/**
 * Azure's public regions by their programmatic names, the ones a PUT may name. A display name such as
 * "East US" is read as {@code eastus}, as Resource Manager reads it; "global" is the location of global
 * resources (DNS zones, action groups, Front Door), taken for any type here.
 */
final class Regions {

    static final List<String> ALL = List.of("eastus", "eastus2", "westus", "westus2", "westus3", "centralus",
            "northcentralus", "southcentralus", "westcentralus", "canadacentral", "canadaeast", "brazilsouth",
            "brazilsoutheast", "mexicocentral", "chilecentral", "northeurope", "westeurope", "uksouth", "ukwest",
            "francecentral", "francesouth", "germanywestcentral", "germanynorth", "switzerlandnorth",
            "switzerlandwest", "norwayeast", "norwaywest", "swedencentral", "swedensouth", "polandcentral",
            "italynorth", "spaincentral", "austriaeast", "belgiumcentral", "eastasia", "southeastasia", "japaneast",
            "japanwest", "koreacentral", "koreasouth", "australiaeast", "australiasoutheast", "australiacentral",
            "australiacentral2", "centralindia", "southindia", "westindia", "jioindiawest", "jioindiacentral",
            "uaenorth", "uaecentral", "qatarcentral", "israelcentral", "southafricanorth", "southafricawest",
            "newzealandnorth", "indonesiacentral", "malaysiawest");

    private Regions() {
    }

    /** {@code East US} and {@code eastus} alike: lower case, no spaces. */
    static String normal(String location) {
        return location.toLowerCase(Locale.ROOT).replace(" ", "");
    }

    static boolean known(String location) {
        String name = normal(location);
        return name.equals("global") || ALL.contains(name);
    }
}
