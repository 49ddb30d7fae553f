package dev.infractl.app;

/**
 * One container of a replica as Container Apps reports it ({@code properties.containers[]} of a replica).
 *
 * @param runningState Running, Waiting or Terminated (as sent; null when absent)
 * @param details      runningStateDetails, such as "ContainerCreating" or "Container is waiting with reason: ..."
 * @param created      whether it has a containerId: the runtime created it
 */
public record ContainerStatus(String runningState, String details, boolean created, boolean started, boolean ready) {
}
