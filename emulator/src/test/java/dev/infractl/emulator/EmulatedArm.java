package dev.infractl.emulator;

import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.models.Deployment;
import com.azure.resourcemanager.resources.models.DeploymentMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One emulator for the tests of a class, and the real SDK's ResourceManager on it: started before the first test,
 * closed (its state folder deleted) after the last. {@code @RegisterExtension static final EmulatedArm AZURE =
 * EmulatedArm.withFaults("...")}; the tests then deploy with {@link #deploy}.
 */
final class EmulatedArm implements BeforeAllCallback, AfterAllCallback {

    private final String faults;
    private Path folder;
    private Emulator emulator;
    private ResourceManager arm;

    private EmulatedArm(String faults) {
        this.faults = faults;
    }

    static EmulatedArm started() {
        return new EmulatedArm(null);
    }

    /** With the faults file's JSON (docs/emulator.md): quotas, failing resources. */
    static EmulatedArm withFaults(String faultsJson) {
        return new EmulatedArm(faultsJson);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("emulated-arm");
        EmulatorSettings settings = EmulatorSettings.defaults(folder.resolve("state")).withSpeed(50);
        if (faults != null) {
            settings = settings.withFaults(Files.writeString(folder.resolve("faults.json"), faults));
        }
        emulator = Emulator.start(settings);
        SdkClients clients = new SdkClients(emulator);
        arm = clients.resourceManager(clients.staticToken());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        emulator.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    Emulator emulator() {
        return emulator;
    }

    ResourceManager arm() {
        return arm;
    }

    /** Creates the group in swedencentral and deploys the template to it, Incremental, without parameters. */
    Deployment deploy(String group, String name, String template) {
        arm.resourceGroups().define(group).withRegion("swedencentral").create();
        try {
            return arm.deployments().define(name).withExistingResourceGroup(group)
                    .withTemplate(template).withParameters("{}").withMode(DeploymentMode.INCREMENTAL).create();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resource id of a group in the emulator's subscription. */
    String groupId(String group) {
        return "/subscriptions/" + emulator.subscriptionId() + "/resourceGroups/" + group;
    }
}
