package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.deploy.Interruption;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code logs} against the emulator's log stream service, over real HTTPS with getAuthToken's token. */
class LogsCommandTest {

    private static final Pattern PREFIX = Pattern.compile("^\\[([^\\]]+)\\] ", Pattern.MULTILINE);

    @TempDir
    Path folder;

    @Test
    void followPrintsLinesFromTwoReplicasWithPrefixesAndSurvivesADroppedStream() throws Exception {
        LocalProject project = new LocalProject(folder);
        assertThat(project.run("provision", "--local", "--yes")).as(project.err).isZero();
        assertThat(project.run("scale", "--local", "--min", "2", "--max", "2")).as(project.err).isZero();
        project.write("faults.json", "{\"requests\": [{\"method\": \"GET\", \"path\": \"/logstream\", \"times\": 1, \"reset\": true}]}");

        Interruption interruption = new Interruption();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Runnable check = () -> {
            String errText = err.toString();
            String outText = out.toString();
            int reconnected = errText.indexOf("reconnected");
            // two replicas seen, one stream dropped and back, and lines flowing after it
            if (prefixes(outText).size() >= 2 && reconnected >= 0 && outText.contains("\"GET / HTTP/1.1\" 200 OK")) {
                interruption.request();
            }
        };

        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(new Watched(out, check), true));
        cli.setErr(new PrintWriter(new Watched(err, check), true));
        ((LogsCommand) cli.getSubcommands().get("logs").getCommand()).interruption = interruption;
        int[] code = {-1};
        Thread run = new Thread(() -> code[0] = cli.execute("logs", "--follow", "--local", "--tail", "4",
                "--emulator-faults", project.root.resolve("faults.json").toString(), "-C", project.root.toString()));
        run.start();
        run.join(120_000);
        interruption.request();
        run.join(10_000);

        assertThat(code[0]).as(err.toString()).isZero();
        assertThat(prefixes(out.toString())).hasSize(2);
        assertThat(out.toString()).contains("Model loaded on cuda:0");
        assertThat(err.toString()).contains("dropped").contains("reconnected");
    }

    @Test
    void systemEventsShowTheStagesOfTheApp() {
        LocalProject project = new LocalProject(folder);
        assertThat(project.run("provision", "--local", "--yes")).as(project.err).isZero();
        assertThat(project.run("endpoint", "--wait", "--local")).as(project.err).isZero(); // every stage reached

        assertThat(project.run("logs", "--system", "--local")).as(project.err).isZero();

        assertThat(project.out).contains("[system] ").contains("AssigningReplica").contains("ContainerStarted");
    }

    private static Set<String> prefixes(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PREFIX.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** A writer that runs a check after every write, so the test can end --follow once it has seen enough. */
    private static final class Watched extends java.io.Writer {
        private final StringWriter target;
        private final Runnable check;

        Watched(StringWriter target, Runnable check) {
            this.target = target;
            this.check = check;
        }

        @Override
        public synchronized void write(char[] buffer, int offset, int length) {
            target.write(buffer, offset, length);
            check.run();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

}
