package dev.infractl.app;

import java.net.URI;

/** Single requests to the app's endpoint, for the smoke test. */
public interface EndpointCalls {

    /** One answer; status 0 means nothing answered (refused, reset, timed out). */
    record Answer(int status, String body) {
    }

    Answer get(URI url);

    Answer postJson(URI url, String json);
}
