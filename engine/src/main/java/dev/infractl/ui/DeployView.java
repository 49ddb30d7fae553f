package dev.infractl.ui;

import dev.infractl.app.AppEvent;
import dev.infractl.app.DeployResult;
import dev.infractl.sync.SyncEvent;

/** Draws a deploy: the sync's events, the app's start-up, and the last word. */
public interface DeployView {

    void sync(SyncEvent event);

    void app(AppEvent event);

    void finished(DeployResult result);
}
