package dev.infractl.app;

import java.net.URI;

/** One GET of the app's endpoint. */
public interface EndpointProbe {

    /** The HTTP status, or 0 when nothing answered (connection refused, reset, timed out). */
    int status(URI endpoint);
}
