package dev.infractl.deploy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Names of the deployments infractl submits: {@code inference-YYYYMMDD-HHMMSS} in UTC. */
public final class DeploymentNames {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private DeploymentNames() {
    }

    public static String at(Instant instant) {
        return ProjectTag.NAME_PREFIX + STAMP.format(instant);
    }
}
