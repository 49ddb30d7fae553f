package dev.infractl.emulator;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How an emulator runs.
 *
 * @param port        the Resource Manager port; 0 picks any free one
 * @param stateDir    where resources, deployments and the CA certificate persist
 * @param faultsFile  injected faults (docs/emulator.md), or null for none
 * @param speed       1.0 deploys the inference template in about two or three seconds; tests use e.g. 50
 * @param appStartup  how long a container app's endpoint answers 503 after its creation or a restart
 */
public record EmulatorSettings(int port, Path stateDir, Path faultsFile, double speed, Duration appStartup) {

    public EmulatorSettings {
        if (speed <= 0) {
            throw new IllegalArgumentException("speed must be positive, was " + speed);
        }
    }

    /** Defaults for a standalone or {@code --local} emulator keeping its state in {@code stateDir}. */
    public static EmulatorSettings defaults(Path stateDir) {
        return new EmulatorSettings(0, stateDir, null, 1.0, Duration.ofSeconds(3));
    }

    public EmulatorSettings withFaults(Path file) {
        return new EmulatorSettings(port, stateDir, file, speed, appStartup);
    }

    public EmulatorSettings withSpeed(double newSpeed) {
        return new EmulatorSettings(port, stateDir, faultsFile, newSpeed, appStartup);
    }

    public EmulatorSettings withAppStartup(Duration startup) {
        return new EmulatorSettings(port, stateDir, faultsFile, speed, startup);
    }
}
