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

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelhfcamera.hfcamera.protocol.Checks;
import io.github.camelhfcamera.hfcamera.protocol.HfEvent;
import io.github.camelhfcamera.hfcamera.protocol.HfMessage;
import io.github.camelhfcamera.hfcamera.protocol.Image;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.model.BehaviorSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.FireSmokeSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.protocol.model.RecPush;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sections 5, 6 and 13-27: the records, snapshots and AI events a camera pushes. */
class EventsTest extends SimulatorTestSupport {

    private static final List<String> IMAGE_FIELDS = List.of("pic", "scene", "scenePic", "tempic");

    @Test
    void everyEventKindArrivesOnItsTopicWithRealJpegs() throws Exception {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        assertThat(SimulatedCamera.PUSHABLE).hasSize(14);
        for (Operator kind : SimulatedCamera.PUSHABLE) {
            PushedEvent pushed = cam.pushEvent(kind);
            assertThat(pushed.sent()).as(kind.wireName()).isTrue();
            String topic = kind == Operator.REC_PUSH ? "mqtt/face/cam-1/Rec" : "mqtt/face/cam-1/Snap";
            TestClient.Received m = awaitMessage(topic, kind.wireName());
            HfMessage<Object> msg = CODEC.decode(m.payload());
            HfEvent event = msg.info(HfEvent.class);
            assertThat(event.deviceId()).as(kind.wireName()).isEqualTo("cam-1");
            JsonNode info = json(m).get("info");
            int images = 0;
            for (String f : IMAGE_FIELDS) {
                if (info.has(f)) {
                    byte[] jpeg = Image.ofText(info.get(f).asText()).bytes();
                    assertThat(ImageIO.read(new ByteArrayInputStream(jpeg))).as(kind + "." + f).isNotNull();
                    images++;
                }
            }
            if (kind != Operator.COUNT_IN_REGION_PUSH) {
                assertThat(images).as(kind + " pictures").isGreaterThanOrEqualTo(1);
            }
            // numbers travel as strings, as the firmware writes them
            Iterator<Map.Entry<String, JsonNode>> fields = info.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                assertThat(f.getValue().isNumber()).as(kind + "." + f.getKey()).isFalse();
            }
        }
        assertThat(cam.stats().eventsByKind()).hasSize(14);
        assertThat(cam.stats().eventsPushed()).isEqualTo(14);
    }

    @Test
    void recordIdsIncreasePerDeviceAndKind() {
        start("cam-1", "cam-2");
        SimulatedCamera one = fleet.camera("cam-1");
        SimulatedCamera two = fleet.camera("cam-2");
        List<Long> records = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            records.add(one.pushRecord().id());
        }
        assertThat(records).containsExactly(1L, 2L, 3L);
        assertThat(one.pushStranger().id()).isEqualTo(1L);
        assertThat(one.pushStranger().id()).isEqualTo(2L);
        // the generic kinds share SnapOrRecordID
        assertThat(one.pushEvent(Operator.FIRE_SMOKE_SNAP_PUSH).id()).isEqualTo(1L);
        assertThat(one.pushEvent(Operator.CLOTH_HELMET_SNAP_PUSH).id()).isEqualTo(2L);
        assertThat(one.pushEvent(Operator.ELECTRICAL_BICYCLE_SNAP_PUSH).id()).isEqualTo(3L);
        assertThat(one.pushEvent(Operator.COUNT_IN_REGION_PUSH).id()).isNull();
        assertThat(two.pushRecord().id()).isEqualTo(1L);

        JsonNode last = null;
        for (int i = 0; i < 3; i++) {
            last = json(platform.await(m -> m.topic().equals("mqtt/face/cam-1/Rec"), WAIT));
        }
        assertThat(last.get("info").get("RecordID").asText()).isEqualTo("3");
    }

    @Test
    void recordOfAStoredPersonCarriesItsIdentity() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        Person p = cam.addPerson(Person.builder().customId("c-1").name("Lisa").personType(1).idCard("4213").build());
        cam.pushRecord("c-1");
        RecPush r = CODEC.decode(awaitMessage("mqtt/face/cam-1/Rec", "RecPush").payload()).info(RecPush.class);
        assertThat(r.customId()).isEqualTo("c-1");
        assertThat(r.personId()).isEqualTo(p.personId());
        assertThat(r.personName()).isEqualTo("Lisa");
        assertThat(r.personType()).isEqualTo(1);
        assertThat(r.verifyStatus()).isEqualTo(2);
        assertThat(r.pushType()).isZero();
        assertThat(r.scene()).isNotNull();
        assertThatThrownBy(() -> cam.pushRecord("nobody")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void picturesReachTheDocumentsLimits() {
        start(simulator("cam-1").picBytes(Jpegs.maxBytesFor(Jpegs.PIC_LIMIT))
                .sceneBytes(Jpegs.maxBytesFor(Jpegs.SCENE_LIMIT)));
        fleet.camera("cam-1").pushStranger();
        TestClient.Received m = awaitMessage("mqtt/face/cam-1/Snap", "StrSnapPush");
        JsonNode info = json(m).get("info");
        Image pic = Image.ofText(info.get("pic").asText());
        Image scene = Image.ofText(info.get("scene").asText());
        assertThat(pic.encodedLength()).isBetween(Checks.ONE_MB - 4, Checks.ONE_MB);
        assertThat(scene.encodedLength()).isBetween(2 * Checks.ONE_MB - 4, 2 * Checks.ONE_MB);
        Checks.image("pic", pic, Checks.ONE_MB);
        Checks.image("scene", scene, 2 * Checks.ONE_MB);
        assertThat(Jpegs.isPicture(pic.bytes())).isTrue();
        assertThat(Jpegs.isPicture(scene.bytes())).isTrue();
    }

    @Test
    void templatesKeepTheirFieldsAndGetTheCamerasIds() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        PushedEvent e = cam.push(FireSmokeSnapPush.builder().deviceId("ignored").fire(2).smoke(1).build());
        assertThat(e.id()).isEqualTo(1L);
        FireSmokeSnapPush got = CODEC.decode(awaitMessage("mqtt/face/cam-1/Snap", "FireSmokeSnapPush").payload())
                .info(FireSmokeSnapPush.class);
        assertThat(got.deviceId()).isEqualTo("cam-1");
        assertThat(got.fire()).isEqualTo(2);
        assertThat(got.smoke()).isEqualTo(1);
        assertThat(got.snapOrRecordId()).isEqualTo(1L);
        assertThat(got.time()).isNotBlank();
        assertThat(got.pic()).isNotNull();
    }

    @Test
    void uploadTypesDecideWhatIsSent() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        assertOk(call("cam-1", "UpMQTTconfig", "{\"RecordUploadType\":0,\"StrangerUploadType\":1,"
                + "\"BehaviorUploadType\":1}"));
        PushedEvent record = cam.pushRecord();
        PushedEvent stranger = cam.pushStranger();
        assertThat(record.suppressed()).isTrue();
        assertThat(stranger.suppressed()).isTrue();
        PushedEvent tripwire = cam.push(BehaviorSnapPush.builder().behaviourType(0).build());
        PushedEvent area = cam.push(BehaviorSnapPush.builder().behaviourType(1).build());
        PushedEvent leave = cam.pushEvent(Operator.LEAVE_SNAP_PUSH);
        assertThat(tripwire.sent()).isTrue();
        assertThat(area.suppressed()).isTrue();
        assertThat(leave.suppressed()).isTrue();
        awaitMessage("mqtt/face/cam-1/Snap", "BehaviorSnapPush");
        assertThat(cam.stats().eventsSuppressed()).isEqualTo(4);

        // RecordUploadType 2: records without the captured scene
        assertOk(call("cam-1", "UpMQTTconfig", "{\"RecordUploadType\":2}"));
        cam.pushRecord();
        JsonNode rec = json(awaitMessage("mqtt/face/cam-1/Rec", "RecPush"));
        assertThat(rec.get("info").has("pic")).isTrue();
        assertThat(rec.get("info").has("scene")).isFalse();
        assertThat(platform.snapshot()).noneMatch(m -> operatorOf(m).equals("StrSnapPush"));
    }

    @Test
    void scheduledEventsFollowTheirRate() {
        start(simulator("cam-1").eventRate(Operator.FIRE_SMOKE_SNAP_PUSH, 600)
                .eventRate(Operator.COUNT_IN_REGION_PUSH, 300));
        SimulatedCamera cam = fleet.camera("cam-1");
        cam.awaitStats(s -> s.pushed(Operator.FIRE_SMOKE_SNAP_PUSH) >= 5 && s.pushed(Operator.COUNT_IN_REGION_PUSH) >= 2,
                WAIT);
        awaitMessage("mqtt/face/cam-1/Snap", "CountInRegionPush");
        assertThatThrownBy(() -> simulator("x").eventRate(Operator.GET_SYS_TIME, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void alarmResetHoldsBackScheduledThermalAlarms() {
        start(simulator("cam-1").eventRate(Operator.TEM_HIGH_SNAP_PUSH, 1200));
        SimulatedCamera cam = fleet.camera("cam-1");
        cam.awaitStats(s -> s.pushed(Operator.TEM_HIGH_SNAP_PUSH) >= 1, WAIT);
        assertOk(call("cam-1", "SetAlarmReset", "{\"EliminateTime\":60}"));
        long pushed = cam.stats().pushed(Operator.TEM_HIGH_SNAP_PUSH);
        cam.awaitStats(s -> s.eventsSuppressed() >= 3, WAIT);
        assertThat(cam.stats().pushed(Operator.TEM_HIGH_SNAP_PUSH)).isLessThanOrEqualTo(pushed + 1);
        // a new alarm triggered by hand is still reported
        assertThat(cam.pushEvent(Operator.TEM_HIGH_SNAP_PUSH).sent()).isTrue();
    }

    @Test
    void eventsWhileOfflineAreLostOutsideResumeMode() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        cam.loseNetwork();
        PushedEvent e = cam.pushRecord();
        assertThat(e.sent()).isFalse();
        assertThat(cam.stats().eventsLost()).isEqualTo(1);
        cam.restoreNetwork();
        cam.awaitConnected(WAIT);
        assertThat(cam.pendingAcks()).isZero();
        assertThat(platform.receives(m -> m.topic().endsWith("/Rec"), Duration.ofMillis(400))).isFalse();
    }
}
