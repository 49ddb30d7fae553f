package dev.infractl.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infractl.InfractlException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShareSyncTest {

    @TempDir
    Path project;
    final InMemoryFileShare share = new InMemoryFileShare();
    final List<SyncEvent> events = new ArrayList<>();
    final ShareSync sync = new ShareSync(share, Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void theFirstSyncUploadsEveryFileAndRecordsThemInTheManifest() throws IOException {
        write("app.py", "print('hi')");
        write("static/index.html", "<p>hi</p>");

        SyncSummary summary = run(false);

        assertThat(summary.uploaded()).isEqualTo(2);
        assertThat(summary.bytesUploaded()).isEqualTo(20);
        assertThat(share.text("inference/app.py")).isEqualTo("print('hi')");
        assertThat(share.text("inference/.infractl-manifest.json")).contains("\"static/index.html\"");
    }

    @Test
    void anUnchangedTreeCostsOneReadAndUploadsNothing() throws IOException {
        write("app.py", "print('hi')");
        run(false);

        SyncSummary second = run(false);

        assertThat(second.uploaded()).isZero();
        assertThat(second.bytesUploaded()).isZero();
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(second.requests()).isEqualTo(1);
    }

    @Test
    void onlyTheChangedFileIsUploadedAgain() throws IOException {
        write("app.py", "print('hi')");
        write("util.py", "x = 1");
        run(false);
        write("util.py", "x = 2");

        SyncSummary summary = run(false);

        assertThat(summary.uploaded()).isEqualTo(1);
        assertThat(events).contains(new SyncEvent.Uploaded("util.py", 5));
    }

    @Test
    void aFileDeletedLocallyIsDeletedRemotelyOnlyWhenWeUploadedIt() throws IOException {
        write("app.py", "print('hi')");
        write("old.py", "gone soon");
        run(false);
        share.files.put("inference/written-by-the-app.log", "keep".getBytes(StandardCharsets.UTF_8));
        Files.delete(project.resolve("inference/old.py"));

        SyncSummary summary = run(false);

        assertThat(summary.deleted()).isEqualTo(1);
        assertThat(share.files).doesNotContainKey("inference/old.py").containsKey("inference/written-by-the-app.log");
    }

    @Test
    void modelFoldersAreNeitherUploadedNorDeleted() throws IOException {
        write("app.py", "print('hi')");
        write("models/phi3.bin", "weights");
        share.files.put("inference/models/phi3.bin", "remote weights".getBytes(StandardCharsets.UTF_8));

        run(false);

        assertThat(share.text("inference/models/phi3.bin")).isEqualTo("remote weights");
        assertThat(events).anyMatch(event -> event instanceof SyncEvent.Skipped skipped && skipped.path().equals("models/"));
    }

    @Test
    void ignoredFilesStayLocal() throws IOException {
        write(".infractlignore", "*.log\n/notebooks/\n");
        write("app.py", "print('hi')");
        write("debug.log", "noise");
        write("notebooks/try.ipynb", "{}");
        write("__pycache__/app.cpython-311.pyc", "bytecode");

        run(false);

        assertThat(share.files.keySet()).containsExactlyInAnyOrder("inference/app.py", "inference/.infractl-manifest.json");
    }

    @Test
    void aDryRunListsTheChangesAndWritesNothing() throws IOException {
        write("app.py", "print('hi')");

        SyncSummary summary = run(true);

        assertThat(summary.dryRun()).isTrue();
        assertThat(summary.uploaded()).isEqualTo(1);
        assertThat(share.files).isEmpty();
        assertThat(events.get(0)).isInstanceOfSatisfying(SyncEvent.Planned.class,
                planned -> assertThat(planned.uploads()).extracting(LocalFile::path).containsExactly("app.py"));
    }

    @Test
    void aFailedUploadIsReportedAndTheNextRunRepairsIt() throws IOException {
        write("app.py", "print('hi')");
        write("big.bin", "lots of bytes");
        share.failingUploads.add("inference/big.bin");

        assertThatThrownBy(() -> run(false)).isInstanceOfSatisfying(InfractlException.class,
                error -> assertThat(error.problems().get(0).message()).contains("big.bin"));
        assertThat(share.text("inference/.infractl-manifest.json")).contains("app.py")
                .containsPattern("\"big.bin\" : \\{[^}]*\"pending\" : true");

        share.failingUploads.clear();
        SyncSummary repair = run(false);
        assertThat(repair.uploaded()).isEqualTo(1);
        assertThat(share.text("inference/big.bin")).isEqualTo("lots of bytes");
    }

    @Test
    void aDamagedManifestIsAWarningEverythingIsUploadedAgainAndNothingIsDeleted() throws IOException {
        write("app.py", "print('hi')");
        share.files.put("inference/.infractl-manifest.json", "{not json".getBytes(StandardCharsets.UTF_8));
        share.files.put("inference/theirs.py", "not ours".getBytes(StandardCharsets.UTF_8));

        SyncSummary summary = run(false);

        assertThat(events).anySatisfy(event -> assertThat(event).isInstanceOfSatisfying(SyncEvent.Warning.class,
                warning -> assertThat(warning.message()).contains("cannot be read")));
        assertThat(summary.uploaded()).isEqualTo(1);
        assertThat(summary.deleted()).isZero();
        assertThat(share.text("inference/theirs.py")).isEqualTo("not ours");
        assertThat(share.text("inference/.infractl-manifest.json")).contains("\"app.py\"");
    }

    private SyncSummary run(boolean dryRun) {
        events.clear();
        return sync.run(new SyncRequest(project.resolve("inference"), "inference", dryRun, 4), events::add);
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve("inference").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
