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

    @Test
    void aRunThatNamesItsCommandBuildsThatCommandAloneAndEveryCommandStillAnswersItsHelp() {
        assertThat(Main.commandLine("provision", "--local", "--yes").getSubcommands()).containsOnlyKeys("provision");
        assertThat(Main.commandLine("--version").getSubcommands()).isEmpty();
        for (String command : Main.commandLine().getSubcommands().keySet()) {
            StringWriter out = new StringWriter();
            var lone = Main.commandLine(command, "--help");
            lone.setOut(new PrintWriter(out));
            assertThat(lone.execute(command, "--help")).as(command + " --help").isZero();
            assertThat(out.toString()).as(command + " --help").contains("Usage: infractl " + command);
        }
        StringWriter version = new StringWriter();
        var bare = Main.commandLine("--version");
        bare.setOut(new PrintWriter(version));
        assertThat(bare.execute("--version")).isZero();
        assertThat(version.toString()).startsWith("infractl ");
    }

    @Test
    void withoutACommandAMisspeltOneOrHelpEveryCommandIsThereToListOrSuggest() {
        for (String[] args : new String[][] {{}, {"--help"}, {"provison"}, {"generate-completion"}}) {
            assertThat(Main.commandLine(args).getSubcommands()).as(String.join(" ", args))
                    .containsKeys("provision", "deploy", "emulator", "generate-completion")
                    .hasSameSizeAs(Main.commandLine().getSubcommands());
        }
        StringWriter err = new StringWriter();
        var cli = Main.commandLine("provison");
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("provison")).isEqualTo(2);
        assertThat(err.toString()).contains("provision");
    }

    @picocli.CommandLine.Command(name = "boom")
    static final class Boom implements Runnable {
        @picocli.CommandLine.Option(names = "--verbose")
        boolean verbose;

        @Override
        public void run() {
            throw new IllegalStateException("state went sideways\nsecond line");
        }
    }

    @Test
    void anUnexpectedExceptionIsOneLineSayingItIsABugNotAStackTrace() {
        StringWriter err = new StringWriter();
        var cli = Main.commandLine().addSubcommand(new Boom());
        cli.setErr(new PrintWriter(err));

        assertThat(cli.execute("boom")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("error: infractl stopped on an unexpected IllegalStateException: state went sideways"
                + System.lineSeparator() + "hint: this is a bug in infractl, not a mistake of yours; run again with --verbose"
                + " for the trace, and report it" + System.lineSeparator());
    }

    @Test
    void verboseStillShowsTheTraceOfAnUnexpectedException() {
        StringWriter err = new StringWriter();
        var cli = Main.commandLine().addSubcommand(new Boom());
        cli.setErr(new PrintWriter(err));

        assertThat(cli.execute("boom", "--verbose")).isEqualTo(1);
        assertThat(err.toString()).contains("please report it").contains("at dev.infractl.cli.MainTest$Boom.run");
    }
}
