package dev.infractl.deploy;

import java.time.Duration;
import java.util.Optional;

/**
 * How long to follow a deployment.
 *
 * @param follow false for {@code --no-wait}
 * @param timeout {@code --timeout}: stop following after this long (the deployment goes on)
 * @param cancelOnInterrupt {@code --cancel-on-interrupt}: Ctrl-C cancels instead of leaving it running
 */
public record WaitOptions(boolean follow, Optional<Duration> timeout, boolean cancelOnInterrupt) {

    public static WaitOptions untilDone() {
        return new WaitOptions(true, Optional.empty(), false);
    }
}
