package dev.infractl.emulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * How an emulator runs.
 *
 * @param port        the Resource Manager port; 0 picks any free one
 * @param stateDir    where resources, deployments and the CA certificate persist
 * @param faultsFile  injected faults (docs/emulator.md), or null for none
 * @param speed       1.0 deploys the inference template in about two or three seconds; tests use e.g. 50
 * @param appStartup  how long a container app's endpoint answers 503 after its creation or a restart
 * @param joinable    whether other processes on the same state folder may use this emulator (the standalone
 *                    {@code emulator} command) rather than wait until it stops
 * @param requestLog  receives one line per Resource Manager request (no header, no body), or null for none
 */
public record EmulatorSettings(int port, Path stateDir, Path faultsFile, double speed, Duration appStartup,
                               boolean joinable, Consumer<String> requestLog) {

    public EmulatorSettings {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number, was " + speed);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be from 0 to 65535, was " + port);
        }
    }

    public EmulatorSettings(int port, Path stateDir, Path faultsFile, double speed, Duration appStartup) {
        this(port, stateDir, faultsFile, speed, appStartup, false, null);
    }

    /** Defaults for a standalone or {@code --local} emulator keeping its state in {@code stateDir}. */
    public static EmulatorSettings defaults(Path stateDir) {
        return new EmulatorSettings(0, stateDir, null, 1.0, Duration.ofSeconds(3));
    }

    public EmulatorSettings withFaults(Path file) {
        return new EmulatorSettings(port, stateDir, file, speed, appStartup, joinable, requestLog);
    }

    public EmulatorSettings withSpeed(double newSpeed) {
        return new EmulatorSettings(port, stateDir, faultsFile, newSpeed, appStartup, joinable, requestLog);
    }

    public EmulatorSettings withAppStartup(Duration startup) {
        return new EmulatorSettings(port, stateDir, faultsFile, speed, startup, joinable, requestLog);
    }

    public EmulatorSettings letOthersJoin() {
        return new EmulatorSettings(port, stateDir, faultsFile, speed, appStartup, true, requestLog);
    }

    public EmulatorSettings withRequestLog(Consumer<String> log) {
        return new EmulatorSettings(port, stateDir, faultsFile, speed, appStartup, joinable, log);
    }
}
