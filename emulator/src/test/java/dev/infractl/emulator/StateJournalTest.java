package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 item 11: a change costs its own size (one journal line), compaction keeps the journal bounded. */
class StateJournalTest {

    @TempDir
    Path state;

    @Test
    void aChangeAppendsOneLineAndLeavesTheSnapshotAlone() throws Exception {
        try (StateStore store = StateStore.open(state)) {
            store.put(StateStore.RESOURCES, "/a", Json.object().put("name", "a"));
            long snapshot = Files.size(state.resolve(StateJournal.SNAPSHOT));
            for (int i = 0; i < 200; i++) {
                store.put(StateStore.RESOURCES, "/r" + i, Json.object().put("name", "r" + i));
            }
            store.remove(StateStore.RESOURCES, "/r0");
            assertThat(Files.size(state.resolve(StateJournal.SNAPSHOT))).isEqualTo(snapshot);
            assertThat(Files.readAllLines(state.resolve(StateJournal.JOURNAL))).hasSize(202);
        }
        try (StateStore reopened = StateStore.open(state)) {
            assertThat(reopened.list(StateStore.RESOURCES, "")).hasSize(200);
            assertThat(reopened.get(StateStore.RESOURCES, "/r0")).isEmpty();
            assertThat(reopened.get(StateStore.RESOURCES, "/R7")).map(r -> r.path("name").asText()).contains("r7");
        }
    }

    @Test
    void aTornLastLineFromAKilledProcessIsIgnored() throws Exception {
        try (StateStore store = StateStore.open(state)) {
            store.put(StateStore.DEPLOYMENTS, "/d1", Json.object().put("state", "Running"));
            store.update(StateStore.DEPLOYMENTS, "/d1", d -> d.put("state", "Succeeded"));
        }
        Files.writeString(state.resolve(StateJournal.JOURNAL), "{\"put\":[\"deployments\",\"/d2\"],\"value\":{\"sta",
                StandardOpenOption.APPEND);

        try (StateStore reopened = StateStore.open(state)) {
            assertThat(reopened.get(StateStore.DEPLOYMENTS, "/d1")).map(d -> d.path("state").asText()).contains("Succeeded");
            assertThat(reopened.get(StateStore.DEPLOYMENTS, "/d2")).isEmpty();
            reopened.put(StateStore.DEPLOYMENTS, "/d3", Json.object());
        }
        try (StateStore again = StateStore.open(state)) {
            assertThat(again.list(StateStore.DEPLOYMENTS, "")).hasSize(2);
        }
    }

    @Test
    void theJournalIsCompactedOnceItOutgrowsTheSnapshot() throws Exception {
        String big = "x".repeat(10_000);
        try (StateStore store = StateStore.open(state)) {
            for (int i = 0; i < 300; i++) {
                store.put(StateStore.RESOURCES, "/same", Json.object().put("n", i).put("pad", big));
            }
            assertThat(Files.size(state.resolve(StateJournal.JOURNAL))).as("compacted along the way").isLessThan(1_100_000);
        }
        try (StateStore reopened = StateStore.open(state)) {
            assertThat(reopened.get(StateStore.RESOURCES, "/same")).map(r -> r.path("n").asInt()).contains(299);
        }
    }

    @Test
    void aStateFileFromBeforeTheSecretKeepsItsKeysAndLosesTheSeed() throws Exception {
        Files.writeString(state.resolve(StateJournal.SNAPSHOT), "{\"seed\": \"old-seed-value\", \"resources\": {}}");
        try (StateStore store = StateStore.open(state)) {
            assertThat(store.secret()).isEqualTo("old-seed-value");
        }
        assertThat(Files.readString(state.resolve(StateJournal.SNAPSHOT))).doesNotContain("old-seed-value");
        assertThat(Files.readString(state.resolve(FolderSecret.FILE)).strip()).isEqualTo("old-seed-value");
    }
}
