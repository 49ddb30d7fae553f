package dev.infractl.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Under LANG=C the launcher's locale setting lets a child JVM read non-ASCII file names as they are. */
class LocaleTest {

    @TempDir
    Path folder;

    /** The child: prints the paths the scan finds, as UTF-8 bytes whatever the locale. */
    public static void main(String[] args) {
        List<String> lines = new ArrayList<>();
        LocalTree.scan(Path.of(args[0]), IgnoreRules.defaults(), event -> lines.add("event " + event))
                .forEach(file -> lines.add("file " + file.path()));
        System.out.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), 0,
                String.join("\n", lines).getBytes(StandardCharsets.UTF_8).length);
        System.out.flush();
    }

    @Test
    void underLangCTheLaunchersLocaleKeepsNonAsciiNames() throws Exception {
        Path inference = Files.createDirectories(folder.resolve("inference/modèles"));
        Files.writeString(inference.resolve("日本語.py"), "x");

        String withLauncher = child(". scripts/utf8-locale.sh; exec \"$JAVA\" -cp \"$CP\" " + LocaleTest.class.getName()
                + " \"$DIR\"");
        String plain = child("exec \"$JAVA\" -cp \"$CP\" " + LocaleTest.class.getName() + " \"$DIR\"");

        assertThat(withLauncher).isEqualTo("file modèles/日本語.py");
        assertThat(plain).as("without it the JVM cannot read the name").doesNotContain("file modèles/日本語.py");
    }

    private String child(String script) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG"));
        env.put("LANG", "C");
        env.put("LC_ALL", "C");
        env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("CP", System.getProperty("java.class.path"));
        env.put("DIR", folder.resolve("inference").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output.strip();
    }
}
