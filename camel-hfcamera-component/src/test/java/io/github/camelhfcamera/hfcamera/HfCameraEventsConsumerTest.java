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
package io.github.camelhfcamera.hfcamera;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelhfcamera.hfcamera.protocol.model.FireSmokeSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.PushAck;
import io.github.camelhfcamera.hfcamera.protocol.model.RecPush;
import io.github.camelhfcamera.hfcamera.protocol.model.StrSnapPush;
import io.github.camelhfcamera.hfcamera.session.DeviceState;
import io.github.camelhfcamera.hfcamera.session.DeviceStatus;
import io.github.camelhfcamera.hfcamera.session.HfBadInput;
import io.github.camelhfcamera.hfcamera.session.HfBadInputException;
import io.github.camelhfcamera.hfcamera.simulator.PushedEvent;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.test.RawMqtt;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class HfCameraEventsConsumerTest extends HfCameraTestSupport {

    final AtomicInteger failures = new AtomicInteger();
    final org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository repository =
            new org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository();

    @Override
    void configure(HfCameraComponent component) {
        component.getConfiguration().setIdempotentRepository(repository);
        component.getConfiguration().setHeartbeatInterval(400);
        component.getConfiguration().setHeartbeatMissesBeforeLost(2);
        component.getConfiguration().setAllowedDevices("cam-1,cam-2");
        component.getConfiguration().setMaxPayloadSize(64 * 1024);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("hfcamera:events?type=RecPush,StrSnapPush&deviceId=cam-1").routeId("records")
                        .process(e -> {
                            if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                                throw new IllegalStateException("database down");
                            }
                        })
                        .to("mock:records");
                from("hfcamera:events?type=alarm").routeId("alarm").to("mock:alarm");
                from("hfcamera:events?type=status&deviceId=cam-2").routeId("status").to("mock:status");
                from("hfcamera:events?type=RecPush&dropImages=true&bridgeErrorHandler=true").routeId("noimages")
                        .onException(HfBadInputException.class).handled(true).to("mock:bad").end()
                        .to("mock:noimages");
                from("hfcamera:events").routeId("all").to("mock:all");
            }
        };
    }

    MockEndpoint mock(String name) {
        return getMockEndpoint("mock:" + name);
    }

    /**
     * Resume mode with a resend interval no test reaches: the camera sends a record again on resendPending(). Once
     * its Online is acknowledged it has also sent what was pending on connecting (nothing), so a record pushed from
     * here on goes out once.
     */
    SimulatedCamera resumingCamera(String id) {
        SimulatedCamera cam = start(simulator(id).resumeMode(true).resendInterval(Duration.ofMinutes(5))).camera(id);
        cam.awaitOnlineAcked(WAIT);
        return cam;
    }

    @Test
    void recordsReachTheConsumersOfTheirTypeWithHeadersAndAreAcknowledged() throws Exception {
        awaitEventsSubscribed();
        SimulatedCamera cam = start(simulator("cam-1").firstRecordId(389)).camera("cam-1");

        PushedEvent recorded = cam.pushRecord();
        PushedEvent stranger = cam.pushStranger();
        PushedEvent fire = cam.push(FireSmokeSnapPush.builder().fire(1).smoke(0).build());

        await().until(() -> mock("records").getReceivedCounter() == 2 && mock("alarm").getReceivedCounter() == 1);
        Exchange rec = mock("records").getReceivedExchanges().stream()
                .filter(e -> e.getMessage().getBody() instanceof RecPush).findFirst().orElseThrow();
        assertThat(rec.getMessage().getHeaders()).containsEntry(HfCameraConstants.DEVICE_ID, "cam-1")
                .containsEntry(HfCameraConstants.OPERATOR, "RecPush")
                .containsEntry(HfCameraConstants.RECORD_ID, 389L)
                .containsEntry(HfCameraConstants.REALTIME, true)
                .containsEntry(HfCameraConstants.TOPIC, "mqtt/face/cam-1/Rec");
        RecPush body = rec.getMessage().getBody(RecPush.class);
        assertThat(context.getTypeConverter().convertTo(byte[].class, body.pic())).startsWith(0xFF, 0xD8, 0xFF);
        assertThat(mock("records").getReceivedExchanges()).anySatisfy(e -> assertThat(e.getMessage().getBody())
                .isInstanceOf(StrSnapPush.class));
        assertThat(mock("alarm").getReceivedExchanges().get(0).getMessage().getBody())
                .isInstanceOfSatisfying(FireSmokeSnapPush.class, f -> assertThat(f.fire()).isEqualTo(1));

        // the images are dropped where asked
        await().until(() -> mock("noimages").getReceivedCounter() == 1);
        assertThat(mock("noimages").getReceivedExchanges().get(0).getMessage().getBody(RecPush.class).pic()).isNull();
        assertThat(mock("noimages").getReceivedExchanges().get(0).getMessage().getBody(RecPush.class).recordId())
                .isEqualTo(389L);

        // one PushAck per record, with the right type and id
        await().until(() -> cam.receivedCommands("PushAck").size() == 3);
        assertThat(cam.receivedCommands("PushAck")).extracting(m -> m.info(PushAck.class))
                .extracting(PushAck::pushAckType, PushAck::snapOrRecordId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(2, recorded.id()),
                        org.assertj.core.groups.Tuple.tuple(1, stranger.id()),
                        org.assertj.core.groups.Tuple.tuple(3, fire.id()));
        // the records are remembered in the configured Camel IdempotentRepository
        assertThat(repository.contains("cam-1/RecPush/" + recorded.id())).isTrue();
        assertThat(repository.contains("cam-1/StrSnapPush/" + stranger.id())).isTrue();
        // the device's PushAck-Acks are absorbed
        await().until(() -> component().getSession().stats().pushAckAcks() == 3);
        assertThat(mock("all").getReceivedExchanges()).noneMatch(e -> "PushAck-Ack".equals(
                e.getMessage().getHeader(HfCameraConstants.OPERATOR)));
    }

    @Test
    void aFailedRouteMeansNoPushAckAndTheResendIsDeliveredOnce() throws Exception {
        awaitEventsSubscribed();
        SimulatedCamera cam = resumingCamera("cam-1");
        failures.set(1);

        cam.pushRecord();
        await().until(() -> component().getSession().stats().failedRecords() == 1);
        assertThat(cam.receivedCommands("PushAck")).isEmpty();
        assertThat(mock("records").getReceivedCounter()).isZero();
        assertThat(cam.pendingAcks()).isEqualTo(1);

        // the device sends it again: processed and acknowledged, but the PushAck does not reach the camera
        cam.dropPushAcks(1);
        cam.resendPending();
        await().until(() -> cam.receivedCommands("PushAck").size() == 1);
        assertThat(mock("records").getReceivedCounter()).isEqualTo(1);
        assertThat(cam.pendingAcks()).isEqualTo(1);

        // so it sends it again: acknowledged, not routed twice
        cam.resendPending();
        await().until(() -> cam.receivedCommands("PushAck").size() == 2);
        cam.awaitPendingAcks(0, WAIT);
        assertThat(mock("records").getReceivedCounter()).isEqualTo(1);
        assertThat(component().getSession().stats().duplicates()).as("%s; camera received %s",
                component().getSession().stats(), cam.receivedCommands()).isEqualTo(1);
    }

    @Test
    void aSuspendedRouteGetsItsRecordsAfterItIsResumed() throws Exception {
        awaitEventsSubscribed();
        SimulatedCamera cam = resumingCamera("cam-1");
        context.getRouteController().suspendRoute("records");

        cam.pushRecord();
        await().until(() -> component().getSession().stats().failedRecords() == 1);
        assertThat(cam.receivedCommands("PushAck")).isEmpty();

        context.getRouteController().resumeRoute("records");
        cam.resendPending();
        await().until(() -> cam.receivedCommands("PushAck").size() == 1);
        assertThat(mock("records").getReceivedCounter()).isEqualTo(1);
        cam.awaitPendingAcks(0, WAIT);
    }

    @Test
    void onlineIsAcknowledgedOnceAndStatusEventsFollowTheRegistry() throws Exception {
        awaitEventsSubscribed();
        // it sends Online when it connects
        SimulatedCamera cam2 = camera("cam-2");

        await().until(() -> cam2.receivedCommands("Online-Ack").size() == 1);
        await().until(() -> mock("status").getReceivedCounter() >= 2);
        assertThat(mock("status").getReceivedExchanges()).extracting(e -> e.getMessage()
                .getHeader(HfCameraConstants.OPERATOR)).contains("Online", "DeviceOnline");

        // no heartbeat for 2 intervals: lost
        await().atMost(Duration.ofSeconds(5)).until(() -> mock("status").getReceivedExchanges().stream()
                .anyMatch(e -> "DeviceLost".equals(e.getMessage().getHeader(HfCameraConstants.OPERATOR))));
        Exchange lost = mock("status").getReceivedExchanges().stream()
                .filter(e -> "DeviceLost".equals(e.getMessage().getHeader(HfCameraConstants.OPERATOR)))
                .findFirst().orElseThrow();
        assertThat(lost.getMessage().getBody(DeviceStatus.class).state()).isEqualTo(DeviceState.LOST);
        assertThat(lost.getMessage().getHeader(HfCameraConstants.DEVICE_STATE)).isEqualTo("LOST");
        assertThat(component().getDevices()).extracting(DeviceStatus::deviceId, DeviceStatus::state)
                .contains(org.assertj.core.groups.Tuple.tuple("cam-2", DeviceState.LOST));

        // health: ready while connected, cam-2 lost is a detail of the fleet, not a reason to be down
        assertThat(HealthCheckHelper.invokeReadiness(context)).filteredOn(r -> r.getCheck().getId().equals("hfcamera"))
                .singleElement().satisfies(r -> {
                    assertThat(r.getState()).isEqualTo(HealthCheck.State.UP);
                    assertThat(r.getDetails()).containsEntry("devices.lost", 1).containsEntry("devices.down", "cam-2");
                });

        cam2.sendHeartbeat();
        await().until(() -> component().getDevices().stream().anyMatch(d -> d.deviceId().equals("cam-2")
                                                                             && d.state() == DeviceState.ONLINE));
        assertThat(HealthCheckHelper.invokeReadiness(context)).filteredOn(r -> r.getCheck().getId().equals("hfcamera"))
                .singleElement().satisfies(r -> assertThat(r.getDetails()).containsEntry("devices.lost", 0)
                        .doesNotContainKey("devices.down"));
        // cam-1's status is filtered out of this consumer
        assertThat(mock("status").getReceivedExchanges()).allMatch(e -> "cam-2".equals(e.getMessage()
                .getHeader(HfCameraConstants.DEVICE_ID)));
        assertThat(cam2.receivedCommands("Online-Ack")).hasSize(1);
    }

    @Test
    void badInputGoesToTheErrorHandlerAndTheConsumerGoesOn() throws Exception {
        awaitEventsSubscribed();
        SimulatedCamera cam = camera("cam-1");

        // what no camera sends, published as it is
        try (RawMqtt raw = new RawMqtt(broker.url())) {
            raw.publish("mqtt/face/cam-1/Rec", "{\"operator\":\"RecPush\",\"info\":[");
            raw.publish("mqtt/face/cam-1/Rec", "{\"operator\":\"RecPush\",\"info\":{\"scene\":\""
                                               + "B".repeat(70 * 1024) + "\"}}");
            raw.publish("mqtt/face/cam-3/Rec", "{\"operator\":\"RecPush\",\"info\":{\"RecordID\":\"5\"}}");
        }
        await().until(() -> mock("bad").getReceivedCounter() == 3);
        assertThat(mock("bad").getReceivedExchanges()).extracting(e -> e.getProperty(Exchange.EXCEPTION_CAUGHT,
                HfBadInputException.class).getBadInput().kind()).containsExactlyInAnyOrder(
                HfBadInput.Kind.INVALID, HfBadInput.Kind.OVERSIZED, HfBadInput.Kind.NOT_ALLOWED);
        assertThat(mock("bad").getReceivedExchanges()).allSatisfy(e -> assertThat(
                e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getMessage()).doesNotContain("BBBB"));
        assertThat(component().getSession().stats().badInput()).isEqualTo(3);

        cam.pushRecord();
        await().until(() -> mock("noimages").getReceivedCounter() == 1);
    }

    @Test
    void unknownEventOperatorsReachTheUnfilteredConsumerAsAMap() throws Exception {
        awaitEventsSubscribed();
        // an event of a newer firmware: the simulator does not know it, a plain client publishes it
        try (RawMqtt raw = new RawMqtt(broker.url())) {
            raw.publish("mqtt/face/cam-1/Snap", "{\"operator\":\"BrandNewSnapPush\",\"info\":{\"deviceId\":"
                                                + "\"cam-1\",\"thing\":\"x\"}}");
        }
        await().until(() -> mock("all").getReceivedExchanges().stream().anyMatch(e -> "BrandNewSnapPush"
                .equals(e.getMessage().getHeader(HfCameraConstants.OPERATOR))));
        assertThat(mock("all").getReceivedExchanges().stream().filter(e -> "BrandNewSnapPush"
                .equals(e.getMessage().getHeader(HfCameraConstants.OPERATOR))).findFirst().orElseThrow()
                .getMessage().getBody()).isInstanceOf(Map.class);
        assertThat(mock("alarm").getReceivedCounter()).isZero();
    }

    @Test
    void aTypeThatIsNoEventIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> context.getEndpoint("hfcamera:events?type=RecPush,GetSysTime").createConsumer(e -> { }))
                .hasMessageContaining("GetSysTime").hasMessageContaining("recognition, stranger, alarm, status");
    }
}
