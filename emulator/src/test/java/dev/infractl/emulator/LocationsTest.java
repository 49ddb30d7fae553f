package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.fluent.models.LocationInner;
import com.azure.resourcemanager.resources.models.Location;
import com.azure.resourcemanager.resources.models.RegionCategory;
import com.azure.resourcemanager.resources.models.RegionType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The subscription's locations as Subscriptions_ListLocations answers them, read through the Azure SDK. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocationsTest {

    Emulator emulator;
    ResourceManager arm;

    @BeforeAll
    void start(@TempDir Path state) {
        emulator = Emulator.start(EmulatorSettings.defaults(state));
        SdkClients clients = new SdkClients(emulator);
        arm = clients.resourceManager(clients.staticToken());
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @Test
    void eachLocationHasItsDisplayNamesAndMetadataAsAzureListsThem() {
        List<Location> locations = arm.subscriptions().getById(emulator.subscriptionId()).listLocations().stream().toList();

        Location sweden = locations.stream().filter(l -> l.name().equals("swedencentral")).findFirst().orElseThrow();
        LocationInner inner = sweden.innerModel();
        assertThat(sweden.displayName()).isEqualTo("Sweden Central");
        assertThat(inner.regionalDisplayName()).isEqualTo("(Europe) Sweden Central");
        assertThat(inner.id()).isEqualTo("/subscriptions/" + emulator.subscriptionId() + "/locations/swedencentral");
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
        assertThat(arm.providers().getByName("Microsoft.App").resourceTypes().get(0).locations())
                .contains("Sweden Central", "West US 3");
    }
}
