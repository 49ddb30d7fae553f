package dev.infractl.params;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The parameter engine stays free of the CLI and the Azure SDK, so `params` starts fast and tests stay offline. */
class ParamsPackageIsPureTest {

    @Test
    void noSourceImportsPicocliAzureOrCommonsExec() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("engine/src/main/java/dev/infractl/params"))) {
            assertThat(sources.filter(p -> p.toString().endsWith(".java"))).isNotEmpty().allSatisfy(source ->
                    assertThat(Files.readString(source)).doesNotContain("import picocli", "import com.azure",
                            "import org.apache.commons.exec"));
        }
    }
}
