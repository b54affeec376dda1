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
package io.github.camelhfcamera.hfcamera.simulator;

import java.time.Duration;

import io.github.camelhfcamera.hfcamera.simulator.broker.MosquittoBroker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The simulator against a private Mosquitto (never the system one on 1883). */
class MosquittoSmokeTest {

    @Test
    void camerasWorkThroughMosquittoAndReconnectAfterItRestarts() {
        assumeTrue(MosquittoBroker.isAvailable(), "mosquitto is not installed");
        try (MosquittoBroker mosquitto = MosquittoBroker.create();
             TestClient platform = new TestClient(mosquitto.brokerUrl(), "mqtt/face/#");
             SimulatedFleet fleet = CameraSimulator.builder().brokerUrl(mosquitto.brokerUrl())
                     .deviceIds("mq-1", "mq-2").heartbeatInterval(Duration.ofMillis(200))
                     .reconnectDelay(Duration.ofMillis(100)).fastBatches().start()) {
            assertThat(mosquitto.port()).isNotEqualTo(1883);
            platform.await(m -> m.topic().equals("mqtt/face/basic") && m.text().contains("mq-2"),
                    Duration.ofSeconds(5));
            platform.publish("mqtt/face/mq-1", "{\"messageId\":\"m1\",\"operator\":\"GetSysTime\",\"info\":{}}");
            TestClient.Received r = platform.await(m -> m.topic().equals("mqtt/face/mq-1/Ack"), Duration.ofSeconds(5));
            assertThat(r.text()).contains("GetSysTime-Ack").contains("\"result\":\"ok\"");

            // the will through Mosquitto
            fleet.camera("mq-2").loseNetwork();
            platform.await(m -> m.text().contains("Offline") && m.text().contains("mq-2"), Duration.ofSeconds(5));

            int port = mosquitto.port();
            mosquitto.stop();
            Await.until(() -> !fleet.camera("mq-1").isConnected(), Duration.ofSeconds(5), "mq-1 disconnected");
            mosquitto.start();
            assertThat(mosquitto.port()).isEqualTo(port);
            fleet.camera("mq-1").awaitStats(s -> s.connects() >= 2, Duration.ofSeconds(10));
        }
    }

    /**
     * Closing a fleet sends DISCONNECT, so no Offline will. Checked on Mosquitto: Artemis 2.44 publishes the will of
     * a cleanly disconnecting client now and then (its DISCONNECT and connection-closed handling race; about 2 in
     * 100 in a loop here), so that broker cannot tell this reliably.
     */
    @Test
    void closingTheFleetDisconnectsCleanlyWithoutOffline() {
        assumeTrue(MosquittoBroker.isAvailable(), "mosquitto is not installed");
        try (MosquittoBroker mosquitto = MosquittoBroker.create();
             TestClient platform = new TestClient(mosquitto.brokerUrl(), "mqtt/face/basic");
             SimulatedFleet fleet = CameraSimulator.builder().brokerUrl(mosquitto.brokerUrl())
                     .devices(20, "clean-").heartbeatInterval(Duration.ofMillis(200)).start()) {
            for (int i = 1; i <= 20; i++) {
                String id = "\"clean-" + i + "\"";
                platform.await(m -> m.text().contains("Online") && m.text().contains(id), Duration.ofSeconds(5));
            }
            fleet.close();
            assertThat(platform.receives(m -> m.text().contains("Offline"), Duration.ofMillis(700))).isFalse();
        }
    }
}
