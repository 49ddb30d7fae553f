package dev.infractl.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.app.DeployResult;
import dev.infractl.config.JsonFiles;
import dev.infractl.sync.LocalFile;
import dev.infractl.sync.SyncEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sync that failed after sending requests never ends in a summary that claims none were sent. */
class FailedSyncSummaryTest {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @Test
    void theNdjsonLastLineCountsTheRequestsSentBeforeTheFailure() throws Exception {
        NdjsonDeploy view = new NdjsonDeploy(new PrintWriter(out));
        play(view);

        String[] lines = out.toString().strip().split("\n");
        JsonNode last = JsonFiles.MAPPER.readTree(lines[lines.length - 1]);
        assertThat(last.get("status").asText()).isEqualTo("Failed");
        assertThat(last.get("requests").asLong()).isEqualTo(6);
        assertThat(last.get("uploaded").asInt()).isEqualTo(1);
        assertThat(out.toString()).doesNotContain("\"event\":\"\"").doesNotContain("{}");
    }

    @Test
    void theTextSummarySaysWhatWasSent() {
        TextDeploy view = new TextDeploy(new PrintWriter(out), new PrintWriter(err), false);
        play(view);

        assertThat(out.toString()).contains("Stopped after uploading 1 file").contains("6 requests sent");
    }

    private static void play(DeployView view) {
        LocalFile app = new LocalFile("app.py", Path.of("app.py"), 10, "md5");
        LocalFile bad = new LocalFile("bad.py", Path.of("bad.py"), 10, "md5");
        view.sync(new SyncEvent.Planned(List.of(app, bad), List.of(), 0, false));
        view.sync(new SyncEvent.Uploaded("app.py", 10));
        view.sync(new SyncEvent.Failed("bad.py", "connection reset"));
        view.sync(new SyncEvent.Stopped(6));
        view.finished(new DeployResult(DeployResult.Status.FAILED, null, null));
    }
}
