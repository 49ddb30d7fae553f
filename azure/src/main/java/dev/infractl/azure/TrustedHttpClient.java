package dev.infractl.azure;

import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import dev.infractl.InfractlException;
import dev.infractl.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** The one azure-core HTTP client, on the JDK's client; trusts an extra CA when --ca-cert names one. */
final class TrustedHttpClient {

    private TrustedHttpClient() {
    }

    static HttpClient create(Path caCertificate) {
        java.net.http.HttpClient.Builder jdk = java.net.http.HttpClient.newBuilder();
        if (caCertificate != null) {
            jdk.sslContext(trusting(caCertificate));
        }
        return new JdkHttpClientBuilder(jdk).connectionTimeout(Duration.ofSeconds(10)).build();
    }

    /** An SSL context that trusts the system's CAs and the ones in the PEM file. */
    static SSLContext trusting(Path pem) {
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
