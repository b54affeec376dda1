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
package io.github.camelhfcamera.hfcamera.simulator.broker;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.net.ssl.SSLContext;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Both test brokers with TLS, a required client certificate and a login, as an MQTT 3.1.1 client (a camera) sees
 * them: only the right certificate, authority and password get in.
 */
class SecureBrokersTest {

    static final String SECRET = "Cam-Pa55-word";

    @TempDir
    static Path dir;
    static TestCertificates pki;
    static TestCertificates other;

    @BeforeAll
    static void certificates() {
        pki = TestCertificates.generate(dir.resolve("pki"));
        other = TestCertificates.generate(dir.resolve("other"));
    }

    @Test
    void generatedFilesAreWhatBothBrokersRead() throws Exception {
        assertThat(Files.readString(pki.brokerCertPem())).startsWith("-----BEGIN CERTIFICATE-----")
                .as("broker certificate and the authority").containsOnlyOnce("-----END CERTIFICATE-----\n-----BEGIN");
        assertThat(Files.readString(pki.brokerKeyPem())).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(pki.trustStore()).isNotEqualTo(other.trustStore());
    }

    @Test
    void mosquittoWithTlsClientCertificateAndLogin() {
        try (MosquittoBroker broker = MosquittoBroker.builder().credentials("camera", SECRET).tls(pki)
                .requireClientCertificate(pki.authorityPem()).start()) {
            assertThat(broker.brokerUrl()).startsWith("ssl://127.0.0.1:");
            assertThat(broker.username()).isEqualTo("camera");
            assertThat(read(dirOf(broker), "passwords")).startsWith("camera:$7$101$").doesNotContain(SECRET);
            checkSecurity(broker.brokerUrl());
        }
    }

    @Test
    void artemisWithTlsClientCertificateAndLogin() {
        try (EmbeddedBroker broker = EmbeddedBroker.builder().credentials("camera", SECRET)
                .tls(pki.brokerKeyStore(), TestCertificates.PASSWORD)
                .requireClientCertificate(pki.trustStore(), TestCertificates.PASSWORD).start()) {
            checkSecurity(broker.brokerUrl());
        }
    }

    @Test
    void mosquittoServerCertificateOnlyStillRefusesAnonymousClients() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.builder().credentials("camera", SECRET).tls(pki).start()) {
            connect(broker.brokerUrl(), pki.sslContext(false), "camera", SECRET).disconnect();
            MqttException anonymous = catchThrowableOfType(MqttException.class,
                    () -> connect(broker.brokerUrl(), pki.sslContext(false), null, null));
            assertThat(anonymous.getReasonCode()).isEqualTo(MqttException.REASON_CODE_NOT_AUTHORIZED);
        }
    }

    void checkSecurity(String url) {
        try {
            MqttClient ok = connect(url, pki.sslContext(true), "camera", SECRET);
            assertThat(ok.isConnected()).isTrue();
            ok.disconnect();
            ok.close();
        } catch (MqttException e) {
            throw new AssertionError("the right certificate and password were refused by " + url, e);
        }
        MqttException wrongPassword = catchThrowableOfType(MqttException.class,
                () -> connect(url, pki.sslContext(true), "camera", "not-" + SECRET));
        assertThat(wrongPassword.getReasonCode()).as("wrong password").isIn(
                (int) MqttException.REASON_CODE_FAILED_AUTHENTICATION, (int) MqttException.REASON_CODE_NOT_AUTHORIZED);
        MqttException noClientCertificate = catchThrowableOfType(MqttException.class,
                () -> connect(url, pki.sslContext(false), "camera", SECRET));
        assertThat(noClientCertificate).as("no client certificate").isNotNull();
        MqttException untrustedBroker = catchThrowableOfType(MqttException.class,
                () -> connect(url, other.sslContext(true), "camera", SECRET));
        assertThat(untrustedBroker).hasStackTraceContaining("PKIX path");
    }

    static MqttClient connect(String url, SSLContext ssl, String user, String password) throws MqttException {
        MqttClient c = new MqttClient(url, "probe-" + System.nanoTime(), new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        o.setSocketFactory(ssl.getSocketFactory());
        o.setConnectionTimeout(5);
        if (user != null) {
            o.setUserName(user);
            o.setPassword(password.toCharArray());
        }
        try {
            c.connect(o);
            return c;
        } catch (MqttException e) {
            c.close();
            throw e;
        }
    }

    static Path dirOf(MosquittoBroker broker) {
        return Path.of(broker.configFile()).getParent();
    }

    static String read(Path dir, String name) {
        try {
            return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
