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
package io.github.camelhfcamera.hfcamera.kamelets;

import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import io.github.camelhfcamera.hfcamera.simulator.broker.TestCertificates;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyManagersParameters;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Kamelets on a broker that requires TLS, a client certificate and a login: the Kamelets name the ssl:// broker
 * and the login, the TLS configuration is the application's global one (what camel.ssl.* sets in Camel K and Camel
 * Main), taken by the component because of useGlobalSslContextParameters.
 */
class KameletTlsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static KeyStoreParameters store(Path p) {
        KeyStoreParameters ks = new KeyStoreParameters();
        ks.setResource("file:" + p);
        ks.setPassword(TestCertificates.PASSWORD);
        ks.setType("PKCS12");
        return ks;
    }

    @Test
    void eventsSourceAndCommandActionWorkOverTlsWithTheGlobalConfiguration(@TempDir Path tmp) throws Exception {
        TestCertificates pki = TestCertificates.generate(tmp);
        try (EmbeddedBroker broker = EmbeddedBroker.builder().credentials("platform", "Kamelet-Pa55")
                .tls(pki.brokerKeyStore(), TestCertificates.PASSWORD)
                .requireClientCertificate(pki.trustStore(), TestCertificates.PASSWORD).start();
             SimulatedFleet fleet = CameraSimulator.builder().brokerUrl(broker.brokerUrl())
                     .credentials("platform", "Kamelet-Pa55")
                     .sslSocketFactory(pki.sslContext(true).getSocketFactory())
                     .heartbeatInterval(Duration.ofMillis(300)).deviceIds("cam-1").start();
             CamelContext ctx = new DefaultCamelContext()) {
            SSLContextParameters global = new SSLContextParameters();
            TrustManagersParameters trust = new TrustManagersParameters();
            trust.setKeyStore(store(pki.trustStore()));
            global.setTrustManagers(trust);
            KeyManagersParameters keys = new KeyManagersParameters();
            keys.setKeyStore(store(pki.clientKeyStore()));
            keys.setKeyPassword(TestCertificates.PASSWORD);
            global.setKeyManagers(keys);
            ctx.setSSLContextParameters(global);
            ctx.getComponent("hfcamera", HfCameraComponent.class).setUseGlobalSslContextParameters(true);

            String connection = "brokerUrl=" + broker.brokerUrl() + "&username=platform&password=Kamelet-Pa55";
            ctx.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("kamelet:hfcamera-events-source?" + connection + "&eventTypes=recognition")
                            .to("mock:events");
                    from("direct:time").to("kamelet:hfcamera-command-action?" + connection
                                           + "&deviceId=cam-1&operator=GetSysTime");
                }
            });
            ctx.start();
            fleet.awaitOnlineAcked(Duration.ofSeconds(20));

            MockEndpoint events = ctx.getEndpoint("mock:events", MockEndpoint.class);
            long id = fleet.camera("cam-1").pushRecord().id();
            await().atMost(Duration.ofSeconds(20)).until(() -> events.getReceivedCounter() == 1);
            JsonNode record = JSON.readTree(events.getReceivedExchanges().get(0).getMessage().getBody(String.class));
            assertThat(record.path("deviceId").asText()).isEqualTo("cam-1");
            assertThat(record.path("recordId").asLong()).isEqualTo(id);

            JsonNode time = JSON.readTree(ctx.createProducerTemplate().requestBody("direct:time", "{}", String.class));
            assertThat(time.path("SysTime").asText()).as("the camera's clock in %s", time)
                    .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        }
    }
}
