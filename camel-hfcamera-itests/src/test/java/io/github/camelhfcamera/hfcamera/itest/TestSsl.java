package io.github.camelhfcamera.hfcamera.itest;

import java.nio.file.Path;

import io.github.camelhfcamera.hfcamera.simulator.broker.TestCertificates;
import org.apache.camel.support.jsse.KeyManagersParameters;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

/** Camel's SSLContextParameters for the tests' throw-away certificates, written as a user would. */
public final class TestSsl {

    private TestSsl() {
    }

    /** Trusts the authority of {@code trusted}; presents the certificate of {@code keyStore} unless it is null. */
    public static SSLContextParameters sslContextParameters(TestCertificates trusted, Path keyStore) {
        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setKeyStore(store(trusted.trustStore()));
        SSLContextParameters ssl = new SSLContextParameters();
        ssl.setTrustManagers(trustManagers);
        if (keyStore != null) {
            KeyManagersParameters keyManagers = new KeyManagersParameters();
            keyManagers.setKeyStore(store(keyStore));
            keyManagers.setKeyPassword(TestCertificates.PASSWORD);
            ssl.setKeyManagers(keyManagers);
        }
        return ssl;
    }

    private static KeyStoreParameters store(Path p) {
        KeyStoreParameters ks = new KeyStoreParameters();
        ks.setResource("file:" + p);
        ks.setPassword(TestCertificates.PASSWORD);
        ks.setType("PKCS12");
        return ks;
    }
}
