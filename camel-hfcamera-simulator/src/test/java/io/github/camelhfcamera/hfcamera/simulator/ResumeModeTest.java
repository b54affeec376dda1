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

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.model.PushAckAck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Section 8: continuous transmission after network interruption (resume mode), PushAck and PushAck-Ack. */
class ResumeModeTest extends SimulatorTestSupport {

    private String pushAck(String deviceId, int type, long id) {
        return send(deviceId, "PushAck", "{\"PushAckType\":" + type + ",\"SnapOrRecordID\":" + id + "}");
    }

    private boolean isRecord(TestClient.Received m, String operator, String idField, long id) {
        if (!operatorOf(m).equals(operator)) {
            return false;
        }
        JsonNode v = json(m).get("info").get(idField);
        return v != null && v.asText().equals(Long.toString(id));
    }

    @Test
    void recordIsResentUntilItsPushAckArrives() {
        start(simulator("cam-1").resumeMode(true));
        SimulatedCamera cam = fleet.camera("cam-1");
        PushedEvent e = cam.pushRecord();
        assertThat(e.sent()).isTrue();
        platform.await(m -> isRecord(m, "RecPush", "RecordID", e.id()), WAIT);
        // not acknowledged: the same record comes again, about every resend interval
        platform.await(m -> isRecord(m, "RecPush", "RecordID", e.id()), WAIT);
        platform.await(m -> isRecord(m, "RecPush", "RecordID", e.id()), WAIT);
        assertThat(cam.pendingIds(2)).containsExactly(e.id());

        String mid = pushAck("cam-1", 2, e.id());
        Reply ack = awaitReply("cam-1", mid);
        assertThat(ack.operator()).isEqualTo("PushAck-Ack");
        // sections 8.2 and 8.4 spell the key "facesluicId"
        assertThat(ack.field("facesluicId")).isEqualTo("cam-1");
        assertThat(ack.field("result")).isEqualTo("ok");
        assertThat(ack.field("PushAckType")).isEqualTo("2");
        assertThat(ack.field("SnapOrRecordID")).isEqualTo(Long.toString(e.id()));
        PushAckAck typed = ack.message().info(PushAckAck.class);
        assertThat(typed.deviceId()).isEqualTo("cam-1");

        cam.awaitPendingAcks(0, WAIT);
        long resent = cam.stats().recordsResent();
        assertThat(resent).isGreaterThanOrEqualTo(2);
        assertThat(cam.stats().recordsAcked()).isEqualTo(1);
        long beats = cam.stats().heartbeatsSent();
        cam.awaitStats(s -> s.heartbeatsSent() >= beats + 4, WAIT);
        assertThat(cam.stats().recordsResent()).isEqualTo(resent);
    }

    @Test
    void eachKindIsConfirmedByItsPushAckType() {
        start(simulator("cam-1").resumeMode(true).resendInterval(Duration.ofSeconds(30)));
        SimulatedCamera cam = fleet.camera("cam-1");
        PushedEvent snap = cam.pushStranger();
        PushedEvent fire = cam.pushEvent(Operator.FIRE_SMOKE_SNAP_PUSH);
        PushedEvent kitchen = cam.pushEvent(Operator.VISIBLE_KITCHEN_SNAP_PUSH);
        PushedEvent helmet = cam.pushEvent(Operator.CLOTH_HELMET_SNAP_PUSH);
        PushedEvent bike = cam.pushEvent(Operator.ELECTRICAL_BICYCLE_SNAP_PUSH);
        cam.pushEvent(Operator.COUNT_IN_REGION_PUSH);
        cam.pushEvent(Operator.PARABOLIC_SNAP_PUSH);
        assertThat(cam.pendingAcks()).isEqualTo(5);
        assertThat(cam.pendingIds(1)).containsExactly(snap.id());
        assertThat(cam.pendingIds(3)).containsExactly(fire.id(), kitchen.id(), helmet.id(), bike.id());

        // the wrong type does not confirm it
        awaitReply("cam-1", pushAck("cam-1", 2, snap.id()));
        assertThat(cam.pendingIds(1)).containsExactly(snap.id());
        awaitReply("cam-1", pushAck("cam-1", 1, snap.id()));
        for (PushedEvent e : List.of(fire, kitchen, helmet, bike)) {
            Reply r = awaitReply("cam-1", pushAck("cam-1", 3, e.id()));
            assertThat(r.field("PushAckType")).isEqualTo("3");
        }
        assertThat(cam.pendingAcks()).isZero();
        assertThat(cam.stats().recordsAcked()).isEqualTo(5);
    }

    @Test
    void droppedPushAckKeepsTheRecordComing() {
        start(simulator("cam-1").resumeMode(true));
        SimulatedCamera cam = fleet.camera("cam-1");
        cam.dropPushAcks(1);
        PushedEvent e = cam.pushStranger();
        String lost = pushAck("cam-1", 1, e.id());
        cam.awaitStats(s -> s.pushAcksDropped() == 1, WAIT);
        assertThat(platform.receives(m -> messageIdOf(m).equals(lost) && m.topic().endsWith("/Ack"),
                Duration.ofMillis(400))).isFalse();
        long resent = cam.stats().recordsResent();
        cam.awaitStats(s -> s.recordsResent() > resent, WAIT);
        assertThat(cam.pendingIds(1)).containsExactly(e.id());
        awaitReply("cam-1", pushAck("cam-1", 1, e.id()));
        cam.awaitPendingAcks(0, WAIT);
    }

    @Test
    void recordsMadeWhileOfflineAreSentAfterReconnecting() {
        start(simulator("cam-1").resumeMode(true).resendInterval(Duration.ofSeconds(30)));
        SimulatedCamera cam = fleet.camera("cam-1");
        cam.loseNetwork();
        PushedEvent a = cam.pushRecord();
        PushedEvent b = cam.pushRecord();
        assertThat(a.sent()).isFalse();
        assertThat(cam.pendingAcks()).isEqualTo(2);
        assertThat(cam.stats().eventsLost()).isZero();
        cam.restoreNetwork();
        platform.await(m -> isRecord(m, "RecPush", "RecordID", a.id()), WAIT);
        platform.await(m -> isRecord(m, "RecPush", "RecordID", b.id()), WAIT);
        awaitReply("cam-1", pushAck("cam-1", 2, a.id()));
        awaitReply("cam-1", pushAck("cam-1", 2, b.id()));
        cam.awaitPendingAcks(0, WAIT);
    }

    @Test
    void upMqttConfigSwitchesResumeModeOnAndOff() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        cam.pushRecord();
        assertThat(cam.pendingAcks()).isZero();
        assertOk(call("cam-1", "UpMQTTconfig", "{\"ResumefromBreakpoint\":1}"));
        PushedEvent e = cam.pushRecord();
        assertThat(cam.pendingIds(2)).containsExactly(e.id());
        platform.await(m -> isRecord(m, "RecPush", "RecordID", e.id()), WAIT);
        platform.await(m -> isRecord(m, "RecPush", "RecordID", e.id()), WAIT);
        assertOk(call("cam-1", "UpMQTTconfig", "{\"ResumefromBreakpoint\":0}"));
        assertThat(cam.pendingAcks()).isZero();
        assertThat(cam.isResumeMode()).isFalse();
    }

    @Test
    void pushAckOutsideResumeModeIsStillAnswered() {
        start("cam-1");
        Reply r = awaitReply("cam-1", pushAck("cam-1", 2, 217699));
        assertThat(r.operator()).isEqualTo("PushAck-Ack");
        assertThat(r.field("SnapOrRecordID")).isEqualTo("217699");
        assertThat(fleet.camera("cam-1").stats().pushAcksReceived()).isEqualTo(1);
    }
}
