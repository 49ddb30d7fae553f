package dev.infractl.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceHashTest {

    @Test
    void isTheSha256OfTheBytesInLowercaseHex() {
        // FIPS 180-2 test vector.
        assertThat(SourceHash.of("abc".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void readsCrlfAsLf(@TempDir Path folder) throws Exception {
        Path windows = Files.writeString(folder.resolve("windows.bicep"), "param a string\r\nparam b int\r\n");
        Path unix = Files.writeString(folder.resolve("unix.bicep"), "param a string\nparam b int\n");
        assertThat(SourceHash.of(windows)).isEqualTo(SourceHash.of(unix))
                .isEqualTo(SourceHash.of("param a string\nparam b int\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keepsALoneCarriageReturn() {
        assertThat(SourceHash.of("a\rb".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(SourceHash.of("ab".getBytes(StandardCharsets.UTF_8)));
    }
}
