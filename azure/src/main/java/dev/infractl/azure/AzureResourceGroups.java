package dev.infractl.azure;

import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.fluent.ResourceGroupsClient;
import com.azure.resourcemanager.resources.fluent.models.ResourceGroupInner;
import dev.infractl.deploy.ResourceGroups;
import java.net.URI;
import java.util.Optional;

/** {@link ResourceGroups} over azure-resourcemanager-resources. */
final class AzureResourceGroups implements ResourceGroups {

    private final ResourceGroupsClient groups;
    private final AzureCalls calls;

    AzureResourceGroups(ResourceManager manager, URI endpoint) {
        this.groups = manager.serviceClient().getResourceGroups();
        this.calls = new AzureCalls(endpoint);
    }

    @Override
    public boolean exists(String name) {
        return calls.call("checking resource group " + name, () -> groups.checkExistence(name));
    }

    @Override
    public Optional<String> location(String name) {
        return Optional.ofNullable(calls.call("reading resource group " + name, () -> groups.get(name).location()));
    }

    @Override
    public void create(String name, String location) {
        calls.run("creating resource group " + name, () -> groups.createOrUpdate(name, new ResourceGroupInner().withLocation(location)));
    }
}
