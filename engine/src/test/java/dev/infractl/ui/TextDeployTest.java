package dev.infractl.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.app.AppEvent;
import dev.infractl.app.DeployResult;
import dev.infractl.app.Replica;
import dev.infractl.app.ReplicaState;
import dev.infractl.app.StartupStage;
import dev.infractl.sync.LocalFile;
import dev.infractl.sync.SyncEvent;
import dev.infractl.sync.SyncSummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDeployTest {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @Test
    void inCiEachFileIsALineAndTheSummaryGoesToStdout() {
        TextDeploy view = new TextDeploy(new PrintWriter(out), new PrintWriter(err), false);
        LocalFile app = new LocalFile("app.py", Path.of("app.py"), 2048, "md5");
        view.sync(new SyncEvent.Planned(List.of(app), List.of("old.py"), 3, false));
        view.sync(new SyncEvent.Uploaded("app.py", 2048));
        view.sync(new SyncEvent.Deleted("old.py"));
        view.app(new AppEvent.Restarted("app--rev1"));
        view.app(new AppEvent.ReplicasChanged("app--rev1", List.of(new Replica("app--rev1-x", ReplicaState.NOT_RUNNING))));
        view.finished(new DeployResult(DeployResult.Status.SUCCEEDED,
                new SyncSummary(1, 1, 3, 2048, 7, false, Duration.ofMillis(40)), URI.create("https://app.example/")));

        assertThat(err.toString()).contains("uploading 1 file (2.0 KB), deleting 1, 3 unchanged")
                .contains("uploaded app.py (2.0 KB)").contains("deleted  old.py")
                .contains("restarted revision app--rev1").contains("app--rev1-x not running");
        assertThat(out.toString()).contains("Uploaded 1 file (2.0 KB), deleted 1, 3 unchanged; 7 requests.")
                .contains("Endpoint: https://app.example/");
    }

    @Test
    void eachStageOfAReplicaIsALineWithItsTimeAndAStallSaysWhatItMeansAndWhatToDo() {
        TextDeploy view = new TextDeploy(new PrintWriter(out), new PrintWriter(err), false);

        view.app(new AppEvent.StageReached("app--rev1-x", StartupStage.ASSIGNING, Duration.ofSeconds(2), null, null));
        view.app(new AppEvent.StageReached("app--rev1-x", StartupStage.PULLING, Duration.ofSeconds(75),
                StartupStage.ASSIGNING, Duration.ofSeconds(73)));
        view.app(new AppEvent.Stalled("app--rev1-x", StartupStage.PULLING, Duration.ofMinutes(30), Duration.ofMinutes(30)));

        assertThat(err.toString()).contains("replica app--rev1-x: assigning a node at 2s\n")
                .contains("replica app--rev1-x: pulling the image at 1m15s (assigning a node took 1m13s)")
                .contains("warning: replica app--rev1-x stalled: pulling the image for 30m00s (limit 30m, --stall-after pulling=...)")
                .contains("usually: " + StartupStage.PULLING.meaning()).contains("hint: " + StartupStage.PULLING.action());
    }

    @Test
    void onATerminalUploadsRedrawOneBar() {
        TextDeploy view = new TextDeploy(new PrintWriter(out), new PrintWriter(err), true);
        LocalFile a = new LocalFile("a", Path.of("a"), 100, "x");
        LocalFile b = new LocalFile("b", Path.of("b"), 100, "y");
        view.sync(new SyncEvent.Planned(List.of(a, b), List.of(), 0, false));
        view.sync(new SyncEvent.Uploaded("a", 100));
        view.sync(new SyncEvent.Uploaded("b", 100));

        assertThat(err.toString()).contains("\r[###############...............] 1/2 files")
                .contains("\r[##############################] 2/2 files  200 B / 200 B").doesNotContain("uploaded a");
    }

    @Test
    void aDryRunListsEveryChangeOnStdout() {
        TextDeploy view = new TextDeploy(new PrintWriter(out), new PrintWriter(err), false);
        view.sync(new SyncEvent.Planned(List.of(new LocalFile("app.py", Path.of("app.py"), 10, "m")), List.of("gone.py"), 0, true));
        view.finished(new DeployResult(DeployResult.Status.DRY_RUN,
                new SyncSummary(1, 1, 0, 10, 1, true, Duration.ZERO), null));

        assertThat(out.toString()).contains("would upload app.py (10 B)").contains("would delete gone.py")
                .contains("Would upload 1 file");
    }
}
