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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.HfCameraConstants;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.model.RecPush;
import io.github.camelhfcamera.hfcamera.protocol.model.SysTime;
import io.github.camelhfcamera.hfcamera.session.DeviceState;
import io.github.camelhfcamera.hfcamera.session.HfBadInput;
import io.github.camelhfcamera.hfcamera.session.HfBadInputException;
import io.github.camelhfcamera.hfcamera.simulator.PushedEvent;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.Broker;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** hfcamera:events and the duties of the component against simulated cameras on an embedded Artemis. */
class EventsE2eTest extends E2eTestSupport {

    final AtomicInteger failures = new AtomicInteger();

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedBroker.create();
    }

    @Override
    void configure(HfCameraComponent c) {
        c.getConfiguration().setAllowedDevices("cam-1,cam-2");
        c.getConfiguration().setMaxPayloadSize(512 * 1024);
        c.getConfiguration().setSharedSubscriptionGroup("fleet");
        c.getConfiguration().setClientId("platform-a");
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("hfcamera:events?type=recognition,stranger&deviceId=cam-1").routeId("records")
                        .process(e -> {
                            if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                                throw new IllegalStateException("database down");
                            }
                        })
                        .to("mock:records");
                from("hfcamera:events?type=alarm&deviceId=cam-2").routeId("alarm2").to("mock:alarm2");
                from("hfcamera:events?type=status").routeId("status").to("mock:status");
                from("hfcamera:events?type=RecPush&deviceId=cam-2&bridgeErrorHandler=true").routeId("rec2")
                        .onException(HfBadInputException.class).handled(true).to("mock:bad").end()
                        .to("mock:rec2");
                from("hfcamera:events").routeId("all").to("mock:all");
            }
        };
    }

    MockEndpoint mock(String name) {
        return getMockEndpoint("mock:" + name);
    }

    SimulatedFleet small(UnaryBuilder options, String... ids) {
        return fleet(b -> options.apply(b.picBytes(4_000).sceneBytes(8_000)), ids);
    }

    interface UnaryBuilder extends java.util.function.UnaryOperator<io.github.camelhfcamera.hfcamera.simulator.CameraSimulator.Builder> {
    }

    static List<Object> headers(MockEndpoint m, String header) {
        return m.getReceivedExchanges().stream().map(e -> e.getMessage().getHeader(header)).toList();
    }

    @Test
    void everyEventKindReachesTheConsumersOfItsTypeAndDevice() {
        SimulatedFleet fleet = small(b -> b, "cam-1", "cam-2");
        awaitEventsSubscribed();
        SimulatedCamera one = fleet.camera("cam-1");
        SimulatedCamera two = fleet.camera("cam-2");

        Map<Operator, PushedEvent> fromOne = new java.util.EnumMap<>(Operator.class);
        for (Operator kind : SimulatedCamera.PUSHABLE) {
            fromOne.put(kind, one.pushEvent(kind));
            two.pushEvent(kind);
        }

        await().atMost(WAIT).until(() -> mock("records").getReceivedCounter() == 2
                                          && mock("alarm2").getReceivedCounter() == 12
                                          && mock("rec2").getReceivedCounter() == 1);
        assertThat(headers(mock("records"), HfCameraConstants.OPERATOR)).containsExactlyInAnyOrder("RecPush",
                "StrSnapPush");
        assertThat(headers(mock("records"), HfCameraConstants.RECORD_ID)).containsExactlyInAnyOrder(
                fromOne.get(Operator.REC_PUSH).id(), fromOne.get(Operator.STR_SNAP_PUSH).id());
        Exchange rec = mock("records").getReceivedExchanges().stream()
                .filter(e -> e.getMessage().getBody() instanceof RecPush).findFirst().orElseThrow();
        assertThat(rec.getMessage().getHeader(HfCameraConstants.TOPIC)).isEqualTo("mqtt/face/cam-1/Rec");
        assertThat(rec.getMessage().getHeader(HfCameraConstants.DEVICE_ID)).isEqualTo("cam-1");
        assertThat(rec.getMessage().getHeader(HfCameraConstants.REALTIME)).isEqualTo(true);
        assertThat(context.getTypeConverter().convertTo(byte[].class, rec.getMessage().getBody(RecPush.class).pic()))
                .hasSize(4_000);
        assertThat(headers(mock("alarm2"), HfCameraConstants.DEVICE_ID)).containsOnly("cam-2");
        assertThat(headers(mock("alarm2"), HfCameraConstants.OPERATOR)).containsExactlyInAnyOrderElementsOf(
                SimulatedCamera.PUSHABLE.stream().filter(o -> o.group() == Operator.EventGroup.ALARM)
                        .map(Operator::wireName).toList());
        // the unfiltered consumer sees all 28
        await().atMost(WAIT).until(() -> mock("all").getReceivedExchanges().stream()
                .filter(e -> !"status".equals(group(e))).count() == 28);
    }

    static String group(Exchange e) {
        String op = e.getMessage().getHeader(HfCameraConstants.OPERATOR, String.class);
        return Operator.of(op).map(o -> o.group() == Operator.EventGroup.STATUS ? "status" : "other")
                .orElse(op.startsWith("Device") ? "status" : "other");
    }

    @Test
    void onlineIsAcknowledgedOnceAndStatusFollowsTheDevice() {
        SimulatedCamera cam = small(b -> b, "cam-1").camera("cam-1");

        cam.awaitOnlineAcked(WAIT);
        await().atMost(WAIT).until(() -> headers(mock("status"), HfCameraConstants.OPERATOR)
                .containsAll(List.of("Online", "DeviceOnline", "HeartBeat")));
        // three consumers receive Online; the device got one Online-Ack and sent Online once
        assertThat(cam.receivedCommands("Online-Ack")).hasSize(1);
        assertThat(cam.stats().onlineSent()).isEqualTo(1);

        cam.loseNetwork();
        await().atMost(WAIT).until(() -> headers(mock("status"), HfCameraConstants.OPERATOR).contains("Offline"));
        assertThat(hfcamera().getDevices()).singleElement()
                .satisfies(d -> assertThat(d.state()).isEqualTo(DeviceState.OFFLINE));
        cam.restoreNetwork();
        cam.awaitOnlineAcked(WAIT);
        await().atMost(WAIT).until(() -> hfcamera().getDevices().get(0).state() == DeviceState.ONLINE);
    }

    @Test
    void aDeviceThatMissesItsHeartbeatsIsLost() {
        small(b -> b, "cam-1");
        SimulatedFleet second = small(b -> b, "cam-2");
        await().atMost(WAIT).until(() -> hfcamera().getDevices().size() == 2);

        second.close(); // a clean disconnect: no Offline will, the heartbeats just stop
        await().atMost(WAIT).until(() -> mock("status").getReceivedExchanges().stream().anyMatch(e ->
                "DeviceLost".equals(e.getMessage().getHeader(HfCameraConstants.OPERATOR))
                && "cam-2".equals(e.getMessage().getHeader(HfCameraConstants.DEVICE_ID))));

        assertThat(hfcamera().getDevices()).extracting(d -> d.deviceId() + "=" + d.state())
                .containsExactlyInAnyOrder("cam-1=ONLINE", "cam-2=LOST");
        // every check in the results, UP ones included
        org.apache.camel.health.HealthCheckRegistry.get(context).setExposureLevel("full");
        // a lost camera is never a liveness check (no pod restart for it) but a detail of the component's readiness
        assertThat(HealthCheckHelper.invokeLiveness(context)).noneMatch(r -> r.getCheck().getId()
                .startsWith("hfcamera"));
        assertThat(HealthCheckHelper.invokeReadiness(context)).filteredOn(r -> r.getCheck().getId().equals("hfcamera"))
                .singleElement().satisfies(r -> {
                    assertThat(r.getState()).isEqualTo(HealthCheck.State.UP);
                    assertThat(r.getDetails()).containsEntry("devices.lost", 1).containsEntry("devices.down", "cam-2");
                });
    }

    @Test
    void aFailedRouteMeansNoPushAckAndTheResendIsDeliveredOnce() {
        SimulatedCamera cam = small(b -> b.resumeMode(true).resendInterval(Duration.ofMillis(500)), "cam-1")
                .camera("cam-1");
        awaitEventsSubscribed();
        failures.set(1);

        PushedEvent sent = cam.pushRecord();

        cam.awaitPendingAcks(0, WAIT);
        assertThat(cam.stats().recordsResent()).isGreaterThanOrEqualTo(1);
        assertThat(mock("records").getReceivedCounter()).isEqualTo(1);
        assertThat(headers(mock("records"), HfCameraConstants.RECORD_ID)).containsExactly(sent.id());
        assertThat(hfcamera().getSession().stats().failedRecords()).isEqualTo(1);
    }

    @Test
    void aRecordSentAgainIsAcknowledgedAgainButNotRoutedTwice() {
        SimulatedCamera cam = small(b -> b.resumeMode(true).resendInterval(Duration.ofMillis(500)), "cam-1")
                .camera("cam-1");
        awaitEventsSubscribed();
        cam.dropPushAcks(1);

        cam.pushStranger();

        cam.awaitPendingAcks(0, WAIT);
        assertThat(cam.stats().pushAcksDropped()).isEqualTo(1);
        assertThat(cam.stats().recordsResent()).isGreaterThanOrEqualTo(1);
        // the component acknowledged the record twice: once dropped by the camera, once taken
        assertThat(cam.stats().pushAcksReceived() + cam.stats().pushAcksDropped()).isGreaterThanOrEqualTo(2);
        assertThat(mock("records").getReceivedCounter()).isEqualTo(1);
        assertThat(hfcamera().getSession().stats().duplicates()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void badDeviceInputGoesToTheErrorHandlerAndTheConsumerGoesOn() throws Exception {
        SimulatedFleet fleet = small(b -> b, "cam-2");
        SimulatedFleet big = fleet(b -> b.picBytes(600_000), "intruder");
        awaitEventsSubscribed();

        // a device that is not allowed: no Online-Ack, nothing routed
        big.camera("intruder").pushRecord();
        // broken payloads on cam-2's topic
        MqttClient raw = new MqttClient(broker.brokerUrl(), "raw-" + System.nanoTime(), new MemoryPersistence());
        try {
            raw.connect();
            raw.publish("mqtt/face/cam-2/Rec", "{\"operator\":\"RecPush\",".getBytes(StandardCharsets.UTF_8), 0, false);
            raw.publish("mqtt/face/cam-2/Rec", "{\"operator\":\"RecPush\",\"info\":{\"RecordID\":\"twelve\"}}"
                    .getBytes(StandardCharsets.UTF_8), 0, false);
            // over maxPayloadSize (512 KB) but within the Maximum Packet Size the component told the broker (the
            // payload limit and 64 KB for the rest of the packet): the component refuses it by size
            byte[] oversized = ("{\"operator\":\"RecPush\",\"info\":{\"facesluiceId\":\"cam-2\",\"pic\":\""
                                + "A".repeat(540_000) + "\"}}").getBytes(StandardCharsets.UTF_8);
            raw.publish("mqtt/face/cam-2/Rec", oversized, 0, false);
            // beyond that Maximum Packet Size: the broker does not send it to the component at all (MQTT 5)
            byte[] beyondPacketLimit = ("{\"operator\":\"RecPush\",\"info\":{\"facesluiceId\":\"cam-2\","
                                        + "\"pic\":\"" + "A".repeat(700_000) + "\"}}").getBytes(StandardCharsets.UTF_8);
            raw.publish("mqtt/face/cam-2/Rec", beyondPacketLimit, 0, false);
            raw.disconnect();
        } finally {
            raw.close();
        }

        await().atMost(WAIT).until(() -> mock("bad").getReceivedCounter() == 3);
        assertThat(mock("bad").getReceivedExchanges()).extracting(e -> e.getProperty(Exchange.EXCEPTION_CAUGHT,
                HfBadInputException.class).getBadInput().kind()).containsExactlyInAnyOrder(HfBadInput.Kind.INVALID,
                HfBadInput.Kind.INVALID, HfBadInput.Kind.OVERSIZED);
        await().atMost(WAIT).until(() -> hfcamera().getSession().stats().badInput() >= 5);
        assertThat(big.camera("intruder").isOnlineAcked()).isFalse();
        assertThat(headers(mock("all"), HfCameraConstants.DEVICE_ID)).doesNotContain("intruder");
        // nothing of that cut the connection
        assertThat(hfcamera().getSession().stats().reconnects()).isZero();

        // the consumer goes on
        fleet.camera("cam-2").pushRecord();
        await().atMost(WAIT).until(() -> mock("rec2").getReceivedCounter() == 1);
    }

    @Test
    void afterABrokerRestartTheComponentReconnectsWithItsSubscriptions() {
        SimulatedCamera cam = small(b -> b, "cam-1").camera("cam-1");
        awaitEventsSubscribed();

        broker.stop();
        await().atMost(WAIT).until(() -> !hfcamera().isConnected());
        broker.start();
        await().atMost(Duration.ofSeconds(40)).until(() -> hfcamera().isConnected());
        awaitEventsSubscribed();
        cam.awaitConnected(Duration.ofSeconds(40));
        cam.awaitOnlineAcked(WAIT);

        cam.pushRecord();
        await().atMost(WAIT).until(() -> mock("records").getReceivedCounter() == 1);
        assertThat(template.requestBody("hfcamera:command?deviceId=cam-1&operator=GetSysTime", (Object) null))
                .isInstanceOf(SysTime.class);
        assertThat(hfcamera().getSession().stats().reconnects()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void twoInstancesWithASharedGroupSplitTheRecordsAndEachGetsItsOwnAnswers() throws Exception {
        SimulatedCamera cam = small(b -> b, "cam-1").camera("cam-1");
        try (CamelContext other = secondInstance("platform-b")) {
            awaitEventsSubscribed();

            Set<Long> ids = new HashSet<>();
            for (int i = 0; i < 20; i++) {
                ids.add(cam.pushRecord().id());
            }

            MockEndpoint mine = mock("records");
            MockEndpoint theirs = other.getEndpoint("mock:records", MockEndpoint.class);
            await().atMost(WAIT).until(() -> mine.getReceivedCounter() + theirs.getReceivedCounter() >= 20);
            assertThat(mine.getReceivedCounter()).isPositive();
            assertThat(theirs.getReceivedCounter()).isPositive();
            Set<Object> seen = new HashSet<>(headers(mine, HfCameraConstants.RECORD_ID));
            seen.addAll(headers(theirs, HfCameraConstants.RECORD_ID));
            assertThat(seen).isEqualTo(new HashSet<Object>(ids));
            assertThat(mine.getReceivedCounter() + theirs.getReceivedCounter()).isEqualTo(20);

            try (ProducerTemplate t = other.createProducerTemplate()) {
                CompletableFuture<Object> a = template.asyncRequestBody(
                        "hfcamera:command?deviceId=cam-1&operator=GetSysTime", null);
                CompletableFuture<Object> b = t.asyncRequestBody(
                        "hfcamera:command?deviceId=cam-1&operator=GetSysTime", null);
                assertThat(a.get()).isInstanceOf(SysTime.class);
                assertThat(b.get()).isInstanceOf(SysTime.class);
            }
        }
    }
}
