package dev.infractl.config;

import java.time.Instant;
import java.util.Optional;

/**
 * A named environment as its files describe it, for {@code env list} and {@code env show}.
 *
 * @param outputs how many of the six config keys its inference.config.json holds (6 after a provision)
 * @param endpoint ACA_APP_ENDPOINT, or null
 * @param written when provision last wrote its config file, if it did
 */
public record EnvironmentState(String name, EnvironmentTarget target, int outputs, String endpoint,
                               Optional<Instant> written) {

    public boolean provisioned() {
        return outputs == ConfigKey.values().length;
    }
}
