package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void versionExitsZeroAndNamesTheTool() {
        StringWriter out = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("--version")).isZero();
        assertThat(out.toString()).startsWith("infractl ");
    }

    @Test
    void anUnknownOptionIsBadInputWithAHint() {
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("params", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("error: ").contains("hint: ");
    }

    @Test
    void noCommandIsBadInputPointingAtTheHelp() {
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute()).isEqualTo(2);
        assertThat(err.toString()).contains("error: a command is required").contains("hint: see `infractl --help`");
    }

    @Test
    void everyCommandAnswersHelp() {
        var cli = Main.commandLine();
        for (String command : cli.getSubcommands().keySet()) {
            StringWriter out = new StringWriter();
            var fresh = Main.commandLine();
            fresh.setOut(new PrintWriter(out));
            assertThat(fresh.execute(command, "--help")).as(command + " --help").isZero();
            assertThat(out.toString()).as(command + " --help").contains("Usage: infractl " + command);
        }
    }
}
