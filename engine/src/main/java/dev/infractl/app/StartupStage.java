package dev.infractl.app;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * How far a replica got on its way to serving: the stages of a Container Apps replica's start-up, each with what
 * it usually means when it lasts too long and what to do about it.
 */
public enum StartupStage {
    ASSIGNING("assigning", "assigning a node", Duration.ofMinutes(10),
            "no node with a free GPU: the region has no GPU capacity now, or the environment's GPU workload profile is"
                    + " at its maximum node count",
            "try a region with GPU capacity (`infractl plan` lists the ones that fit), raise maximumInstanceCount, or"
                    + " free a node; `infractl stop` stops the meter meanwhile"),
    PULLING("pulling", "pulling the image", Duration.ofMinutes(30),
            "the image is very large (CUDA images are many GB) or the registry is slow, throttled or unreachable",
            "look for ErrImagePull / ImagePullBackOff in `infractl logs --system`; a registry in the app's region"
                    + " pulls faster"),
    CREATED("created", "container created", Duration.ofMinutes(10),
            "the container exists but does not start: usually the Azure Files mount (storage link, share) fails",
            "look for mount errors in `infractl logs --system` and check the environment's storage link"),
    STARTED("started", "started, waiting for probes", Duration.ofMinutes(15),
            "the container runs but its probes on / do not pass: the start commands (pip install, loading the model)"
                    + " are slow or failing",
            "read the app's output with `infractl logs`; a model that loads for long needs a longer probe delay"),
    READY("ready", "probes passing", null, "", "");

    private final String key;
    private final String display;
    private final Duration defaultStallAfter;
    private final String meaning;
    private final String action;

    StartupStage(String key, String display, Duration defaultStallAfter, String meaning, String action) {
        this.key = key;
        this.display = display;
        this.defaultStallAfter = defaultStallAfter;
        this.meaning = meaning;
        this.action = action;
    }

    /**
     * The stage the replica's states say: containers all ready, then one started (or the replica running), then
     * one with a container id, then a pull in the details (Kubernetes reports the pull as ContainerCreating), else
     * still waiting for a node.
     */
    static StartupStage of(Replica replica) {
        var containers = replica.containers();
        if (!containers.isEmpty() && containers.stream().allMatch(ContainerStatus::ready)) {
            return READY;
        }
        if (replica.state() == ReplicaState.RUNNING || containers.stream().anyMatch(c -> c.started()
                || "running".equalsIgnoreCase(c.runningState()))) {
            return STARTED;
        }
        if (containers.stream().anyMatch(ContainerStatus::created)) {
            return CREATED;
        }
        StringBuilder details = new StringBuilder(replica.details());
        containers.forEach(c -> details.append(' ').append(c.details()));
        String text = details.toString().toLowerCase(Locale.ROOT);
        return text.contains("pull") || text.contains("containercreating") || text.contains("podinitializing")
                ? PULLING : ASSIGNING;
    }

    /** The name in options and NDJSON. */
    public String key() {
        return key;
    }

    public String display() {
        return display;
    }

    /** Empty for {@link #READY}: the end is never a stall. */
    public Optional<Duration> defaultStallAfter() {
        return Optional.ofNullable(defaultStallAfter);
    }

    public String meaning() {
        return meaning;
    }

    public String action() {
        return action;
    }

    public static Optional<StartupStage> byKey(String key) {
        for (StartupStage stage : values()) {
            if (stage.key.equalsIgnoreCase(key.strip())) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
