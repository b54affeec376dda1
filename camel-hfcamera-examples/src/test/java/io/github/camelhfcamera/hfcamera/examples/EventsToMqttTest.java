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

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.simulator.Await;
import io.github.camelhfcamera.hfcamera.simulator.PushedEvent;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.broker.MosquittoBroker;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Example 6: the cameras' events (on the embedded Artemis) bridged to a second, private Mosquitto with a login, as
 * an IoT platform's broker; the cameras in resume mode, so that every PushAck can be checked.
 */
class EventsToMqttTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "bridge";
    private static final String PASSWORD = "bridge-secret-1";

    record Received(String topic, int qos, String contentType, String recordKey, JsonNode body) {
    }

    @TempDir
    static Path tmp;
    private static MosquittoBroker platform;
    private static ExamplesFixture fx;
    private static MqttClient subscriber;
    private static final List<Received> received = new CopyOnWriteArrayList<>();
    private static final AtomicInteger failedExchanges = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        if (!MosquittoBroker.isAvailable()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI=true but the mosquitto binary is missing (.ci/run installs it)");
            }
            assumeTrue(false, "mosquitto binary not installed (apt-get install mosquitto)");
        }
        platform = MosquittoBroker.builder().credentials(USER, PASSWORD).start();
        fx = ExamplesFixture.start(Map.of(
                "bridge.brokerUrl", platform.brokerUrl(),
                "bridge.userName", USER,
                "bridge.password", PASSWORD,
                "bridge.site", "plant-7",
                "bridge.maxRedeliveries", "2",
                "bridge.redeliveryDelay", "100",
                "events.dir", tmp.resolve("events").toString()), true);
        fx.context().getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                if (event instanceof CamelEvent.ExchangeFailedEvent f
                    && "events-to-mqtt".equals(f.getExchange().getFromRouteId())) {
                    failedExchanges.incrementAndGet();
                }
            }
        });
        subscribe();
    }

    private static void subscribe() throws Exception {
        subscriber = new MqttClient(platform.brokerUrl(), "platform-app", new MemoryPersistence());
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setUserName(USER);
        o.setPassword(PASSWORD.getBytes(StandardCharsets.UTF_8));
        subscriber.connect(o);
        // Paho 1.2.5's subscribe(String, int, listener) recurses until the stack overflows: the array form
        org.eclipse.paho.mqttv5.client.IMqttMessageListener listener = (topic, msg) -> {
            String key = msg.getProperties().getUserProperties().stream()
                    .filter(p -> p.getKey().equals(EventsToMqttRoutes.RECORD_KEY)).map(UserProperty::getValue)
                    .findFirst().orElse(null);
            received.add(new Received(topic, msg.getQos(), msg.getProperties().getContentType(), key,
                    JSON.readTree(msg.getPayload())));
        };
        subscriber.subscribe(new org.eclipse.paho.mqttv5.common.MqttSubscription[] {
            new org.eclipse.paho.mqttv5.common.MqttSubscription("dt/hfcamera/#", 1) },
                new org.eclipse.paho.mqttv5.client.IMqttMessageListener[] { listener });
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (subscriber != null && subscriber.isConnected()) {
                subscriber.disconnect();
            }
        } finally {
            try {
                if (fx != null) {
                    fx.close();
                }
            } finally {
                if (platform != null) {
                    platform.close();
                }
            }
        }
    }

    private static Optional<Received> forKey(String key) {
        return received.stream().filter(r -> key.equals(r.recordKey())).findFirst();
    }

    @Test
    void aRecordIsPublishedAtQos1OnThePlatformsTopicAndThenAcknowledged() throws Exception {
        SimulatedCamera cam = fx.fleet.camera("cam-1");

        PushedEvent rec = cam.pushRecord();

        String key = "cam-1-RecPush-" + rec.id();
        Await.until(() -> forKey(key).isPresent(), Duration.ofSeconds(20), "the record on the platform's broker");
        Received r = forKey(key).orElseThrow();
        assertThat(r.topic()).isEqualTo("dt/hfcamera/plant-7/cam-1/recognition");
        assertThat(r.qos()).isEqualTo(1);
        assertThat(r.contentType()).isEqualTo("application/json");
        assertThat(r.body().path("deviceId").asText()).isEqualTo("cam-1");
        assertThat(r.body().path("operator").asText()).isEqualTo("RecPush");
        assertThat(r.body().path("event").path("recordId").asLong()).isEqualTo(rec.id());
        assertThat(r.body().has("pictures")).isFalse();
        cam.awaitPendingAcks(0, Duration.ofSeconds(10));
    }

    @Test
    void anAlarmGoesToTheAlarmTopicOfItsCamera() throws Exception {
        PushedEvent alarm = fx.fleet.camera("cam-2").pushEvent(Operator.FIRE_SMOKE_SNAP_PUSH);

        String key = "cam-2-FireSmokeSnapPush-" + alarm.id();
        Await.until(() -> forKey(key).isPresent(), Duration.ofSeconds(20), "the alarm on the platform's broker");
        assertThat(forKey(key).orElseThrow().topic()).isEqualTo("dt/hfcamera/plant-7/cam-2/alarm");
        fx.fleet.camera("cam-2").awaitPendingAcks(0, Duration.ofSeconds(10));
    }

    @Test
    void whileThePlatformIsDownNothingIsAcknowledgedAndTheRecordArrivesOnceItIsBack() throws Exception {
        SimulatedCamera cam = fx.fleet.camera("cam-1");
        cam.awaitPendingAcks(0, Duration.ofSeconds(10));
        int failedBefore = failedExchanges.get();
        platform.stop();
        try {
            PushedEvent rec = cam.pushRecord();

            Await.until(() -> failedExchanges.get() > failedBefore, Duration.ofSeconds(30),
                    "the bridge giving up on the record after its retries");
            assertThat(cam.pendingAcks()).as("no PushAck without the platform's PUBACK").isEqualTo(1);

            platform.start();
            subscribe();
            String key = "cam-1-RecPush-" + rec.id();
            Await.until(() -> forKey(key).isPresent(), Duration.ofSeconds(40),
                    "the record the camera sent again, on the platform's broker");
            cam.awaitPendingAcks(0, Duration.ofSeconds(10));
        } finally {
            if (!platform.isRunning()) {
                platform.start();
            }
        }
    }
}
