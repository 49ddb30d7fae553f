package dev.infractl.emulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emulator's certificates in its state folder: {@code ca.pem}, the CA certificate clients trust, and
 * {@code server.pem}, the server's private key and certificate (owner-only, like every file the emulator writes).
 * Reading them back needs only the JDK, where making new ones costs key generation and BouncyCastle, a good part of
 * the emulator's start. They are reused while they name 127.0.0.1 and localhost, stay valid for another day, chain to
 * that CA and belong together; otherwise new ones replace them.
 */
final class SavedTls {

    static final String CA_FILE = "ca.pem";
    static final String SERVER_FILE = "server.pem";

    private static final Duration MARGIN = Duration.ofDays(1);
    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private SavedTls() {
    }

    /** The saved certificates when they still serve, otherwise new ones, saved for the next start. */
    static LoopbackTls in(Path stateDir, Instant now) {
        return read(stateDir, now).orElseGet(() -> {
            LoopbackTls fresh = LoopbackTls.generate();
            AtomicFile.write(stateDir.resolve(SERVER_FILE), pem("PRIVATE KEY", fresh.serverKey().getEncoded())
                    + pem("CERTIFICATE", encoded(fresh.serverCertificate())));
            AtomicFile.write(stateDir.resolve(CA_FILE), pem("CERTIFICATE", encoded(fresh.caCertificate())));
            return fresh;
        });
    }

    static Optional<LoopbackTls> read(Path stateDir, Instant now) {
        Path caFile = stateDir.resolve(CA_FILE);
        Path serverFile = stateDir.resolve(SERVER_FILE);
        if (!Files.isRegularFile(caFile) || !Files.isRegularFile(serverFile)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(caFile)) {
            CertificateFactory certificates = CertificateFactory.getInstance("X.509");
            X509Certificate ca = (X509Certificate) certificates.generateCertificate(in);
            Matcher blocks = BLOCK.matcher(Files.readString(serverFile, StandardCharsets.US_ASCII));
            PrivateKey key = null;
            X509Certificate server = null;
            while (blocks.find()) {
                byte[] der = Base64.getMimeDecoder().decode(blocks.group(2));
                switch (blocks.group(1)) {
                    case "PRIVATE KEY" -> key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
                    case "CERTIFICATE" -> server = (X509Certificate) certificates.generateCertificate(
                            new ByteArrayInputStream(der));
                    default -> { }
                }
            }
            return key != null && server != null && serves(ca, server, key, now)
                    ? Optional.of(new LoopbackTls(ca, server, key)) : Optional.empty();
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean serves(X509Certificate ca, X509Certificate server, PrivateKey key, Instant now)
            throws GeneralSecurityException {
        for (Date moment : List.of(Date.from(now), Date.from(now.plus(MARGIN)))) {
            ca.checkValidity(moment);
            server.checkValidity(moment);
        }
        server.verify(ca.getPublicKey());
        Collection<List<?>> names = server.getSubjectAlternativeNames();
        if (names == null || !names.contains(List.of(7, "127.0.0.1")) || !names.contains(List.of(2, "localhost"))) {
            return false;
        }
        byte[] probe = "infractl".getBytes(StandardCharsets.US_ASCII);
        Signature signing = Signature.getInstance("SHA256withECDSA");
        signing.initSign(key);
        signing.update(probe);
        byte[] signature = signing.sign();
        Signature checking = Signature.getInstance("SHA256withECDSA");
        checking.initVerify(server.getPublicKey());
        checking.update(probe);
        return checking.verify(signature);
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a certificate made here always encodes", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
