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

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.camelhfcamera.hfcamera.simulator.Await;
import io.github.camelhfcamera.hfcamera.simulator.PushedEvent;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Example 5 against a local HTTP service (the JDK's HttpServer) that fails for a while, refuses strangers, and
 * takes the rest; the cameras in resume mode, so that every PushAck can be checked.
 */
class EventsToWebhookTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the service received: status answered, the pending PushAcks of the camera at that moment, the body. */
    record Call(int status, int pendingAcksThen, String idempotencyKey, JsonNode body) {
    }

    @TempDir
    static Path tmp;
    private static HttpServer service;
    private static ExamplesFixture fx;
    private static final List<Call> calls = new CopyOnWriteArrayList<>();
    private static final AtomicInteger failuresToGo = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/hooks/camera", ex -> {
            JsonNode body = JSON.readTree(ex.getRequestBody().readAllBytes());
            String device = body.path("deviceId").asText();
            int status;
            if (failuresToGo.getAndDecrement() > 0) {
                status = 503;
            } else if ("stranger".equals(body.path("group").asText())) {
                status = 422;
            } else {
                status = 201;
            }
            int pending = fx == null ? -1 : fx.fleet.camera(device).pendingAcks();
            calls.add(new Call(status, pending, ex.getRequestHeaders().getFirst("Idempotency-Key"), body));
            byte[] answer = (status == 422 ? "{\"error\":\"strangers are not accepted here\"}" : "{}")
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, answer.length);
            ex.getResponseBody().write(answer);
            ex.close();
        });
        service.start();
        fx = ExamplesFixture.start(Map.of(
                "webhook.url", "http://127.0.0.1:" + service.getAddress().getPort() + "/hooks/camera",
                "webhook.redeliveryDelay", "100",
                "webhook.maxRedeliveries", "6",
                "webhook.deadLetterDir", tmp.resolve("refused").toString(),
                "events.dir", tmp.resolve("events").toString()), true);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (fx != null) {
                fx.close();
            }
        } finally {
            if (service != null) {
                service.stop(0);
            }
        }
    }

    @BeforeEach
    void clear() {
        calls.clear();
        failuresToGo.set(0);
    }

    @Test
    void aRecordIsPostedAsJsonRetriedWhileTheServiceFailsAndAcknowledgedOnlyAfterIts2xx() throws Exception {
        failuresToGo.set(3);
        SimulatedCamera cam = fx.fleet.camera("cam-1");

        PushedEvent rec = cam.pushRecord();

        Await.until(() -> calls.stream().anyMatch(c -> c.status() == 201), Duration.ofSeconds(20),
                "the service taking the record");
        cam.awaitPendingAcks(0, Duration.ofSeconds(10));
        List<Call> forRecord = calls.stream()
                .filter(c -> String.valueOf(rec.id()).equals(c.body().path("recordId").asText())).toList();
        assertThat(forRecord).extracting(Call::status).containsExactly(503, 503, 503, 201);
        // while the service had not answered 2xx, the camera still waited for its PushAck
        assertThat(forRecord).allSatisfy(c -> assertThat(c.pendingAcksThen()).isEqualTo(1));
        JsonNode body = forRecord.get(3).body();
        assertThat(body.path("deviceId").asText()).isEqualTo("cam-1");
        assertThat(body.path("operator").asText()).isEqualTo("RecPush");
        assertThat(body.path("group").asText()).isEqualTo("recognition");
        assertThat(body.path("event").path("recordId").asLong()).as(body.toString()).isEqualTo(rec.id());
        assertThat(body.has("pictures")).as("no pictures in the webhook's JSON").isFalse();
        assertThat(body.has("pictureFiles")).isFalse();
        assertThat(forRecord).extracting(Call::idempotencyKey).containsOnly("cam-1-RecPush-" + rec.id());
        assertThat(Files.exists(tmp.resolve("refused"))
                   && Files.list(tmp.resolve("refused")).findAny().isPresent()).isFalse();
    }

    @Test
    void whatTheServiceRefusesGoesToTheDeadLetterFolderOnceWithoutRetries() throws Exception {
        SimulatedCamera cam = fx.fleet.camera("cam-2");

        PushedEvent snap = cam.pushStranger();

        Path letter = tmp.resolve("refused").resolve("stranger").resolve("cam-2-StrSnapPush-" + snap.id() + ".json");
        Await.until(() -> Files.exists(letter), Duration.ofSeconds(20), "the dead letter " + letter);
        JsonNode dead = JSON.readTree(letter.toFile());
        assertThat(dead.path("refusedWith").asInt()).isEqualTo(422);
        assertThat(dead.path("answer").asText()).contains("strangers are not accepted");
        assertThat(dead.path("event").path("deviceId").asText()).isEqualTo("cam-2");
        assertThat(dead.path("event").path("operator").asText()).isEqualTo("StrSnapPush");
        // in the folder now: acknowledged, so that the camera does not send it again and again
        cam.awaitPendingAcks(0, Duration.ofSeconds(10));
        assertThat(calls).filteredOn(c -> c.body().path("deviceId").asText().equals("cam-2")).hasSize(1);
    }

    @Test
    void whenTheServiceStaysDownTheRecordIsNotAcknowledgedAndComesAgainLater() throws Exception {
        failuresToGo.set(7 + 2);   // the first delivery and its 6 retries fail, then 2 more
        SimulatedCamera cam = fx.fleet.camera("cam-1");

        PushedEvent rec = cam.pushRecord();

        Await.until(() -> calls.stream().anyMatch(c -> c.status() == 201), Duration.ofSeconds(60),
                "the service taking the record the camera sent again");
        cam.awaitPendingAcks(0, Duration.ofSeconds(10));
        List<Call> forRecord = calls.stream()
                .filter(c -> String.valueOf(rec.id()).equals(c.body().path("recordId").asText())).toList();
        assertThat(forRecord).hasSizeGreaterThan(7);
        assertThat(forRecord.subList(0, forRecord.size() - 1)).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(503);
            assertThat(c.pendingAcksThen()).isEqualTo(1);
        });
        assertThat(forRecord.get(forRecord.size() - 1).status()).isEqualTo(201);
    }
}
