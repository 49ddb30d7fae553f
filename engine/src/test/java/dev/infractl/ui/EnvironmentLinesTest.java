package dev.infractl.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import org.junit.jupiter.api.Test;

class EnvironmentLinesTest {

    @Test
    void textLinesStartWithTheEnvironmentAndLeaveOnlyWhenWhole() {
        Captured shared = new Captured();
        PrintWriter dev = EnvironmentLines.text("dev", shared.err);

        dev.print("Validated inference-1");
        assertThat(shared.err()).as("half a line waits for its end").isEmpty();
        dev.println(".");
        dev.print("no newline at the end");
        dev.close();

        assertThat(shared.err()).isEqualTo("[dev] Validated inference-1.\n[dev] no newline at the end\n");
    }

    @Test
    void ndjsonLinesGainEnvAsTheirFirstFieldAndAnythingElsePassesAsItIs() {
        Captured shared = new Captured();
        PrintWriter prod = EnvironmentLines.json("prod", shared.out);

        prod.println("{\"event\":\"finished\",\"env\":\"stale\",\"exitCode\":1}");
        prod.println("not json");
        prod.println("[1,2]");

        assertThat(shared.out()).isEqualTo("{\"env\":\"prod\",\"event\":\"finished\",\"exitCode\":1}\nnot json\n[1,2]\n");
    }
}
