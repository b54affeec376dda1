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

import java.nio.file.Path;
import java.time.Duration;

import javax.net.ssl.SSLContext;

import io.github.camelhfcamera.hfcamera.simulator.TestClient;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttSecurityException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedBrokerTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void sharedSubscriptionSplitsMessagesBetweenGroupMembers() {
        try (EmbeddedBroker broker = EmbeddedBroker.create();
             TestClient a = new TestClient(broker.brokerUrl(), "$share/platform/mqtt/face/+/Rec");
             TestClient b = new TestClient(broker.brokerUrl(), "$share/platform/mqtt/face/+/Rec");
             TestClient all = new TestClient(broker.brokerUrl(), "mqtt/face/+/Rec");
             TestClient device = new TestClient(broker.brokerUrl())) {
            assertThat(broker.brokerUrl()).isEqualTo("tcp://127.0.0.1:" + broker.port());
            for (int i = 0; i < 20; i++) {
                device.publish("mqtt/face/cam-" + i + "/Rec", "{\"n\":" + i + "}");
            }
            for (int i = 0; i < 20; i++) {
                all.await(r -> true, WAIT);
            }
            // every message reaches the group once: split between the members, not duplicated
            awaitCount(() -> a.snapshot().size() + b.snapshot().size(), 20);
            assertThat(a.snapshot()).isNotEmpty();
            assertThat(b.snapshot()).isNotEmpty();
        }
    }

    @Test
    void mqtt5ClientsShareTheSubscriptionOnTheSamePort() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.create();
             TestClient device = new TestClient(broker.brokerUrl())) {
            java.util.List<org.eclipse.paho.mqttv5.client.MqttClient> members = new java.util.ArrayList<>();
            java.util.concurrent.atomic.AtomicInteger[] counts = {
                    new java.util.concurrent.atomic.AtomicInteger(), new java.util.concurrent.atomic.AtomicInteger() };
            for (int i = 0; i < 2; i++) {
                org.eclipse.paho.mqttv5.client.MqttClient c = new org.eclipse.paho.mqttv5.client.MqttClient(
                        broker.brokerUrl(), "v5-" + i, new org.eclipse.paho.mqttv5.client.persist.MemoryPersistence());
                java.util.concurrent.atomic.AtomicInteger n = counts[i];
                c.setCallback(new Mqtt5Counter(n));
                c.connect(new org.eclipse.paho.mqttv5.client.MqttConnectionOptions());
                // Paho v5 does not match "$share/..." filters to per-subscription listeners: count in the callback
                c.subscribe("$share/g5/mqtt/face/+/Snap", 0);
                members.add(c);
            }
            for (int i = 0; i < 20; i++) {
                device.publish("mqtt/face/cam-" + i + "/Snap", "{}");
            }
            awaitCount(() -> counts[0].get() + counts[1].get(), 20);
            assertThat(counts[0].get()).isPositive();
            assertThat(counts[1].get()).isPositive();
            for (org.eclipse.paho.mqttv5.client.MqttClient c : members) {
                c.disconnect();
                c.close();
            }
        }
    }

    @Test
    void restartsOnTheSamePort() {
        try (EmbeddedBroker broker = EmbeddedBroker.create()) {
            int port = broker.port();
            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            assertThat(FreePorts.accepts(port)).isFalse();
            broker.start();
            assertThat(broker.port()).isEqualTo(port);
            try (TestClient sub = new TestClient(broker.brokerUrl(), "t/x");
                 TestClient pub = new TestClient(broker.brokerUrl())) {
                pub.publish("t/x", "again");
                assertThat(sub.await(r -> true, WAIT).text()).isEqualTo("again");
            }
        }
    }

    @Test
    void willIsPublishedWhenTheConnectionDropsWithoutDisconnect() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.create();
             TestClient platform = new TestClient(broker.brokerUrl(), "mqtt/face/basic")) {
            MqttAsyncClient device = new MqttAsyncClient(broker.brokerUrl(), "dev-1", new MemoryPersistence());
            MqttConnectOptions o = new MqttConnectOptions();
            o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
            o.setWill("mqtt/face/basic", "{\"operator\":\"Offline\"}".getBytes(), 0, false);
            device.connect(o).waitForCompletion(5000);
            // the way SimulatedCamera.loseNetwork() drops: close the socket, send no DISCONNECT
            device.disconnectForcibly(0, 1000, false);
            assertThat(platform.await(r -> r.text().contains("Offline"), WAIT).topic()).isEqualTo("mqtt/face/basic");
            device.close(true);
        }
    }

    @Test
    void credentialsAreRequiredWhenConfigured() {
        try (EmbeddedBroker broker = EmbeddedBroker.builder().credentials("hf", "s3cret").start()) {
            MqttConnectOptions wrong = new MqttConnectOptions();
            wrong.setUserName("hf");
            wrong.setPassword("nope".toCharArray());
            assertThatThrownBy(() -> new TestClient(broker.brokerUrl(), wrong))
                    .hasCauseInstanceOf(MqttSecurityException.class);
            MqttConnectOptions right = new MqttConnectOptions();
            right.setUserName("hf");
            right.setPassword("s3cret".toCharArray());
            try (TestClient ok = new TestClient(broker.brokerUrl(), right, "a/b");
                 TestClient pub = new TestClient(broker.brokerUrl(), right)) {
                pub.publish("a/b", "hello");
                assertThat(ok.await(r -> true, WAIT).text()).isEqualTo("hello");
            }
        }
    }

    @Test
    void servesMqttOverTls(@TempDir Path dir) throws Exception {
        TestCertificates pki = TestCertificates.generate(dir);
        try (EmbeddedBroker broker = EmbeddedBroker.builder().tls(pki.brokerKeyStore(), TestCertificates.PASSWORD)
                .start()) {
            assertThat(broker.brokerUrl()).startsWith("ssl://127.0.0.1:");
            SSLContext ctx = pki.sslContext(false);
            MqttConnectOptions o = new MqttConnectOptions();
            o.setSocketFactory(ctx.getSocketFactory());
            try (TestClient sub = new TestClient(broker.brokerUrl(), o, "tls/t");
                 TestClient pub = new TestClient(broker.brokerUrl(), o)) {
                pub.publish("tls/t", "secret");
                assertThat(sub.await(r -> true, WAIT).text()).isEqualTo("secret");
            }
            // a plain TCP client cannot talk to the TLS port
            assertThatThrownBy(() -> new TestClient("tcp://127.0.0.1:" + broker.port()).close())
                    .hasCauseInstanceOf(MqttException.class);
        }
    }

    /** Counts what an MQTT 5 client receives. */
    private record Mqtt5Counter(java.util.concurrent.atomic.AtomicInteger n)
            implements org.eclipse.paho.mqttv5.client.MqttCallback {
        @Override
        public void messageArrived(String topic, org.eclipse.paho.mqttv5.common.MqttMessage message) {
            n.incrementAndGet();
        }

        @Override
        public void disconnected(org.eclipse.paho.mqttv5.client.MqttDisconnectResponse r) {
        }

        @Override
        public void mqttErrorOccurred(org.eclipse.paho.mqttv5.common.MqttException e) {
        }

        @Override
        public void deliveryComplete(org.eclipse.paho.mqttv5.client.IMqttToken token) {
        }

        @Override
        public void connectComplete(boolean reconnect, String serverURI) {
        }

        @Override
        public void authPacketArrived(int reasonCode, org.eclipse.paho.mqttv5.common.packet.MqttProperties p) {
        }
    }

    private static void awaitCount(java.util.function.IntSupplier count, int expected) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (count.getAsInt() < expected && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(count.getAsInt()).isEqualTo(expected);
    }
}
