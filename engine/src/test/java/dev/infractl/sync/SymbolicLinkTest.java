package dev.infractl.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links never carry a file from outside inference/ to the share; files and folders behave alike. */
class SymbolicLinkTest {

    @TempDir
    Path home;
    Path inference;
    final InMemoryFileShare share = new InMemoryFileShare();
    final List<SyncEvent> events = new ArrayList<>();

    @BeforeEach
    void project() throws IOException {
        inference = Files.createDirectories(home.resolve("project/inference"));
        Files.writeString(inference.resolve("app.py"), "print('hi')");
        Files.createDirectories(home.resolve(".ssh"));
        Files.writeString(home.resolve(".ssh/id_rsa"), "-----BEGIN PRIVATE KEY-----");
    }

    @Test
    void aLinkToAFileOutsideIsNotUploadedAndSaysSo() throws IOException {
        Files.createSymbolicLink(inference.resolve("key"), home.resolve(".ssh/id_rsa"));
        Files.createSymbolicLink(inference.resolve("relative-key"), Path.of("../../.ssh/id_rsa"));

        SyncSummary summary = run();

        assertThat(summary.uploaded()).isEqualTo(1);
        assertThat(share.files).doesNotContainKeys("inference/key", "inference/relative-key");
        assertThat(share.files.values()).noneMatch(content -> new String(content).contains("PRIVATE KEY"));
        assertThat(warnings()).anyMatch(text -> text.startsWith("key:") && text.contains("outside inference/"))
                .anyMatch(text -> text.startsWith("relative-key:") && text.contains("outside inference/"));
    }

    @Test
    void aLinkToAFolderOutsideIsNotUploadedAndSaysSo() throws IOException {
        Files.createSymbolicLink(inference.resolve("dotssh"), home.resolve(".ssh"));
        Files.createDirectories(inference.resolve("sub"));
        Files.createSymbolicLink(inference.resolve("sub/up"), Path.of("../.."));

        run();

        assertThat(share.files.keySet()).noneMatch(path -> path.contains("id_rsa") || path.startsWith("inference/sub/up"));
        assertThat(warnings()).anyMatch(text -> text.startsWith("dotssh/:") && text.contains("outside inference/"))
                .anyMatch(text -> text.startsWith("sub/up/:") && text.contains("outside inference/"));
    }

    @Test
    void linksThatStayInsideAreFollowedAndALoopIsSkipped() throws IOException {
        Files.createDirectories(inference.resolve("lib"));
        Files.writeString(inference.resolve("lib/util.py"), "x = 1");
        Files.createSymbolicLink(inference.resolve("main.py"), Path.of("app.py"));
        Files.createSymbolicLink(inference.resolve("vendor"), inference.resolve("lib"));
        Files.createSymbolicLink(inference.resolve("lib/again"), Path.of(".."));

        run();

        assertThat(share.text("inference/main.py")).isEqualTo("print('hi')");
        assertThat(share.text("inference/vendor/util.py")).isEqualTo("x = 1");
        assertThat(warnings()).anyMatch(text -> text.contains("loop"));
    }

    @Test
    void aDanglingLinkIsAWarning() throws IOException {
        Files.createSymbolicLink(inference.resolve("gone.py"), Path.of("nowhere.py"));

        run();

        assertThat(warnings()).anyMatch(text -> text.startsWith("gone.py:") && text.contains("does not exist"));
    }

    private SyncSummary run() {
        events.clear();
        return new ShareSync(share, Clock.systemUTC()).run(new SyncRequest(inference, "inference", false, 2), events::add);
    }

    private List<String> warnings() {
        return events.stream().filter(SyncEvent.Warning.class::isInstance).map(SyncEvent.Warning.class::cast)
                .map(warning -> warning.path() + ": " + warning.message()).toList();
    }
}
