package dev.infractl.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.app.AppStatus;
import dev.infractl.config.JsonFiles;
import java.io.PrintWriter;

/** The app's lines of {@code status}: text, or one {@code {"event":"app",...}} object. */
public final class AppStatusView {

    private AppStatusView() {
    }

    public static void show(AppStatus status, PrintWriter out, boolean json) {
        var app = status.app();
        String cost = status.costPerHour().map(price -> "$" + price.toPlainString() + "/h").orElse("unknown");
        if (json) {
            ObjectNode line = JsonFiles.MAPPER.createObjectNode().put("event", "app").put("app", app.name())
                    .put("replicas", app.replicas()).put("minReplicas", app.scale().minReplicas())
                    .put("maxReplicas", app.scale().maxReplicas()).put("profile", app.profileName());
            status.profile().ifPresent(profile -> line.put("profileType", profile.type()).put("dedicated", profile.dedicated()));
            status.profile().filter(profile -> profile.minimumCount() != null)
                    .ifPresent(profile -> line.put("profileMinimumCount", profile.minimumCount()));
            if (status.costPerHour().isPresent()) {
                line.put("costPerHour", status.costPerHour().get());
            } else {
                line.putNull("costPerHour");
            }
            out.println(line);
        } else {
            out.println("container app " + app.name() + ": " + app.replicas() + " replica(s) running ("
                    + app.scale().display() + ")");
            out.println("  profile: " + status.profile().map(profile -> profile.display()).orElse(app.profileName()));
            out.println("  cost now: " + cost + (status.costPerHour().isEmpty()
                    ? " (no price for this profile and region; `infractl prices --refresh` fetches them)"
                    : " for the GPU nodes or replicas (the dedicated plan's management fee is not included)"));
        }
        out.flush();
    }
}
