package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.resourcemanager.resources.fluent.models.LocationInner;
import com.azure.resourcemanager.resources.models.Location;
import com.azure.resourcemanager.resources.models.RegionCategory;
import com.azure.resourcemanager.resources.models.RegionType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The subscription's locations as Subscriptions_ListLocations answers them, read through the Azure SDK. */
class LocationsTest {

    @RegisterExtension
    static final EmulatedArm AZURE = EmulatedArm.started();

    @Test
    void eachLocationHasItsDisplayNamesAndMetadataAsAzureListsThem() {
        List<Location> locations = AZURE.arm().subscriptions().getById(AZURE.emulator().subscriptionId()).listLocations().stream().toList();

        Location sweden = locations.stream().filter(l -> l.name().equals("swedencentral")).findFirst().orElseThrow();
        LocationInner inner = sweden.innerModel();
        assertThat(sweden.displayName()).isEqualTo("Sweden Central");
        assertThat(inner.regionalDisplayName()).isEqualTo("(Europe) Sweden Central");
        assertThat(inner.id()).isEqualTo("/subscriptions/" + AZURE.emulator().subscriptionId() + "/locations/swedencentral");
        assertThat(sweden.regionType()).isEqualTo(RegionType.PHYSICAL);
        assertThat(sweden.regionCategory()).isEqualTo(RegionCategory.RECOMMENDED);
        assertThat(sweden.geographyGroup()).isEqualTo("Europe");
        assertThat(sweden.physicalLocation()).isEqualTo("Gävle");
        assertThat(inner.metadata().pairedRegion()).singleElement()
                .satisfies(paired -> assertThat(paired.name()).isEqualTo("swedensouth"));
        assertThat(locations).extracting(Location::displayName).contains("East US", "West US 3", "Australia East");
    }

    @Test
    void aProvidersResourceTypesListTheirLocationsByDisplayName() {
        assertThat(AZURE.arm().providers().getByName("Microsoft.App").resourceTypes().get(0).locations())
                .contains("Sweden Central", "West US 3");
    }
}
