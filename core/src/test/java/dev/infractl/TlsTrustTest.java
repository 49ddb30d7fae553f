package dev.infractl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsTrustTest {

    @TempDir
    Path folder;

    @Test
    void aMissingCaFileIsBadInputNamingThePath() {
        Path missing = folder.resolve("ca.pem");

        assertThatThrownBy(() -> TlsTrust.trusting(missing)).isInstanceOfSatisfying(InfractlException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(e.problems().get(0).message()).contains(missing.toString());
            assertThat(e.problems().get(0).hint()).contains("--ca-cert");
        });
    }

    @Test
    void aFileWithoutCertificatesIsBadInputSayingWhatToGive() throws IOException {
        Path notPem = Files.writeString(folder.resolve("ca.pem"), "not a certificate\n");

        assertThatThrownBy(() -> TlsTrust.trusting(notPem)).isInstanceOfSatisfying(InfractlException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(e.problems().get(0).hint()).contains("PEM file");
        });
    }
}
