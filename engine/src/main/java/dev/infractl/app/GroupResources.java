package dev.infractl.app;

import java.util.List;

/** The resources of the project's resource group, for {@code down}. */
public interface GroupResources {

    List<GroupResource> list();

    /** Asks Resource Manager to delete the resource; returns without waiting for it to be gone. */
    void beginDelete(GroupResource resource);

    boolean exists(GroupResource resource);
}
