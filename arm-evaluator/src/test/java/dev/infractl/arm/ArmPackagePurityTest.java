package dev.infractl.arm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The evaluator is shared by plan and the emulator: it must stay pure (no SDK, no CLI, no I/O). */
class ArmPackagePurityTest {

    private static final List<String> FORBIDDEN = List.of(
            "import picocli.", "import com.azure.", "import org.apache.commons.exec.",
            "import java.io.File", "import java.nio.file.", "import java.net.http.", "import dev.infractl.cli.",
            "import dev.infractl.emulator.");

    @Test
    void importsNeitherTheSdkNorTheCommandLineNorFiles() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("arm-evaluator/src/main/java/dev/infractl/arm"))) {
            List<String> offending = sources.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(ArmPackagePurityTest::forbiddenImports).toList();
            assertThat(offending).isEmpty();
        }
    }

    private static Stream<String> forbiddenImports(Path source) {
        try {
            return Files.readAllLines(source).stream()
                    .filter(line -> FORBIDDEN.stream().anyMatch(line::startsWith))
                    .map(line -> source.getFileName() + ": " + line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
