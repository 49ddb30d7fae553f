package dev.infractl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * An SSL context that trusts the system's CAs plus the ones in a PEM file: --ca-cert for the Azure clients, and
 * the emulator's CA for the HTTP clients of tests (core is the one module both see).
 */
public final class TlsTrust {

    private TlsTrust() {
    }

    public static SSLContext trusting(Path pem) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            List<Certificate> certificates = new ArrayList<>(readPem(pem));
            certificates.addAll(List.of(systemTrust().getAcceptedIssuers()));
            for (int i = 0; i < certificates.size(); i++) {
                store.setCertificateEntry("ca-" + i, certificates.get(i));
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw InfractlException.badInput("cannot use the CA certificate " + pem + ": " + e.getMessage(),
                    SourceLocation.of(pem), "give --ca-cert a PEM file holding one or more X.509 certificates");
        }
    }

    private static Collection<? extends Certificate> readPem(Path pem) throws IOException, GeneralSecurityException {
        if (!Files.isRegularFile(pem)) {
            throw InfractlException.badInput("CA certificate not found: " + pem, SourceLocation.of(pem),
                    "check the --ca-cert path");
        }
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new GeneralSecurityException("no certificate in the file");
            }
            return certificates;
        }
    }

    private static X509TrustManager systemTrust() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (var manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("the JDK offers no X.509 trust manager");
    }
}
