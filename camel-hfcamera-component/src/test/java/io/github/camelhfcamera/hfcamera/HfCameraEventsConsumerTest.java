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

import java.nio.charset.StandardCharsets;
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
import io.github.camelhfcamera.hfcamera.test.FakeCamera;
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
        component.setIdempotentRepository(repository);
        component.setHeartbeatInterval(400);
        component.setHeartbeatMissesBeforeLost(2);
        component.setAllowedDevices("cam-1,cam-2");
        component.setMaxPayloadSize(64 * 1024);
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

    @Test
    void recordsReachTheConsumersOfTheirTypeWithHeadersAndAreAcknowledged() throws Exception {
        FakeCamera cam = camera("cam-1");
        awaitEventsSubscribed();

        cam.recPush(389);
        cam.strSnapPush(946);
        cam.publish("mqtt/face/cam-1/Snap", Map.of("operator", "FireSmokeSnapPush", "info", Map.of("deviceId",
                "cam-1", "SnapOrRecordID", "1689962595", "fire", 1, "pic", "data:image/jpeg;base64,/9j/AQID")));

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
                .isInstanceOf(FireSmokeSnapPush.class);

        // the images are dropped where asked
        await().until(() -> mock("noimages").getReceivedCounter() == 1);
        assertThat(mock("noimages").getReceivedExchanges().get(0).getMessage().getBody(RecPush.class).pic()).isNull();
        assertThat(mock("noimages").getReceivedExchanges().get(0).getMessage().getBody(RecPush.class).recordId())
                .isEqualTo(389L);

        // one PushAck per record, with the right type and id
        await().until(() -> cam.received("PushAck").size() == 3);
        assertThat(cam.received("PushAck")).extracting(m -> component().getSession().codec()
                .convert(m.info(), PushAck.class)).extracting(PushAck::pushAckType, PushAck::snapOrRecordId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(2, 389L),
                        org.assertj.core.groups.Tuple.tuple(1, 946L),
                        org.assertj.core.groups.Tuple.tuple(3, 1689962595L));
        // the records are remembered in the configured Camel IdempotentRepository
        assertThat(repository.contains("cam-1/RecPush/389")).isTrue();
        assertThat(repository.contains("cam-1/StrSnapPush/946")).isTrue();
        // the device's PushAck-Acks are absorbed
        await().until(() -> component().getSession().stats().pushAckAcks() == 3);
        assertThat(mock("all").getReceivedExchanges()).noneMatch(e -> "PushAck-Ack".equals(
                e.getMessage().getHeader(HfCameraConstants.OPERATOR)));
    }

    @Test
    void aFailedRouteMeansNoPushAckAndTheResendIsDeliveredOnce() throws Exception {
        FakeCamera cam = camera("cam-1");
        awaitEventsSubscribed();
        failures.set(1);

        cam.recPush(7);
        await().until(() -> component().getSession().stats().failedRecords() == 1);
        assertThat(cam.received("PushAck")).isEmpty();
        assertThat(mock("records").getReceivedCounter()).isZero();

        // the device sends it again: processed and acknowledged
        cam.recPush(7);
        await().until(() -> cam.received("PushAck").size() == 1);
        assertThat(mock("records").getReceivedCounter()).isEqualTo(1);

        // and again (it missed the PushAck): acknowledged, not routed twice
        cam.recPush(7);
        await().until(() -> cam.received("PushAck").size() == 2);
        assertThat(mock("records").getReceivedCounter()).isEqualTo(1);
        assertThat(component().getSession().stats().duplicates()).isEqualTo(1);
    }

    @Test
    void aSuspendedRouteGetsItsRecordsAfterItIsResumed() throws Exception {
        FakeCamera cam = camera("cam-1");
        awaitEventsSubscribed();
        context.getRouteController().suspendRoute("records");

        cam.recPush(50);
        await().until(() -> component().getSession().stats().failedRecords() == 1);
        assertThat(cam.received("PushAck")).isEmpty();

        context.getRouteController().resumeRoute("records");
        cam.recPush(50);
        await().until(() -> cam.received("PushAck").size() == 1);
        assertThat(mock("records").getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void onlineIsAcknowledgedOnceAndStatusEventsFollowTheRegistry() throws Exception {
        FakeCamera cam2 = camera("cam-2");

        cam2.online();
        await().until(() -> cam2.received("Online-Ack").size() == 1);
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

        cam2.heartBeat();
        await().until(() -> component().getDevices().stream().anyMatch(d -> d.deviceId().equals("cam-2")
                                                                             && d.state() == DeviceState.ONLINE));
        assertThat(HealthCheckHelper.invokeReadiness(context)).filteredOn(r -> r.getCheck().getId().equals("hfcamera"))
                .singleElement().satisfies(r -> assertThat(r.getDetails()).containsEntry("devices.lost", 0)
                        .doesNotContainKey("devices.down"));
        // cam-1's status is filtered out of this consumer
        assertThat(mock("status").getReceivedExchanges()).allMatch(e -> "cam-2".equals(e.getMessage()
                .getHeader(HfCameraConstants.DEVICE_ID)));
    }

    @Test
    void badInputGoesToTheErrorHandlerAndTheConsumerGoesOn() throws Exception {
        FakeCamera cam = camera("cam-1");
        awaitEventsSubscribed();

        cam.publishRaw("mqtt/face/cam-1/Rec", "{\"operator\":\"RecPush\",\"info\":[".getBytes(StandardCharsets.UTF_8));
        cam.publishRaw("mqtt/face/cam-1/Rec", ("{\"operator\":\"RecPush\",\"info\":{\"scene\":\""
                                               + "B".repeat(70 * 1024) + "\"}}").getBytes(StandardCharsets.UTF_8));
        cam.publish("mqtt/face/cam-3/Rec", Map.of("operator", "RecPush", "info", Map.of("RecordID", 5)));
        await().until(() -> mock("bad").getReceivedCounter() == 3);
        assertThat(mock("bad").getReceivedExchanges()).extracting(e -> e.getProperty(Exchange.EXCEPTION_CAUGHT,
                HfBadInputException.class).getBadInput().kind()).containsExactlyInAnyOrder(
                HfBadInput.Kind.INVALID, HfBadInput.Kind.OVERSIZED, HfBadInput.Kind.NOT_ALLOWED);
        assertThat(mock("bad").getReceivedExchanges()).allSatisfy(e -> assertThat(
                e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getMessage()).doesNotContain("BBBB"));
        assertThat(component().getSession().stats().badInput()).isEqualTo(3);

        cam.recPush(11);
        await().until(() -> mock("noimages").getReceivedCounter() == 1);
    }

    @Test
    void unknownEventOperatorsReachTheUnfilteredConsumerAsAMap() throws Exception {
        FakeCamera cam = camera("cam-1");
        awaitEventsSubscribed();
        cam.publish("mqtt/face/cam-1/Snap", Map.of("operator", "BrandNewSnapPush", "info", Map.of("deviceId",
                "cam-1", "thing", "x")));
        await().until(() -> mock("all").getReceivedExchanges().stream().anyMatch(e -> "BrandNewSnapPush"
                .equals(e.getMessage().getHeader(HfCameraConstants.OPERATOR))));
        assertThat(mock("alarm").getReceivedCounter()).isZero();
    }

    @Test
    void aTypeThatIsNoEventIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> context.getEndpoint("hfcamera:events?type=RecPush,GetSysTime").createConsumer(e -> { }))
                .hasMessageContaining("GetSysTime").hasMessageContaining("recognition, stranger, alarm, status");
    }
}
