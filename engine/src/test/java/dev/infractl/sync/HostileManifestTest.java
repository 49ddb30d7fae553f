package dev.infractl.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The app can write the manifest: nothing in it may send a request outside inference/ or stop deploys for good. */
class HostileManifestTest {

    private static final String MANIFEST = "inference/.infractl-manifest.json";
    private static final String GOOD_MD5 = "1B2M2Y8AsgTpgAmY7PhCfg==";

    @TempDir
    Path project;
    final InMemoryFileShare share = new InMemoryFileShare();
    final List<SyncEvent> events = new ArrayList<>();

    @Test
    void entriesOutsideTheSyncedFolderAreDroppedWithAWarningAndNothingIsDeleted() throws IOException {
        write("app.py", "print('hi')");
        plant("etc/passwd", "root:x:0:0");
        plant("secret", "outside");
        plant("inference/models/phi3.bin", "weights");
        plant("inference/.infractl-manifest.json", "{\"files\": {"
                + entry("../secret") + "," + entry("/etc/passwd") + "," + entry("a/../../secret") + ","
                + entry("..\\\\..\\\\secret") + "," + entry("./app.py") + "," + entry("models/phi3.bin") + ","
                + entry("a//b") + "," + entry("con") + "," + entry("x\\u0000y") + ","
                + "\"bad-md5.py\": {\"size\": 1, \"md5\": \"not-base64\"},"
                + "\"bad-size.py\": {\"size\": \"12\", \"md5\": \"" + GOOD_MD5 + "\"},"
                + "\"negative.py\": {\"size\": -5, \"md5\": \"" + GOOD_MD5 + "\"}}}");

        SyncSummary summary = run();

        assertThat(summary.deleted()).isZero();
        assertThat(share.text("etc/passwd")).isEqualTo("root:x:0:0");
        assertThat(share.text("secret")).isEqualTo("outside");
        assertThat(share.text("inference/models/phi3.bin")).isEqualTo("weights");
        assertThat(share.described).allMatch(path -> path.startsWith("inference/") && !path.contains(".."));
        assertThat(warnings()).anyMatch(text -> text.contains("12 entries") && text.contains("ignored"));
        assertThat(warnings()).noneMatch(text -> text.contains("\u0000"));
        assertThat(share.text(MANIFEST)).doesNotContain("secret").doesNotContain("passwd").contains("\"app.py\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "[1, 2, 3]", "{\"files\": []}", "{\"files\": {\"app.py\": \"x\"}}", "null", ""})
    void aPoisonedManifestIsAWarningOnceAndTheNextDeployIsNormal(String poison) throws IOException {
        write("app.py", "print('hi')");
        plant(MANIFEST, poison);

        run();
        SyncSummary next = run();

        assertThat(next.uploaded()).isZero();
        assertThat(next.requests()).isEqualTo(1);
        assertThat(warnings()).isEmpty();
    }

    @Test
    void aHugeManifestIsSetAsideWithoutBeingBelieved() throws IOException {
        write("app.py", "print('hi')");
        byte[] huge = new byte[Manifest.MAX_BYTES + 10];
        Arrays.fill(huge, (byte) ' ');
        share.files.put(MANIFEST, huge);

        run();

        assertThat(warnings()).anyMatch(text -> text.contains("larger than"));
        assertThat(share.text(MANIFEST)).contains("\"app.py\"");
    }

    @Test
    void aSetAsideManifestIsVerifiedOnTheShareSoIdenticalFilesAreNotUploadedAgain() throws IOException {
        write("app.py", "print('hi')");
        write("util.py", "x = 1");
        run();
        write("util.py", "x = 2");
        plant(MANIFEST, "{garbage");

        SyncSummary summary = run();

        assertThat(summary.uploaded()).isEqualTo(1);
        assertThat(summary.unchanged()).isEqualTo(1);
        assertThat(share.text("inference/util.py")).isEqualTo("x = 2");
    }

    @Test
    void aForgedEntryForAFileTheAppWroteDoesNotGetItDeleted() throws IOException {
        write("app.py", "print('hi')");
        run();
        plant("inference/app-data.db", "the app's data");
        String manifest = share.text(MANIFEST);
        plant(MANIFEST, manifest.replaceFirst("\"files\" : \\{", "\"files\" : {" + entry("app-data.db") + ","));

        SyncSummary summary = run();

        assertThat(summary.deleted()).isZero();
        assertThat(share.text("inference/app-data.db")).isEqualTo("the app's data");
        assertThat(warnings()).anyMatch(text -> text.startsWith("app-data.db:") && text.contains("not deploy's to delete"));
    }

    private static String entry(String path) {
        return "\"" + path + "\": {\"size\": 0, \"md5\": \"" + GOOD_MD5 + "\", \"uploadedAt\": \"2026-01-01T00:00:00Z\"}";
    }

    private void plant(String path, String content) {
        share.files.put(path, content.getBytes(StandardCharsets.UTF_8));
    }

    private SyncSummary run() {
        events.clear();
        return new ShareSync(share, Clock.systemUTC()).run(new SyncRequest(project.resolve("inference"), "inference",
                false, 2), events::add);
    }

    private List<String> warnings() {
        return events.stream().filter(SyncEvent.Warning.class::isInstance).map(SyncEvent.Warning.class::cast)
                .map(warning -> warning.path() + ": " + warning.message()).toList();
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve("inference").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
