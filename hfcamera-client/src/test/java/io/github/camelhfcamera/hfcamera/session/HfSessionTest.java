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
package io.github.camelhfcamera.hfcamera.session;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelhfcamera.hfcamera.protocol.HfMessage;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.model.EmptyInfo;
import io.github.camelhfcamera.hfcamera.protocol.model.ManualPushReply;
import io.github.camelhfcamera.hfcamera.protocol.model.ManualPushRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.PushAck;
import io.github.camelhfcamera.hfcamera.protocol.model.RecPush;
import io.github.camelhfcamera.hfcamera.protocol.model.SysTime;
import io.github.camelhfcamera.hfcamera.test.FakeCamera;
import io.github.camelhfcamera.hfcamera.test.TestBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class HfSessionTest {

    @RegisterExtension
    static final TestBroker broker = new TestBroker();
    HfSession session;
    FakeCamera cam;

    @AfterEach
    void close() throws Exception {
        if (session != null) {
            session.close();
        }
        if (cam != null) {
            cam.close();
        }
    }

    HfSession start(HfSessionConfig cfg) throws Exception {
        session = new HfSession(cfg.brokerUrl(broker.url()));
        session.start();
        await().until(session::isConnected);
        return session;
    }

    static Recorder recorder() {
        return new Recorder(e -> true);
    }

    /** A listener that records events and answers with what the test sets. */
    static final class Recorder implements HfEventListener {
        final java.util.function.Predicate<HfDeviceEvent> filter;
        final List<HfDeviceEvent> events = new CopyOnWriteArrayList<>();
        final List<HfBadInput> bad = new CopyOnWriteArrayList<>();
        volatile boolean fail;

        Recorder(java.util.function.Predicate<HfDeviceEvent> filter) {
            this.filter = filter;
        }

        @Override
        public boolean accepts(HfDeviceEvent event) {
            return filter.test(event);
        }

        @Override
        public CompletionStage<Void> onEvent(HfDeviceEvent event) {
            events.add(event);
            return fail ? CompletableFuture.failedFuture(new IllegalStateException("route failed"))
                    : CompletableFuture.completedFuture(null);
        }

        @Override
        public void onBadInput(HfBadInput badInput) {
            bad.add(badInput);
        }

        List<HfDeviceEvent> of(String operator) {
            return events.stream().filter(e -> e.operatorName().equals(operator)).toList();
        }
    }

    @Test
    void requestIsAnsweredByTheReplyWithTheSameMessageIdWhateverItsOperatorName() throws Exception {
        start(new HfSessionConfig());
        cam = new FakeCamera(broker.url(), "cam-1");
        // the document's own example answers ManualPushRecords with ManualPushSnaps-Ack
        cam.answer(c -> new HfMessage<>("ManualPushSnaps-Ack", c.messageId(), null,
                Map.of("facesluiceId", "cam-1", "RecordNum", "17", "result", "ok"), Map.of()));
        ManualPushRequest req = ManualPushRequest.builder().deviceId("cam-1").timeStart("2023-09-22 00:00:00")
                .timeEnd("2023-09-22 23:59:59").build();

        HfMessage<Object> reply = session.request("cam-1", Operator.MANUAL_PUSH_RECORDS, req).get(5, TimeUnit.SECONDS);

        assertThat(reply.info(ManualPushReply.class).recordNum()).isEqualTo(17);
        assertThat(cam.received("ManualPushRecords")).singleElement()
                .satisfies(m -> assertThat(m.messageId()).isEqualTo(reply.messageId()));
    }

    @Test
    void replyFromAnotherDeviceWithTheSameMessageIdIsIgnored() throws Exception {
        start(new HfSessionConfig().requestTimeout(Duration.ofMillis(800)));
        cam = new FakeCamera(broker.url(), "cam-1");
        try (FakeCamera other = new FakeCamera(broker.url(), "cam-2")) {
            cam.answer(c -> {
                // the wrong device answers first, with the right messageId
                other.publishRaw("mqtt/face/cam-2/Ack", session.codec().encodeAsDevice(new HfMessage<>(
                        "GetSysTime-Ack", c.messageId(), 200, Map.of("SysTime", "1999-01-01 00:00:00"), Map.of())));
                sleep(200);
                return new HfMessage<>("GetSysTime-Ack", c.messageId(), 200,
                        Map.of("facesluiceId", "cam-1", "SysTime", "2020-04-02 18:59:54", "result", "ok"), Map.of());
            });
            HfMessage<Object> reply = session.request("cam-1", Operator.GET_SYS_TIME, EmptyInfo.INSTANCE)
                    .get(5, TimeUnit.SECONDS);
            assertThat(reply.info(SysTime.class).sysTime()).isEqualTo("2020-04-02 18:59:54");
        }
    }

    @Test
    void noAnswerFailsWithATimeoutNamingMessageIdDeviceAndOperator() throws Exception {
        start(new HfSessionConfig().requestTimeout(Duration.ofMillis(300)));
        cam = new FakeCamera(broker.url(), "cam-1");
        cam.answer(c -> null);

        CompletableFuture<HfMessage<Object>> f = session.request("cam-1", Operator.GET_SYS_TIME, EmptyInfo.INSTANCE);

        assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(HfCameraTimeoutException.class)
                .hasMessageContaining("cam-1").hasMessageContaining("GetSysTime").hasMessageContaining("hf-")
                .satisfies(e -> assertThat(((HfCameraTimeoutException) e).getMessageId())
                        .isEqualTo(cam.received("GetSysTime").get(0).messageId()));
        assertThat(session.stats().timeouts()).isEqualTo(1);
    }

    @Test
    void errorCodeFailsWithTheAppendixText() throws Exception {
        start(new HfSessionConfig());
        cam = new FakeCamera(broker.url(), "cam-1");
        cam.answer(c -> cam.reply(c, 463, Map.of("facesluiceId", "cam-1", "result", "fail")));

        CompletableFuture<HfMessage<Object>> f = session.request("cam-1", Operator.SET_SYS_TIME,
                SysTime.builder().sysTime("2020-04-01 17:59:54").build());

        assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).cause().isInstanceOf(HfCameraDeviceException.class)
                .hasMessageContaining("Can't find SysTime")
                .satisfies(e -> {
                    HfCameraDeviceException d = (HfCameraDeviceException) e;
                    assertThat(d.getCode()).isEqualTo(463);
                    assertThat(d.getOperator()).isEqualTo("SetSysTime");
                    assertThat(d.getDeviceId()).isEqualTo("cam-1");
                });
    }

    @Test
    void onlineIsAnsweredOncePerMessageWhateverTheNumberOfListeners() throws Exception {
        start(new HfSessionConfig());
        Recorder a = recorder();
        Recorder b = recorder();
        session.addListener(a);
        session.addListener(b);
        cam = new FakeCamera(broker.url(), "cam-1");

        cam.online();
        await().until(() -> cam.received("Online-Ack").size() == 1);
        cam.online();
        await().until(() -> cam.received("Online-Ack").size() == 2);

        assertThat(a.of("Online")).hasSize(2);
        assertThat(b.of("Online")).hasSize(2);
        assertThat(cam.received("Online-Ack").get(0).envelope()).isEmpty();
        assertThat(session.registry().get("cam-1")).get().satisfies(s -> {
            assertThat(s.state()).isEqualTo(DeviceState.ONLINE);
            assertThat(s.ip()).isEqualTo("172.168.2.202");
        });
        sleep(300);
        assertThat(cam.received("Online-Ack")).hasSize(2);
    }

    @Test
    void recordIsAcknowledgedAfterSuccessAndNotRoutedTwice() throws Exception {
        start(new HfSessionConfig());
        Recorder r = recorder();
        session.addListener(r);
        session.openEvents();
        cam = new FakeCamera(broker.url(), "cam-1");
        await().until(() -> subscribed(cam, r));

        cam.recPush(389);
        await().until(() -> cam.received("PushAck").size() == 1);
        PushAck ack = session.codec().convert(cam.received("PushAck").get(0).info(), PushAck.class);
        assertThat(ack.pushAckType()).isEqualTo(2);
        assertThat(ack.snapOrRecordId()).isEqualTo(389L);

        // the device sends it again (it did not see the PushAck): acknowledged again, not routed
        cam.recPush(389);
        await().until(() -> cam.received("PushAck").size() == 2);
        assertThat(r.of("RecPush")).hasSize(1);
        assertThat(r.of("RecPush").get(0).realtime()).isTrue();
        assertThat(session.stats().duplicates()).isEqualTo(1);
        await().until(() -> session.stats().pushAckAcks() == 2);

        cam.strSnapPush(946);
        await().until(() -> cam.received("PushAck").size() == 3);
        PushAck snapAck = session.codec().convert(cam.received("PushAck").get(2).info(), PushAck.class);
        assertThat(snapAck.pushAckType()).isEqualTo(1);
        assertThat(snapAck.snapOrRecordId()).isEqualTo(946L);
    }

    @Test
    void failedRecordIsNotAcknowledgedAndItsResendIsRouted() throws Exception {
        start(new HfSessionConfig());
        Recorder r = recorder();
        r.fail = true;
        session.addListener(r);
        session.openEvents();
        cam = new FakeCamera(broker.url(), "cam-1");
        await().until(() -> subscribed(cam, r));

        cam.recPush(7);
        await().until(() -> r.of("RecPush").size() == 1);
        await().until(() -> session.stats().failedRecords() == 1);
        assertThat(cam.received("PushAck")).isEmpty();

        r.fail = false;
        cam.recPush(7);
        await().until(() -> cam.received("PushAck").size() == 1);
        assertThat(r.of("RecPush")).hasSize(2);
    }

    @Test
    void deviceIsLostAfterMissedHeartbeatsAndOnlineAgainWithTheNext() throws Exception {
        start(new HfSessionConfig().heartbeatInterval(Duration.ofMillis(300)).heartbeatMissesBeforeLost(2));
        Recorder r = recorder();
        session.addListener(r);
        cam = new FakeCamera(broker.url(), "cam-1");

        cam.heartBeat();
        await().until(() -> r.of("DeviceOnline").size() == 1);
        long before = System.nanoTime();
        await().atMost(Duration.ofSeconds(5)).until(() -> r.of("DeviceLost").size() == 1);
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isGreaterThanOrEqualTo(Duration.ofMillis(450));
        assertThat(session.registry().state("cam-1")).contains(DeviceState.LOST);
        assertThat(r.of("DeviceLost").get(0).info()).isInstanceOf(DeviceStatus.class);

        cam.heartBeat();
        await().until(() -> r.of("DeviceOnline").size() == 2);
        cam.offline();
        await().until(() -> session.registry().state("cam-1").orElseThrow() == DeviceState.OFFLINE);
        assertThat(r.of("HeartBeat")).hasSize(2);
    }

    @Test
    void badInputIsCountedReportedAndDoesNotStopTheSession() throws Exception {
        start(new HfSessionConfig().maxPayloadSize(4096).allowedDevices(Set.of("cam-1")));
        Recorder r = recorder();
        session.addListener(r);
        session.openEvents();
        cam = new FakeCamera(broker.url(), "cam-1");
        await().until(() -> subscribed(cam, r));

        cam.publishRaw("mqtt/face/cam-1/Rec", "{not json".getBytes(StandardCharsets.UTF_8));
        cam.publishRaw("mqtt/face/cam-1/Rec",
                "{\"operator\":\"RecPush\",\"info\":{\"RecordID\":\"abc\",\"facesluiceId\":\"cam-1\"}}"
                        .getBytes(StandardCharsets.UTF_8));
        cam.publishRaw("mqtt/face/cam-1/Snap", ("{\"operator\":\"StrSnapPush\",\"info\":{\"pic\":\""
                                                + "A".repeat(5000) + "\"}}").getBytes(StandardCharsets.UTF_8));
        cam.publish("mqtt/face/intruder/Rec", Map.of("operator", "RecPush", "info", Map.of("RecordID", 1)));
        // a broken answer: its reason must not quote the payload either
        cam.publishRaw("mqtt/face/cam-1/Ack", ("{\"messageId\": " + "A".repeat(600) + "}").getBytes(StandardCharsets.UTF_8));
        await().until(() -> r.bad.size() == 5);

        assertThat(r.bad).extracting(HfBadInput::kind).containsExactlyInAnyOrder(HfBadInput.Kind.INVALID,
                HfBadInput.Kind.INVALID, HfBadInput.Kind.OVERSIZED, HfBadInput.Kind.NOT_ALLOWED,
                HfBadInput.Kind.INVALID);
        assertThat(r.bad).allSatisfy(b -> assertThat(b.reason()).doesNotContain("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        assertThat(r.bad).filteredOn(b -> b.kind() == HfBadInput.Kind.OVERSIZED).singleElement()
                .satisfies(b -> assertThat(b.reason()).contains("maxPayloadSize 4096").doesNotContain("AAAA"));
        assertThat(r.bad).anySatisfy(b -> assertThat(b.reason()).contains("RecordID"));
        assertThat(r.bad).anySatisfy(b -> assertThat(b.reason()).contains("intruder").contains("allowedDevices"));
        assertThat(session.stats().badInput()).isEqualTo(5);

        cam.recPush(1);
        await().until(() -> r.of("RecPush").size() == 1);
        assertThat(r.of("RecPush").get(0).info()).isInstanceOf(RecPush.class);
    }

    @Test
    void reconnectsAfterABrokerRestartWithItsSubscriptions() throws Exception {
        start(new HfSessionConfig().connectionTimeout(5).keepAliveInterval(2));
        Recorder r = recorder();
        session.addListener(r);
        session.openEvents();
        cam = new FakeCamera(broker.url(), "cam-1");
        await().until(() -> subscribed(cam, r));

        broker.stop();
        await().atMost(Duration.ofSeconds(10)).until(() -> !session.isConnected());
        broker.start();
        await().atMost(Duration.ofSeconds(30)).until(session::isConnected);
        cam.close();
        cam = new FakeCamera(broker.url(), "cam-1");

        AtomicBoolean delivered = new AtomicBoolean();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            cam.recPush(100 + r.events.size());
            delivered.set(!r.of("RecPush").isEmpty());
            return delivered.get();
        });
        HfMessage<Object> reply = session.request("cam-1", Operator.GET_SYS_TIME, EmptyInfo.INSTANCE)
                .get(5, TimeUnit.SECONDS);
        assertThat(reply.code()).isEqualTo(200);
        assertThat(session.stats().reconnects()).isGreaterThanOrEqualTo(1);
    }

    /** Sends a heartbeat-free probe until the session routes something from the camera (subscriptions are up). */
    static boolean subscribed(FakeCamera cam, Recorder r) {
        cam.publish("mqtt/face/" + cam.deviceId() + "/Snap", Map.of("operator", "CountInRegionPush", "info",
                Map.of("deviceId", cam.deviceId(), "realtimeCount", 1)));
        sleep(100);
        boolean ok = !r.of("CountInRegionPush").isEmpty();
        if (ok) {
            r.events.removeIf(e -> e.operatorName().equals("CountInRegionPush"));
        }
        return ok;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
