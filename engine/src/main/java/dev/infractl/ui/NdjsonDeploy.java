package dev.infractl.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.app.AppEvent;
import dev.infractl.app.DeployResult;
import dev.infractl.config.JsonFiles;
import dev.infractl.sync.LocalFile;
import dev.infractl.sync.SyncEvent;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * {@code deploy --output json}: one object per line with an {@code "event"} field; the last line is
 * {@code {"event":"finished","status":...,"uploaded":N,"deleted":N,"unchanged":N,"bytes_uploaded":N,"requests":N}}.
 */
public final class NdjsonDeploy implements DeployView {

    private final PrintWriter out;
    private final SyncTally tally = new SyncTally();

    public NdjsonDeploy(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void sync(SyncEvent event) {
        tally.count(event);
        ObjectNode line = JsonFiles.MAPPER.createObjectNode();
        if (event instanceof SyncEvent.Planned planned) {
            line.put("event", "planned").put("dryRun", planned.dryRun()).put("upload", planned.uploads().size())
                    .put("upload_bytes", planned.bytesToUpload()).put("delete", planned.deletes().size())
                    .put("unchanged", planned.unchanged());
            if (planned.dryRun()) {
                ArrayNode uploads = line.putArray("uploads");
                planned.uploads().stream().map(LocalFile::path).forEach(uploads::add);
                ArrayNode deletes = line.putArray("deletes");
                planned.deletes().forEach(deletes::add);
            }
        } else if (event instanceof SyncEvent.Uploaded uploaded) {
            line.put("event", "uploaded").put("path", uploaded.path()).put("bytes", uploaded.bytes());
        } else if (event instanceof SyncEvent.Deleted deleted) {
            line.put("event", "deleted").put("path", deleted.path());
        } else if (event instanceof SyncEvent.Skipped skipped) {
            line.put("event", "skipped").put("path", skipped.path()).put("reason", skipped.reason());
        } else if (event instanceof SyncEvent.Failed failed) {
            line.put("event", "failed").put("path", failed.path()).put("message", failed.message());
        } else if (event instanceof SyncEvent.Warning warning) {
            line.put("event", "warning").put("path", warning.path()).put("message", warning.message());
        } else if (event instanceof SyncEvent.Stopped) {
            return; // its count is in the finished line
        }
        print(line);
    }

    @Override
    public void app(AppEvent event) {
        ObjectNode line = JsonFiles.MAPPER.createObjectNode();
        if (event instanceof AppEvent.RestartingUnchanged) {
            line.put("event", "restarting").put("codeChanged", false).put("message", "no code changed; the restart"
                    + " reloads the model from the share and costs a GPU replica's start-up (about 20 minutes on Azure);"
                    + " --no-restart skips it");
        } else if (event instanceof AppEvent.Restarted restarted) {
            line.put("event", "restarted").put("revision", restarted.revision());
        } else if (event instanceof AppEvent.ReplicasChanged changed) {
            line.put("event", "replicas").put("revision", changed.revision());
            ArrayNode replicas = line.putArray("replicas");
            changed.replicas().forEach(replica -> replicas.addObject().put("name", replica.name())
                    .put("state", replica.state().name().toLowerCase(Locale.ROOT)));
        } else if (event instanceof AppEvent.EndpointChecked checked) {
            line.put("event", "endpoint").put("url", checked.endpoint().toString()).put("status", checked.status())
                    .put("waitedMs", checked.waited().toMillis());
        } else if (event instanceof AppEvent.Ready ready) {
            line.put("event", "ready").put("url", ready.endpoint().toString()).put("waitedMs", ready.waited().toMillis());
        } else if (event instanceof AppEvent.StageReached reached) {
            line.put("event", "stage").put("replica", reached.replica()).put("stage", reached.stage().key())
                    .put("elapsedMs", reached.elapsed().toMillis());
            if (reached.previous() != null) {
                line.put("previous", reached.previous().key()).put("previousMs", reached.previousLasted().toMillis());
            }
        } else if (event instanceof AppEvent.SystemEventsRead read) {
            line.put("event", "systemEvents");
            ArrayNode lines = line.putArray("lines");
            read.lines().forEach(lines::add);
        } else if (event instanceof AppEvent.Stalled stalled) {
            line.put("event", "stalled").put("replica", stalled.replica()).put("stage", stalled.stage().key())
                    .put("lastedMs", stalled.lasted().toMillis()).put("limitMs", stalled.limit().toMillis())
                    .put("meaning", stalled.stage().meaning()).put("action", stalled.stage().action());
        }
        print(line);
    }

    @Override
    public void finished(DeployResult result) {
        ObjectNode line = JsonFiles.MAPPER.createObjectNode().put("event", "finished").put("status", result.status().jsonName());
        var summary = result.summary();
        line.put("uploaded", summary == null ? tally.uploaded() : summary.uploaded())
                .put("deleted", summary == null ? tally.deleted() : summary.deleted())
                .put("unchanged", summary == null ? tally.unchanged() : summary.unchanged())
                .put("bytes_uploaded", summary == null ? tally.bytes() : summary.bytesUploaded())
                .put("requests", summary == null ? tally.requests() : summary.requests());
        if (summary != null) {
            line.put("sync_ms", summary.elapsed().toMillis());
        }
        if (result.endpoint() != null) {
            line.put("endpoint", result.endpoint().toString());
        }
        print(line);
    }

    private void print(ObjectNode line) {
        out.println(line.toString());
        out.flush();
    }
}
