package dev.infractl.reuse;

import java.util.List;
import java.util.Optional;

/** What exists in the target resource group, read from Resource Manager; empty when it does not exist. */
public interface ExistingResources {

    Optional<FineTuningJob> job(String name);

    Optional<ExistingEnvironment> environment(String name);

    /** Every Log Analytics workspace in the group, to find the one an environment logs to. */
    List<Workspace> workspaces();

    /** Whether the resource of {@code type} named by {@code names} (parent first, as in its id) exists. */
    boolean exists(String type, String... names);
}
