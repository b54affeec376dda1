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

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.Jpegs;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each Kamelet, loaded from the class path by camel-kamelet as Camel K or JBang would, run against simulated cameras
 * on an embedded Artemis broker: data really flows through it. The broker is named only on the Kamelets (as a user
 * of a Kamelet does), never on the component.
 */
class KameletFlowTest extends CamelTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedBroker broker;
    private static HttpServer photos;
    private SimulatedFleet fleet;

    @BeforeAll
    static void startBrokerAndPhotos() throws Exception {
        broker = EmbeddedBroker.create();
        byte[] jpeg = Jpegs.jpeg(20_000);
        photos = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        photos.createContext("/photos/", ex -> {
            ex.getResponseHeaders().add("Content-Type", "image/jpeg");
            ex.sendResponseHeaders(200, jpeg.length);
            ex.getResponseBody().write(jpeg);
            ex.close();
        });
        photos.start();
    }

    @AfterAll
    static void stopBrokerAndPhotos() {
        photos.stop(0);
        broker.close();
    }

    @AfterEach
    void stopCameras() {
        if (fleet != null) {
            fleet.close();
        }
    }

    private static String photo(String id) {
        return "http://127.0.0.1:" + photos.getAddress().getPort() + "/photos/" + id + ".jpg";
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        String url = broker.brokerUrl();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:hfcamera-events-source?brokerUrl=" + url + "&eventTypes=recognition,alarm,status")
                        .to("mock:events");
                from("direct:upsert").to("kamelet:hfcamera-persons-sink?brokerUrl=" + url + "&deviceIds=cam-1,cam-2");
                from("direct:delete")
                        .to("kamelet:hfcamera-persons-sink?brokerUrl=" + url + "&deviceIds=cam-2&operation=delete");
                from("direct:time")
                        .to("kamelet:hfcamera-command-action?brokerUrl=" + url + "&deviceId=cam-1&operator=GetSysTime");
            }
        };
    }

    private SimulatedFleet cameras() {
        fleet = CameraSimulator.builder().brokerUrl(broker.brokerUrl()).deviceIds("cam-1", "cam-2")
                .heartbeatInterval(Duration.ofMillis(500)).fastBatches()
                .resumeMode(true).resendInterval(Duration.ofMillis(500)).start();
        fleet.awaitOnlineAcked(WAIT);
        return fleet;
    }

    @Test
    void eventsSourceDeliversRecordsAlarmsAndStatusAsTheEventJsonWithoutImagesAndAcknowledgesThem() {
        SimulatedCamera cam = cameras().camera("cam-1");
        MockEndpoint events = getMockEndpoint("mock:events");
        cam.pushRecord();
        cam.pushEvent(io.github.camelhfcamera.hfcamera.protocol.Operator.FIRE_SMOKE_SNAP_PUSH);
        await().atMost(WAIT).until(() -> operators(events).containsAll(
                List.of("RecPush", "FireSmokeSnapPush", "DeviceOnline", "HeartBeat")));

        List<JsonNode> bodies = bodies(events);
        JsonNode record = bodies.stream().filter(b -> b.path("operator").asText().equals("RecPush")).findFirst()
                .orElseThrow();
        assertThat(record.path("deviceId").asText()).isEqualTo("cam-1");
        assertThat(record.path("group").asText()).isEqualTo("recognition");
        assertThat(record.path("recordId").canConvertToLong()).isTrue();
        assertThat(record.path("event").has("similarity")).as("the model's names, not similarity1").isTrue();
        assertThat(record.has("pictures")).as("images dropped by default").isFalse();
        JsonNode fire = bodies.stream().filter(b -> b.path("operator").asText().equals("FireSmokeSnapPush"))
                .findFirst().orElseThrow();
        assertThat(fire.path("group").asText()).isEqualTo("alarm");
        assertThat(fire.path("recordId").canConvertToLong()).isTrue();
        // the status group: DeviceStatus with its Instants (failed in marshal: json before)
        JsonNode online = bodies.stream().filter(b -> b.path("operator").asText().equals("DeviceOnline"))
                .findFirst().orElseThrow();
        assertThat(online.path("event").path("state").asText()).isEqualTo("ONLINE");
        assertThat(java.time.Instant.parse(online.path("event").path("since").asText())).isNotNull();
        assertThat(bodies).noneMatch(b -> b.toString().contains("base64"));
        assertThat(events.getExchanges()).allSatisfy(e -> assertThat(e.getException()).isNull());
        // resume mode: the Kamelet's route completed, so the component sent the PushAcks
        await().atMost(WAIT).until(() -> cam.pendingAcks() == 0);
    }

    private static List<JsonNode> bodies(MockEndpoint events) {
        return events.getExchanges().stream().map(e -> {
            try {
                return JSON.readTree(e.getMessage().getBody(String.class));
            } catch (Exception x) {
                throw new AssertionError(x);
            }
        }).toList();
    }

    private static List<String> operators(MockEndpoint events) {
        return bodies(events).stream().map(b -> b.path("operator").asText()).toList();
    }

    @Test
    void personsSinkUpsertsJsonOnEveryDeviceAndDeletes() {
        SimulatedFleet cams = cameras();
        String people = "[" + String.join(",", List.of("a", "b", "c").stream().map(id ->
                "{\"customId\":\"" + id + "\",\"name\":\"Person " + id + "\",\"personType\":0,\"picURI\":\""
                + photo(id) + "\"}").toList()) + "]";
        template.sendBody("direct:upsert", people);
        for (String cam : List.of("cam-1", "cam-2")) {
            assertThat(cams.camera(cam).persons()).extracting(Person::customId).containsExactlyInAnyOrder("a", "b", "c");
        }
        template.sendBody("direct:delete", "[\"a\",\"b\"]");
        assertThat(cams.camera("cam-2").persons()).extracting(Person::customId).containsExactly("c");
        assertThat(cams.camera("cam-1").persons()).hasSize(3);
    }

    @Test
    void commandActionAnswersWithTheDevicesReplyAsJson() throws Exception {
        cameras();
        String reply = template.requestBody("direct:time", "{}", String.class);
        JsonNode n = JSON.readTree(reply);
        assertThat(n.path("SysTime").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(n.path("facesluiceId").asText()).isEqualTo("cam-1");
    }

    @Test
    void kameletsNamingOneBrokerShareOneConnectionOfTheirOwn() {
        cameras();
        template.requestBody("direct:time", "{}", String.class);
        var hfcamera = context.getComponent("hfcamera", io.github.camelhfcamera.hfcamera.HfCameraComponent.class);
        assertThat(hfcamera.getSession()).as("the component's own broker (tcp://localhost:1883) is never contacted").isNull();
        assertThat(hfcamera.getSessions()).as("one connection for the Kamelets' broker, shared by all three")
                .singleElement().satisfies(s -> assertThat(s.config().brokerUrl()).isEqualTo(broker.brokerUrl()));
        var registry = org.apache.camel.health.HealthCheckRegistry.get(context);
        assertThat(registry.getCheck("hfcamera").orElseThrow().call().getState())
                .isEqualTo(org.apache.camel.health.HealthCheck.State.UP);
    }
}
