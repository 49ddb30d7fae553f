package dev.infractl.reuse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What exists in the target resource group, read from Resource Manager; empty when it does not exist. */
public interface ExistingResources {

    Optional<FineTuningJob> job(String name);

    Optional<ExistingEnvironment> environment(String name);

    /** Every Log Analytics workspace in the group, to find the one an environment logs to. */
    List<Workspace> workspaces();

    /** The ids of the resources that deployments carrying {@code tags} made (their outputResources). */
    Set<String> deployedBy(Map<String, String> tags);

    /** Whether the resource of {@code type} named by {@code names} (parent first, as in its id) exists. */
    boolean exists(String type, String... names);
}
