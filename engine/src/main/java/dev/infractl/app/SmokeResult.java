package dev.infractl.app;

import java.net.URI;
import java.time.Duration;

/**
 * What one smoke request showed.
 *
 * @param chat whether it was an OpenAI-style chat completion (else a GET of {@code /})
 * @param answer the model's reply for a chat, else null
 */
public record SmokeResult(URI url, boolean chat, int status, Duration latency, String answer, boolean ok, String problem) {
}
