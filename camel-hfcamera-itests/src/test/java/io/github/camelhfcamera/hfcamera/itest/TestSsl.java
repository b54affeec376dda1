/*
 * Copyright 2026 The camel-hfcamera Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
