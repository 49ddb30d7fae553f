package dev.infractl.app;

import java.util.Map;

/**
 * The container app as {@code status}, {@code stop} and {@code start} need it.
 *
 * @param replicas how many replicas its latest revision runs now
 * @param environmentId the managed environment's resource id
 * @param profileName the workload profile it runs on ({@code Consumption} when none is named)
 * @param location the app's region, for prices
 */
public record AppFacts(String name, String id, AppScale scale, int replicas, String environmentId, String profileName,
                       String location, Map<String, String> tags) {
}
