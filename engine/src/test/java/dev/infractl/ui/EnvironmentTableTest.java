package dev.infractl.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.deploy.ProgressListener;
import dev.infractl.deploy.ProvisionEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EnvironmentTableTest {

    private static final Pattern ERASE = Pattern.compile("\u001b\\[(\\d+)F\u001b\\[J");

    @Test
    void eachEnvironmentsResourcesAreGroupedUnderItsNameWithOtherLinesScrollingAboveTheTable() {
        Captured terminal = new Captured();
        EnvironmentTable table = new EnvironmentTable(terminal.err, false, List.of("dev", "prod"));
        ProgressListener dev = table.listener("dev", terminal.out, " --env dev");
        ProgressListener prod = table.listener("prod", terminal.out, " --env prod");
        List<ProvisionEvent> devEvents = SampleRun.succeeded();
        List<ProvisionEvent> prodEvents = SampleRun.failed();

        for (int i = 0; i < Math.max(devEvents.size(), prodEvents.size()); i++) {
            if (i < prodEvents.size()) {
                prod.on(prodEvents.get(i));
            }
            if (i < devEvents.size()) {
                dev.on(devEvents.get(i));
            }
        }

        List<String> screen = screen(terminal.err());
        int devHeading = screen.indexOf("dev  succeeded");
        int prodHeading = screen.indexOf("prod  failed (failed)");
        assertThat(devHeading).as(String.join("\n", screen)).isPositive();
        assertThat(prodHeading).isEqualTo(devHeading + 3);
        assertThat(screen.subList(devHeading + 1, prodHeading)).allSatisfy(row -> assertThat(row).containsAnyOf("stx", "app-x"));
        assertThat(screen.get(prodHeading + 1)).contains("cae-x").contains("Failed");
        assertThat(screen.size()).as("the table is the last thing on screen").isEqualTo(prodHeading + 2);
        assertThat(screen.subList(0, devHeading)).contains("[dev] Validated " + SampleRun.NAME + ".")
                .anySatisfy(line -> assertThat(line).startsWith("[prod] error: "))
                .noneSatisfy(line -> assertThat(line).contains("stx"));
        assertThat(terminal.out()).contains("ACA_APP_ENDPOINT  https://app-x.example");
    }

    /** What stays on screen: each erase takes back the lines drawn before it. */
    private static List<String> screen(String written) {
        List<String> lines = new ArrayList<>();
        Matcher erase = ERASE.matcher(written);
        int from = 0;
        while (erase.find()) {
            append(lines, written.substring(from, erase.start()));
            int up = Integer.parseInt(erase.group(1));
            lines.subList(lines.size() - up, lines.size()).clear();
            from = erase.end();
        }
        append(lines, written.substring(from));
        return lines;
    }

    private static void append(List<String> lines, String text) {
        if (!text.isEmpty()) {
            lines.addAll(Arrays.asList(text.split("\n", -1)).subList(0, text.split("\n", -1).length - 1));
        }
    }
}
