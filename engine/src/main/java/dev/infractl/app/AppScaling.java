package dev.infractl.app;

import java.util.Map;
import java.util.Optional;

/** Reading and changing the scale of the app and the GPU profile of its environment, in Resource Manager. */
public interface AppScaling {

    AppFacts app();

    /** Changes the app's scale rule (a new revision in Container Apps). */
    void scale(AppScale scale);

    Optional<WorkloadProfile> profile(String environmentId, String profileName);

    /** The environment's tags: the project tag says who owns it. */
    Map<String, String> environmentTags(String environmentId);

    void setProfileMinimum(String environmentId, String profileName, int minimum);
}
