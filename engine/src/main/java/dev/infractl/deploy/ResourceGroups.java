package dev.infractl.deploy;

import java.util.Optional;

/** The resource groups of the target subscription. */
public interface ResourceGroups {

    boolean exists(String name);

    /** The region of an existing group; empty when unknown. */
    default Optional<String> location(String name) {
        return Optional.empty();
    }

    void create(String name, String location);
}
