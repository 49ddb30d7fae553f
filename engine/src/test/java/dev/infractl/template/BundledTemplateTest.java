package dev.infractl.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledTemplateTest {

    /** A stand-in bundle under test resources, so these tests do not depend on the real template. */
    static final BundledTemplate TEST_BUNDLE = new BundledTemplate(BundledTemplateTest.class.getClassLoader(),
            "dev/infractl/template/testbundle/");

    @TempDir
    Path provision;

    @Test
    void writesEveryBundledFile() throws Exception {
        BundledTemplate.Installed installed = TEST_BUNDLE.writeInto(provision, false);

        assertThat(installed.written()).extracting(file -> file.getFileName().toString())
                .containsExactlyElementsOf(BundledTemplate.FILES);
        assertThat(Files.readString(provision.resolve("inference.bicep"))).contains("param location string");
    }

    @Test
    void refusesToOverwriteAChangedFileAndWritesNothing() throws Exception {
        Files.writeString(provision.resolve("inference.bicep"), "// my edits\n");

        assertThatThrownBy(() -> TEST_BUNDLE.writeInto(provision, false))
                .isInstanceOfSatisfying(InfractlException.class, error -> {
                    assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(error.getMessage()).contains("inference.bicep");
                    assertThat(error.problems().get(0).hint()).contains("--force");
                });
        assertThat(Files.readString(provision.resolve("inference.bicep"))).isEqualTo("// my edits\n");
        assertThat(provision.resolve("inference.json")).doesNotExist();
    }

    @Test
    void overwritesWithForce() throws Exception {
        Files.writeString(provision.resolve("inference.bicep"), "// my edits\n");

        TEST_BUNDLE.writeInto(provision, true);

        assertThat(Files.readString(provision.resolve("inference.bicep"))).contains("param location string");
    }

    @Test
    void leavesFilesThatAlreadyMatchAlone() {
        TEST_BUNDLE.writeInto(provision, false);

        BundledTemplate.Installed again = TEST_BUNDLE.writeInto(provision, false);

        assertThat(again.written()).isEmpty();
        assertThat(again.unchanged()).hasSize(3);
    }

    @Test
    void aBuildWithoutTheBundleSaysSo() {
        BundledTemplate missing = new BundledTemplate(getClass().getClassLoader(), "no/such/folder/");

        assertThatThrownBy(() -> missing.writeInto(provision, false))
                .isInstanceOfSatisfying(InfractlException.class, error ->
                        assertThat(error.getMessage()).contains("does not bundle the template")
                                .contains("no/such/folder/inference.bicep"));
    }

    @Test
    void theRealBundleHoldsTheRepositorysTemplate() throws Exception {
        Path repositoryBicep = Path.of("infra/provision/inference.bicep");
        assumeTrue(Files.isRegularFile(repositoryBicep), "this checkout has no infra/provision/inference.bicep yet");

        BundledTemplate.standard().writeInto(provision, false);

        for (String name : BundledTemplate.FILES) {
            assertThat(provision.resolve(name)).hasSameTextualContentAs(Path.of("infra/provision").resolve(name));
        }
    }
}
