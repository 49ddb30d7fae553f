package dev.infractl.deploy;

/** The resource groups of the target subscription. */
public interface ResourceGroups {

    boolean exists(String name);

    void create(String name, String location);
}
