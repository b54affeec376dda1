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

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import io.github.camelhfcamera.hfcamera.protocol.HfMessage;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.model.EmptyInfo;
import io.github.camelhfcamera.hfcamera.protocol.model.ManualPushReply;
import io.github.camelhfcamera.hfcamera.protocol.model.ManualPushRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.PushAck;
import io.github.camelhfcamera.hfcamera.protocol.model.RecPush;
import io.github.camelhfcamera.hfcamera.protocol.model.SysTime;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.PushedEvent;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.test.EmbeddedBrokerExtension;
import io.github.camelhfcamera.hfcamera.test.RawMqtt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class HfSessionTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final DateTimeFormatter DEVICE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @RegisterExtension
    static final EmbeddedBrokerExtension broker = new EmbeddedBrokerExtension();
    HfSession session;
    SimulatedFleet fleet;

    @AfterEach
    void close() throws Exception {
        if (session != null) {
            session.close();
        }
        if (fleet != null) {
            fleet.close();
        }
    }

    HfSession start(HfSessionConfig cfg) throws Exception {
        session = new HfSession(cfg.brokerUrl(broker.url()));
        session.start();
        await().until(session::isConnected);
        return session;
    }

    /** A simulated camera; its heartbeat interval (30 s) is longer than any test, it sends one when told. */
    SimulatedCamera camera(String id) {
        return camera(id, b -> b);
    }

    SimulatedCamera camera(String id, UnaryOperator<CameraSimulator.Builder> options) {
        fleet = options.apply(CameraSimulator.builder().brokerUrl(broker.url()).deviceIds(id).fastBatches()
                .reconnectDelay(Duration.ofMillis(200)).rebootDuration(Duration.ofMillis(300))
                .picBytes(2_000).sceneBytes(2_000)).start();
        return fleet.camera(id);
    }

    /**
     * Resume mode with a resend interval no test reaches: the camera sends a record again on resendPending(). Await
     * its Online-Ack before pushing: by then it has also sent what was pending on connecting (nothing), so a record
     * pushed from there on goes out once.
     */
    static CameraSimulator.Builder resumeMode(CameraSimulator.Builder b) {
        return b.resumeMode(true).resendInterval(Duration.ofMinutes(5));
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
        SimulatedCamera cam = camera("cam-1");
        for (int i = 0; i < 3; i++) {
            cam.pushRecord();
        }
        LocalDateTime now = cam.deviceTime();
        ManualPushRequest req = ManualPushRequest.builder().deviceId("cam-1")
                .timeStart(now.minusHours(1).format(DEVICE_TIME)).timeEnd(now.plusHours(1).format(DEVICE_TIME))
                .build();

        HfMessage<Object> reply = session.request("cam-1", Operator.MANUAL_PUSH_RECORDS, req).get(5, TimeUnit.SECONDS);

        // the document's own example answers ManualPushRecords with ManualPushSnaps-Ack, and so does the camera
        assertThat(reply.operatorName()).isEqualTo("ManualPushSnaps-Ack");
        assertThat(reply.info(ManualPushReply.class).recordNum()).isEqualTo(3);
        assertThat(cam.receivedCommands("ManualPushRecords")).singleElement()
                .satisfies(m -> assertThat(m.messageId()).isEqualTo(reply.messageId()));
    }

    @Test
    void replyFromAnotherDeviceWithTheSameMessageIdIsIgnored() throws Exception {
        start(new HfSessionConfig().requestTimeout(Duration.ofSeconds(5)));
        SimulatedCamera cam = camera("cam-1");
        cam.answerLate(Duration.ofSeconds(1));
        try (RawMqtt other = new RawMqtt(broker.url())) {
            CompletableFuture<HfMessage<Object>> f = session.request("cam-1", Operator.GET_SYS_TIME,
                    EmptyInfo.INSTANCE);
            String messageId = cam.awaitCommand("GetSysTime", WAIT).messageId();
            // the wrong device answers first, with the right messageId
            other.publish("mqtt/face/cam-2/Ack", session.codec().encodeAsDevice(new HfMessage<>("GetSysTime-Ack",
                    messageId, 200, Map.of("SysTime", "1999-01-01 00:00:00"), Map.of())));

            HfMessage<Object> reply = f.get(5, TimeUnit.SECONDS);

            assertThat(reply.messageId()).isEqualTo(messageId);
            assertThat(reply.info(SysTime.class).sysTime()).isNotEqualTo("1999-01-01 00:00:00")
                    .startsWith(String.valueOf(cam.deviceTime().getYear()));
            assertThat(cam.sentReply(messageId)).isPresent();
        }
    }

    @Test
    void noAnswerFailsWithATimeoutNamingMessageIdDeviceAndOperator() throws Exception {
        start(new HfSessionConfig().requestTimeout(Duration.ofMillis(300)));
        SimulatedCamera cam = camera("cam-1");
        cam.stopAnswering();

        CompletableFuture<HfMessage<Object>> f = session.request("cam-1", Operator.GET_SYS_TIME, EmptyInfo.INSTANCE);

        assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(HfCameraTimeoutException.class)
                .hasMessageContaining("cam-1").hasMessageContaining("GetSysTime").hasMessageContaining("hf-")
                .satisfies(e -> assertThat(((HfCameraTimeoutException) e).getMessageId())
                        .isEqualTo(cam.receivedCommands("GetSysTime").get(0).messageId()));
        assertThat(session.stats().timeouts()).isEqualTo(1);
    }

    @Test
    void errorCodeFailsWithTheAppendixText() throws Exception {
        start(new HfSessionConfig());
        SimulatedCamera cam = camera("cam-1");
        cam.failCommands("SetSysTime", 463);

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

        // the camera sends Online when it connects, and again after a reboot
        SimulatedCamera cam = camera("cam-1");
        await().until(() -> cam.receivedCommands("Online-Ack").size() == 1);
        cam.restart();
        await().until(() -> cam.receivedCommands("Online-Ack").size() == 2);

        assertThat(a.of("Online")).hasSize(2);
        assertThat(b.of("Online")).hasSize(2);
        assertThat(cam.receivedCommands("Online-Ack").get(0).message().envelope()).isEmpty();
        await().until(() -> session.registry().state("cam-1").orElse(null) == DeviceState.ONLINE);
        assertThat(session.registry().get("cam-1")).get().satisfies(s -> {
            assertThat(s.state()).isEqualTo(DeviceState.ONLINE);
            assertThat(s.ip()).isEqualTo("127.0.0.1");
        });
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> cam.receivedCommands("Online-Ack").size() == 2);
        assertThat(cam.stats().onlineSent()).isEqualTo(2);
    }

    @Test
    void recordIsAcknowledgedAfterSuccessAndNotRoutedTwice() throws Exception {
        start(new HfSessionConfig());
        Recorder r = recorder();
        session.addListener(r);
        session.openEvents();
        SimulatedCamera cam = camera("cam-1", b -> resumeMode(b).firstRecordId(389));
        await().until(session::isEventsSubscribed);
        cam.awaitOnlineAcked(WAIT);

        // the camera misses the first PushAck
        cam.dropPushAcks(1);
        PushedEvent rec = cam.pushRecord();
        await().until(() -> cam.receivedCommands("PushAck").size() == 1);
        PushAck ack = cam.receivedCommands("PushAck").get(0).info(PushAck.class);
        assertThat(ack.pushAckType()).isEqualTo(2);
        assertThat(ack.snapOrRecordId()).isEqualTo(389L).isEqualTo(rec.id());
        assertThat(cam.pendingAcks()).isEqualTo(1);

        // so it sends the record again: acknowledged again, not routed
        assertThat(cam.resendPending()).isEqualTo(1);
        await().until(() -> cam.receivedCommands("PushAck").size() == 2);
        cam.awaitPendingAcks(0, WAIT);
        assertThat(r.of("RecPush")).hasSize(1);
        assertThat(r.of("RecPush").get(0).realtime()).isTrue();
        assertThat(session.stats().duplicates()).isEqualTo(1);
        // the camera answered the PushAck it took
        await().until(() -> session.stats().pushAckAcks() == 1);

        PushedEvent snap = cam.pushStranger();
        await().until(() -> cam.receivedCommands("PushAck").size() == 3);
        PushAck snapAck = cam.receivedCommands("PushAck").get(2).info(PushAck.class);
        assertThat(snapAck.pushAckType()).isEqualTo(1);
        assertThat(snapAck.snapOrRecordId()).isEqualTo(snap.id());
        await().until(() -> session.stats().pushAckAcks() == 2);
        cam.awaitPendingAcks(0, WAIT);
    }

    @Test
    void failedRecordIsNotAcknowledgedAndItsResendIsRouted() throws Exception {
        start(new HfSessionConfig());
        Recorder r = recorder();
        r.fail = true;
        session.addListener(r);
        session.openEvents();
        SimulatedCamera cam = camera("cam-1", HfSessionTest::resumeMode);
        await().until(session::isEventsSubscribed);
        cam.awaitOnlineAcked(WAIT);

        cam.pushRecord();
        await().until(() -> r.of("RecPush").size() == 1);
        await().until(() -> session.stats().failedRecords() == 1);
        assertThat(cam.receivedCommands("PushAck")).isEmpty();
        assertThat(cam.pendingAcks()).isEqualTo(1);

        r.fail = false;
        cam.resendPending();
        await().until(() -> cam.receivedCommands("PushAck").size() == 1);
        assertThat(r.of("RecPush")).hasSize(2);
        cam.awaitPendingAcks(0, WAIT);
    }

    @Test
    void deviceIsLostAfterMissedHeartbeatsAndOnlineAgainWithTheNext() throws Exception {
        start(new HfSessionConfig().heartbeatInterval(Duration.ofMillis(300)).heartbeatMissesBeforeLost(2));
        Recorder r = recorder();
        session.addListener(r);
        SimulatedCamera cam = camera("cam-1");
        // its Online brings it online
        await().until(() -> r.of("DeviceOnline").size() == 1);

        long before = System.nanoTime();
        cam.sendHeartbeat();
        await().until(() -> r.of("HeartBeat").size() == 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> r.of("DeviceLost").size() == 1);
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isGreaterThanOrEqualTo(Duration.ofMillis(450));
        assertThat(session.registry().state("cam-1")).contains(DeviceState.LOST);
        assertThat(r.of("DeviceLost").get(0).info()).isInstanceOf(DeviceStatus.class);

        cam.sendHeartbeat();
        await().until(() -> r.of("DeviceOnline").size() == 2);
        // the broker publishes its Offline will
        cam.loseNetwork();
        await().until(() -> session.registry().state("cam-1").orElseThrow() == DeviceState.OFFLINE);
        assertThat(r.of("HeartBeat")).hasSize(2);
    }

    @Test
    void badInputIsCountedReportedAndDoesNotStopTheSession() throws Exception {
        start(new HfSessionConfig().maxPayloadSize(16_384).allowedDevices(Set.of("cam-1")));
        Recorder r = recorder();
        session.addListener(r);
        session.openEvents();
        SimulatedCamera cam = camera("cam-1");
        await().until(session::isEventsSubscribed);

        // what no camera sends, published as it is
        try (RawMqtt raw = new RawMqtt(broker.url())) {
            raw.publish("mqtt/face/cam-1/Rec", "{not json");
            raw.publish("mqtt/face/cam-1/Rec",
                    "{\"operator\":\"RecPush\",\"info\":{\"RecordID\":\"abc\",\"facesluiceId\":\"cam-1\"}}");
            raw.publish("mqtt/face/cam-1/Snap", "{\"operator\":\"StrSnapPush\",\"info\":{\"pic\":\""
                                                + "A".repeat(20_000) + "\"}}");
            raw.publish("mqtt/face/intruder/Rec", "{\"operator\":\"RecPush\",\"info\":{\"RecordID\":\"1\"}}");
            // a broken answer: its reason must not quote the payload either
            raw.publish("mqtt/face/cam-1/Ack", "{\"messageId\": " + "A".repeat(600) + "}");
        }
        await().until(() -> r.bad.size() == 5);

        assertThat(r.bad).extracting(HfBadInput::kind).containsExactlyInAnyOrder(HfBadInput.Kind.INVALID,
                HfBadInput.Kind.INVALID, HfBadInput.Kind.OVERSIZED, HfBadInput.Kind.NOT_ALLOWED,
                HfBadInput.Kind.INVALID);
        assertThat(r.bad).allSatisfy(b -> assertThat(b.reason()).doesNotContain("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        assertThat(r.bad).filteredOn(b -> b.kind() == HfBadInput.Kind.OVERSIZED).singleElement()
                .satisfies(b -> assertThat(b.reason()).contains("maxPayloadSize 16384").doesNotContain("AAAA"));
        assertThat(r.bad).anySatisfy(b -> assertThat(b.reason()).contains("RecordID"));
        assertThat(r.bad).anySatisfy(b -> assertThat(b.reason()).contains("intruder").contains("allowedDevices"));
        assertThat(session.stats().badInput()).isEqualTo(5);

        PushedEvent rec = cam.pushRecord();
        await().until(() -> r.of("RecPush").size() == 1);
        assertThat(r.of("RecPush").get(0).info()).isInstanceOf(RecPush.class);
        assertThat(((RecPush) r.of("RecPush").get(0).info()).recordId()).isEqualTo(rec.id());
    }

    @Test
    void reconnectsAfterABrokerRestartWithItsSubscriptions() throws Exception {
        start(new HfSessionConfig().connectionTimeout(5).keepAliveInterval(2));
        Recorder r = recorder();
        session.addListener(r);
        session.openEvents();
        SimulatedCamera cam = camera("cam-1");
        await().until(session::isEventsSubscribed);
        long connects = cam.stats().connects();

        broker.broker().stop();
        await().atMost(Duration.ofSeconds(10)).until(() -> !session.isConnected());
        broker.broker().start();
        await().atMost(Duration.ofSeconds(30)).until(session::isConnected);
        // the camera reconnects by itself
        await().atMost(Duration.ofSeconds(30)).until(() -> cam.isConnected() && cam.stats().connects() > connects);

        await().atMost(Duration.ofSeconds(10)).until(() -> {
            cam.pushRecord();
            return !r.of("RecPush").isEmpty();
        });
        HfMessage<Object> reply = session.request("cam-1", Operator.GET_SYS_TIME, EmptyInfo.INSTANCE)
                .get(5, TimeUnit.SECONDS);
        assertThat(reply.info(SysTime.class).sysTime()).isNotBlank();
        assertThat(session.stats().reconnects()).isGreaterThanOrEqualTo(1);
    }
}
