package dev.infractl.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine stays free of the command line, the process library and the Azure SDK (STYLE.md, rule 1). */
class TemplatePackageImportsTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/infractl");

    @Test
    void theTemplatePackageImportsNoPicocliCommonsExecOrAzure() throws IOException {
        assertThat(importLines(SOURCES.resolve("template")))
                .noneMatch(line -> line.contains("picocli") || line.contains("org.apache.commons.exec")
                        || line.contains("com.azure"));
    }

    @Test
    void onlyTheProcessAdapterImportsCommonsExec() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> users = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> read(file).contains("import org.apache.commons.exec")).toList();
            assertThat(users).isNotEmpty().allMatch(file -> file.startsWith(SOURCES.resolve("exec")));
            assertThat(read(SOURCES.resolve("exec/ProcessRunner.java"))).doesNotContain("org.apache.commons.exec");
        }
    }

    private static List<String> importLines(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> sources = files.filter(file -> file.toString().endsWith(".java")).toList();
            assertThat(sources).isNotEmpty();
            return sources.stream().flatMap(file -> read(file).lines()).filter(line -> line.startsWith("import ")).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
