package dev.infractl.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed half-way: the next one must neither call a different file unchanged nor re-upload what arrived. */
class InterruptedSyncTest {

    private static final List<String> NAMES = List.of("a.py", "b.py", "c.py", "d.py", "e.py");

    @TempDir
    Path project;
    final InMemoryFileShare share = new InMemoryFileShare();
    final List<SyncEvent> events = new ArrayList<>();

    @Test
    void afterAKilledUploadAndTheTreeChangedBackTheFilesThatDifferOnTheShareAreUploaded() throws IOException {
        writeAll("v1");
        run();
        writeAll("v2");
        share.uploadsUntilKilled.set(2);
        assertThatThrownBy(this::run).isInstanceOf(RuntimeException.class);
        assertThat(NAMES.stream().filter(name -> share.text("inference/" + name).equals("v2 " + name))).hasSize(2);
        share.uploadsUntilKilled.set(Integer.MAX_VALUE);
        writeAll("v1");

        SyncSummary repair = run();

        assertThat(repair.uploaded()).isEqualTo(2);
        assertThat(repair.unchanged()).isEqualTo(3);
        NAMES.forEach(name -> assertThat(share.text("inference/" + name)).isEqualTo("v1 " + name));
        SyncSummary after = run();
        assertThat(after.uploaded()).isZero();
        assertThat(after.requests()).as("a no-op after the repair costs the manifest read only").isEqualTo(1);
    }

    @Test
    void afterAKilledFirstDeployOnlyWhatDidNotArriveIsUploaded() throws IOException {
        writeAll("v1");
        share.uploadsUntilKilled.set(3);
        assertThatThrownBy(this::run).isInstanceOf(RuntimeException.class);
        share.uploadsUntilKilled.set(Integer.MAX_VALUE);

        SyncSummary second = run();

        assertThat(second.uploaded()).isEqualTo(2);
        assertThat(second.unchanged()).isEqualTo(3);
        NAMES.forEach(name -> assertThat(share.text("inference/" + name)).isEqualTo("v1 " + name));
    }

    @Test
    void aKilledRunStillReportsTheRequestsItSent() throws IOException {
        writeAll("v1");
        share.uploadsUntilKilled.set(1);

        assertThatThrownBy(this::run).isInstanceOf(RuntimeException.class);

        assertThat(events).anySatisfy(event -> assertThat(event).isInstanceOfSatisfying(SyncEvent.Stopped.class,
                stopped -> assertThat(stopped.requests()).isGreaterThanOrEqualTo(3)));
    }

    @Test
    void aNormalNoOpRunAsksTheShareNothingButTheManifest() throws IOException {
        writeAll("v1");
        run();

        SyncSummary noop = run();

        assertThat(noop.requests()).isEqualTo(1);
        assertThat(share.described).isEmpty();
    }

    private SyncSummary run() {
        events.clear();
        return new ShareSync(share, Clock.systemUTC()).run(new SyncRequest(project.resolve("inference"), "inference",
                false, 1), events::add);
    }

    private void writeAll(String version) throws IOException {
        Files.createDirectories(project.resolve("inference"));
        for (String name : NAMES) {
            Files.writeString(project.resolve("inference").resolve(name), version + " " + name);
        }
    }
}
