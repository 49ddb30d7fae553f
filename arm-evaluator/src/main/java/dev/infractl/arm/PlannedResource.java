package dev.infractl.arm;

import java.util.List;

/**
 * One resource the deployment will create, after copy loops are expanded: its evaluated type, name and id,
 * whether its condition holds, the ids it waits for, and where it sits in the template.
 *
 * @param dependsOn full resource ids of deployed resources this one waits for, explicit and implicit
 * @param jsonPath  the resource's place in the template, such as {@code $.resources[3]}; copies share it
 */
public record PlannedResource(String type, String apiVersion, String name, String resourceId,
                              boolean condition, List<String> dependsOn, String jsonPath) {

    public PlannedResource {
        dependsOn = List.copyOf(dependsOn);
    }
}
