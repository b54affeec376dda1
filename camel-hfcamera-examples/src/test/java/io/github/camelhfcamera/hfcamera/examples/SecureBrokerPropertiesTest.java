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
package io.github.camelhfcamera.hfcamera.examples;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.protocol.model.SysTime;
import io.github.camelhfcamera.hfcamera.session.DeviceState;
import io.github.camelhfcamera.hfcamera.simulator.Await;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.MosquittoBroker;
import io.github.camelhfcamera.hfcamera.simulator.broker.TestCertificates;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples application on a Mosquitto that requires TLS, a client certificate and a login, configured with
 * properties only, as docs/getting-started.md shows: Camel's global SSL configuration ({@code camel.ssl.*}) and
 * {@code camel.component.hfcamera.useGlobalSslContextParameters=true}.
 */
class SecureBrokerPropertiesTest {

    @Test
    void theApplicationConnectsWithPropertiesOnly(@TempDir Path tmp) throws Exception {
        TestCertificates pki = TestCertificates.generate(tmp.resolve("pki"));
        try (MosquittoBroker broker = MosquittoBroker.builder().credentials("platform", "Secret-1").tls(pki)
                .requireClientCertificate(pki.authorityPem()).start()) {
            Map<String, String> props = new LinkedHashMap<>();
            props.put("camel.component.hfcamera.brokerUrl", broker.brokerUrl());
            props.put("camel.component.hfcamera.userName", "platform");
            // secrets through placeholders, as the docs show with {{env:...}}
            System.setProperty("hf.test.mqttPassword", "Secret-1");
            System.setProperty("hf.test.keystorePassword", TestCertificates.PASSWORD);
            props.put("camel.component.hfcamera.password", "{{sys:hf.test.mqttPassword}}");
            props.put("camel.component.hfcamera.useGlobalSslContextParameters", "true");
            props.put("camel.component.hfcamera.heartbeatInterval", "500");
            props.put("camel.ssl.enabled", "true");
            props.put("camel.ssl.keyStore", "file:" + pki.clientKeyStore());
            props.put("camel.ssl.keystorePassword", "{{sys:hf.test.keystorePassword}}");
            props.put("camel.ssl.keyStoreType", "PKCS12");
            props.put("camel.ssl.trustStore", "file:" + pki.trustStore());
            props.put("camel.ssl.trustStorePassword", "{{sys:hf.test.keystorePassword}}");
            props.put("camel.server.port", Integer.toString(ExamplesFixture.freePort()));
            props.put("events.dir", tmp.resolve("events").toString());
            props.put("snapshot.dir", tmp.resolve("snapshots").toString());
            props.put("hr.delay", "3600000");
            props.put("hr.period", "3600000");
            props.put("examples.auth.password", ExamplesFixture.PASSWORD);
            Main main = ExamplesApp.create(props);
            main.start();
            try (SimulatedFleet fleet = CameraSimulator.builder().brokerUrl(broker.brokerUrl())
                    .credentials("platform", "Secret-1").sslSocketFactory(pki.sslContext(true).getSocketFactory())
                    .deviceIds("cam-1").heartbeatInterval(Duration.ofMillis(500)).start()) {
                fleet.awaitOnlineAcked(Duration.ofSeconds(15));
                HfCameraComponent hf = main.getCamelContext().getComponent("hfcamera", HfCameraComponent.class);
                Await.until(() -> hf.getDevices().stream().anyMatch(d -> d.deviceId().equals("cam-1")
                        && d.state() == DeviceState.ONLINE), Duration.ofSeconds(15), "cam-1 online");
                assertThat(hf.isConnected()).isTrue();
                assertThat(main.getCamelContext().createProducerTemplate().requestBody(
                        "hfcamera:command?deviceId=cam-1&operator=GetSysTime", (Object) null))
                        .isInstanceOf(SysTime.class);
            } finally {
                main.stop();
                System.clearProperty("hf.test.mqttPassword");
                System.clearProperty("hf.test.keystorePassword");
            }
        }
    }
}
