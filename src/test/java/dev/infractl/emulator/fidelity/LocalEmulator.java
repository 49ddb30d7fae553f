package dev.infractl.emulator.fidelity;

import dev.infractl.emulator.Emulator;
import dev.infractl.emulator.EmulatorSettings;
import java.nio.file.Path;
import java.time.Duration;

/** An in-process emulator set up as scripts/fidelity.sh sets up its standalone one, and its endpoint. */
final class LocalEmulator {

    private LocalEmulator() {
    }

    /** Half speed: the inference template deploys in about 5 s, long enough for the cancel case to catch it running. */
    static Emulator start(Path state) {
        return Emulator.start(EmulatorSettings.defaults(state).withSpeed(0.5).withAppStartup(Duration.ZERO));
    }

    static Endpoint endpoint(Emulator emulator) {
        return new Endpoint(emulator.armEndpoint(), emulator.caCertificate(), emulator.token(), emulator.subscriptionId(),
                emulator.tenantId(), emulator.filesEndpoint());
    }
}
