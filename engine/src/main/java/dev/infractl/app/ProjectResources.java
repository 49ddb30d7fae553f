package dev.infractl.app;

import dev.infractl.deploy.ProjectTag;
import java.util.Set;

/** Which resources of the group this project made: those its tagged deployments created (not merely updated). */
@FunctionalInterface
public interface ProjectResources {

    /** Lower-cased resource ids. */
    Set<String> createdBy(ProjectTag project);
}
