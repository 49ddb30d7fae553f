package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedTlsTest {

    @TempDir
    Path state;

    private final Instant now = Instant.now();

    @Test
    void theFirstStartSavesTheCertificatesWithTheKeyReadableByTheOwnerOnly() throws Exception {
        LoopbackTls made = SavedTls.in(state, now);

        assertThat(state.resolve("ca.pem")).content().startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(state.resolve("server.pem")).content().contains("-----BEGIN PRIVATE KEY-----", "-----BEGIN CERTIFICATE-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state.resolve("server.pem"))))
                .isEqualTo("rw-------");
        assertThat(made.serverCertificate().getSubjectAlternativeNames()).isNotEmpty();
    }

    @Test
    void aLaterStartReusesThemAndKeepsTheCaFile() throws IOException {
        LoopbackTls first = SavedTls.in(state, now);
        String caPem = Files.readString(state.resolve("ca.pem"));

        LoopbackTls second = SavedTls.in(state, now.plus(Duration.ofDays(2)));

        assertThat(second.caCertificate()).isEqualTo(first.caCertificate());
        assertThat(second.serverCertificate()).isEqualTo(first.serverCertificate());
        assertThat(second.serverKey()).isEqualTo(first.serverKey());
        assertThat(state.resolve("ca.pem")).hasContent(caPem);
    }

    @Test
    void certificatesAboutToExpireAreReplaced() {
        LoopbackTls first = SavedTls.in(state, now);

        LoopbackTls later = SavedTls.in(state, now.plus(Duration.ofDays(29).plusHours(12)));

        assertThat(later.caCertificate()).isNotEqualTo(first.caCertificate());
    }

    @Test
    void aDamagedServerFileIsReplaced() throws IOException {
        LoopbackTls first = SavedTls.in(state, now);
        Files.writeString(state.resolve("server.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");

        LoopbackTls second = SavedTls.in(state, now);

        assertThat(second.caCertificate()).isNotEqualTo(first.caCertificate());
        assertThat(SavedTls.read(state, now)).isPresent();
    }

    @Test
    void aServerCertificateFromAnotherCaIsReplaced() throws IOException {
        SavedTls.in(state, now);
        Path other = Files.createDirectory(state.resolve("other"));
        SavedTls.in(other, now);
        Files.copy(other.resolve("ca.pem"), state.resolve("ca.pem"), StandardCopyOption.REPLACE_EXISTING);

        assertThat(SavedTls.read(state, now)).isEmpty();
        LoopbackTls replaced = SavedTls.in(state, now);
        assertThat(SavedTls.read(state, now)).get().extracting(LoopbackTls::caCertificate)
                .isEqualTo(replaced.caCertificate());
    }
}
