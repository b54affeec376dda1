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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhfcamera.hfcamera.protocol.HfCodec;
import io.github.camelhfcamera.hfcamera.protocol.HfMessage;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One embedded Artemis per test class, a fleet per test, and a bare MQTT client playing the platform: it sends the
 * document's JSON and reads the cameras' replies as they are on the wire.
 */
public abstract class SimulatorTestSupport {

    protected static final Duration WAIT = Duration.ofSeconds(10);
    protected static final ObjectMapper JSON = new ObjectMapper();
    protected static final HfCodec CODEC = new HfCodec();
    private static final AtomicInteger IDS = new AtomicInteger();

    protected static EmbeddedBroker broker;
    /** Shared by the tests of a class (a Paho connect costs 300 ms); cleared before each test. */
    protected static TestClient platform;
    protected SimulatedFleet fleet;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedBroker.create();
    }

    @AfterAll
    static void stopBroker() {
        if (platform != null) {
            platform.close();
            platform = null;
        }
        if (broker != null) {
            broker.close();
        }
    }

    @BeforeEach
    void clearPlatform() {
        if (platform != null) {
            if (platform.paho().isConnected()) {
                platform.flush("mqtt/face");
            } else {
                platform.close();
                platform = null;
            }
        }
    }

    @AfterEach
    void closeFleet() {
        if (fleet != null) {
            fleet.close();
            fleet = null;
        }
    }

    /** A builder with test timings: 200 ms heartbeats, fast batches, quick reconnects. */
    protected CameraSimulator.Builder simulator(String... ids) {
        return CameraSimulator.builder()
                .brokerUrl(broker.brokerUrl())
                .deviceIds(ids)
                .heartbeatInterval(Duration.ofMillis(200))
                .reconnectDelay(Duration.ofMillis(100))
                .rebootDuration(Duration.ofMillis(300))
                .resendInterval(Duration.ofMillis(300))
                .fastBatches()
                .picBytes(2_000)
                .sceneBytes(4_000);
    }

    /** Starts the platform client first (so it sees the Online messages), then the fleet. */
    protected SimulatedFleet start(CameraSimulator.Builder b) {
        if (platform == null) {
            platform = new TestClient(broker.brokerUrl(), "mqtt/face/#");
        }
        fleet = b.start();
        return fleet;
    }

    protected SimulatedFleet start(String... ids) {
        return start(simulator(ids));
    }

    /** A reply as received: its raw JSON and the codec's reading of it. */
    protected record Reply(String topic, JsonNode json, HfMessage<Object> message) {
        public JsonNode info() {
            return json.get("info");
        }

        public String operator() {
            return json.get("operator").asText();
        }

        /** A field of info as the raw JSON text value (numbers travel as strings). */
        public String field(String name) {
            JsonNode n = json.get("info").get(name);
            return n == null ? null : n.asText();
        }

        public Integer code() {
            JsonNode c = json.get("code");
            return c == null ? null : Integer.valueOf(c.asText());
        }
    }

    /** A fresh messageId. */
    protected static String newMessageId() {
        return "t-" + IDS.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Publishes a command to {@code mqtt/face/{id}} with the given info (JSON text), returning its messageId. */
    protected String send(String deviceId, String operator, String infoJson) {
        String mid = newMessageId();
        String payload = "{\"messageId\":\"" + mid + "\",\"operator\":\"" + operator + "\""
                + (infoJson == null ? "" : ",\"info\":" + infoJson) + "}";
        platform.publish("mqtt/face/" + deviceId, payload);
        return mid;
    }

    /** Publishes a raw payload to a camera's cloud topic. */
    protected void sendRaw(String deviceId, String payload) {
        platform.publish("mqtt/face/" + deviceId, payload);
    }

    /** Sends a command and waits for the camera's reply with the same messageId. */
    protected Reply call(String deviceId, String operator, String infoJson) {
        return awaitReply(deviceId, send(deviceId, operator, infoJson));
    }

    /** The reply on {@code mqtt/face/{id}/Ack} carrying this messageId. */
    protected Reply awaitReply(String deviceId, String messageId) {
        TestClient.Received r = platform.await(m -> m.topic().equals("mqtt/face/" + deviceId + "/Ack")
                && messageIdOf(m).equals(messageId), WAIT);
        return reply(r);
    }

    protected static Reply reply(TestClient.Received r) {
        try {
            return new Reply(r.topic(), JSON.readTree(r.payload()), CODEC.decode(r.payload()));
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + r, e);
        }
    }

    protected static String messageIdOf(TestClient.Received m) {
        try {
            JsonNode n = JSON.readTree(m.payload()).get("messageId");
            return n == null ? "" : n.asText();
        } catch (java.io.IOException e) {
            return "";
        }
    }

    protected static String operatorOf(TestClient.Received m) {
        try {
            JsonNode n = JSON.readTree(m.payload()).get("operator");
            return n == null ? "" : n.asText();
        } catch (java.io.IOException e) {
            return "";
        }
    }

    protected static JsonNode json(TestClient.Received m) {
        try {
            return JSON.readTree(m.payload());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The next message of this operator on this topic. */
    protected TestClient.Received awaitMessage(String topic, String operator) {
        return platform.await(m -> m.topic().equals(topic) && operatorOf(m).equals(operator), WAIT);
    }

    /** Asserts a failure reply: the code, result "fail" and the appendix text. */
    protected static void assertFailure(Reply r, int code, String detail) {
        assertThat(r.code()).as("code of %s", r.json()).isEqualTo(code);
        assertThat(r.field("result")).isEqualTo("fail");
        if (detail != null) {
            assertThat(r.field("detail")).isEqualTo(detail);
        }
    }

    protected static void assertOk(Reply r) {
        assertThat(r.field("result")).as("result of %s", r.json()).isEqualTo("ok");
        if (r.code() != null) {
            assertThat(r.code()).isEqualTo(200);
        }
    }

    protected static ObjectNode obj() {
        return JSON.createObjectNode();
    }

    protected static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    protected static Operator op(String wireName) {
        return Operator.of(wireName).orElseThrow();
    }
}
