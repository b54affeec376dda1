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
import java.awt.image.BufferedImage;
import java.time.LocalDateTime;
import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.model.RecPush;
import io.github.camelhfcamera.hfcamera.protocol.model.SceneSnapReply;
import io.github.camelhfcamera.hfcamera.protocol.model.StrSnapPush;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sections 11, 12, 17.1, 20-23: scene snapshot, upgrade, versions, counts, manual pushes, target counting. */
class OtherCommandsTest extends SimulatorTestSupport {

    @Test
    void sceneSnapReturnsAJpeg() throws Exception {
        start("cam-1");
        Reply r = call("cam-1", "GetSceneSnap", "{\"facesluiceId\":\"cam-1\",\"ImgType\":2,\"ImgQuality\":100}");
        assertThat(r.operator()).isEqualTo("GetSceneSnap-Ack");
        assertThat(r.field("ImgType")).isEqualTo("2");
        assertThat(r.field("facesluiceId")).isEqualTo("cam-1");
        assertOk(r);
        // section 11.2 shows a JPEG ("/9j/") labelled image/bmp: so does the simulator
        assertThat(r.field("ImgData")).startsWith("data:image/bmp;base64,/9j/");
        byte[] jpeg = r.message().info(SceneSnapReply.class).imgData().bytes();
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(img.getWidth()).isEqualTo(1280);
        assertThat(img.getHeight()).isEqualTo(720);

        fleet.camera("cam-1").failSceneSnap(true);
        assertFailure(call("cam-1", "GetSceneSnap", "{\"ImgType\":2}"), 11000, "Shoot one picture fail");
        assertFailure(call("cam-1", "GetSceneSnap", "{\"facesluiceId\":\"cam-9\",\"ImgType\":2}"), 463,
                "Unknow facesluiceId");
        assertFailure(call("cam-1", "GetSceneSnap", null), 462, "Parameter error");
    }

    @Test
    void sceneSnapWithoutFacesluiceIdIsTakenByEveryCameraOnTheTopic() {
        start(simulator("cam-a", "cam-b", "cam-c").cloudTopic("mqtt/face/hall"));
        String mid = newMessageId();
        platform.publish("mqtt/face/hall", "{\"messageId\":\"" + mid + "\",\"operator\":\"GetSceneSnap\","
                + "\"info\":{\"ImgType\":2}}");
        for (String id : List.of("cam-a", "cam-b", "cam-c")) {
            assertThat(awaitReply(id, mid).field("facesluiceId")).isEqualTo(id);
        }
    }

    @Test
    void upgradeChangesTheVersionAndReboots() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        Reply r = call("cam-1", "Upgrade", "{\"name\":\"v2.1.0.3.4.26_0.101.8_beta9.udx\",\"upgradeType\":1,"
                + "\"path\":\"https://mqttxxx.oss-cn-shenzhen.aliyuncs.com/face/v2.1.0.3.4.26_0.101.8_beta9.udx\"}");
        assertThat(r.operator()).isEqualTo("Upgrade-Ack");
        assertThat(r.field("name")).isEqualTo("v2.1.0.3.4.26_0.101.8_beta9.udx");
        assertOk(r);
        awaitMessage("mqtt/face/basic", "Offline");
        cam.awaitStats(s -> s.connects() == 2, WAIT);
        Reply v = call("cam-1", "Versions", "{}");
        assertThat(v.operator()).isEqualTo("Versions-Ack");
        assertThat(v.json().get("code").asText()).isEqualTo("200");
        assertThat(v.field("name")).isEqualTo("v2.1.0.3.4.26_0.101.8_beta9");
        assertThat(v.field("buildtime")).isNotBlank();

        Reply bad = call("cam-1", "Upgrade", "{\"name\":\"x\",\"path\":\"http://h/firmware.bin\"}");
        assertThat(bad.field("result")).isEqualTo("fail");
        assertThat(bad.field("detail")).contains(".udx");
        Reply license = call("cam-1", "Upgrade", "{\"name\":\"lic\",\"upgradeType\":5,\"path\":\"http://h/a.lic\"}");
        assertOk(license);
    }

    @Test
    void versionsReportTheConfiguredFirmware() {
        start(simulator("cam-1").firmwareVersion("9.9.9 test"));
        Reply v = call("cam-1", "Versions", "{}");
        assertThat(v.field("name")).isEqualTo("9.9.9 test");
        assertThat(v.field("facesluiceId")).isEqualTo("cam-1");
    }

    @Test
    void getCountAnswersTheHeadCount() {
        start("cam-1");
        fleet.camera("cam-1").setTargetCount(0, 17);
        Reply r = call("cam-1", "GetCount", "{\"objectType\":0,\"behaviourDirection\":0}");
        assertThat(r.operator()).isEqualTo("GetCount-Ack");
        assertThat(r.json().get("code").asText()).isEqualTo("200");
        assertThat(r.field("deviceId")).isEqualTo("cam-1");
        assertThat(r.field("objectType")).isEqualTo("0");
        assertThat(r.field("num")).isEqualTo("17");
        assertThat(r.field("behaviorDirection")).isEqualTo("0");
        assertThat(r.field("time")).isNotBlank();
        assertOk(r);
        assertThat(call("cam-1", "GetCount", "{\"objectType\":1}").field("num")).isEqualTo("0");
    }

    @Test
    void manualPushRecordsRepushesTheWindowWithPushType2() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        cam.addPerson(io.github.camelhfcamera.hfcamera.protocol.model.Person.of("p-1", "Zhang Wu"));
        PushedEvent first = cam.pushRecord("p-1");
        cam.pushRecord("p-1");
        cam.pushStranger();
        awaitMessage("mqtt/face/cam-1/Rec", "RecPush");
        awaitMessage("mqtt/face/cam-1/Rec", "RecPush");
        platform.clear();
        String from = LocalDateTime.now().minusMinutes(5).format(SimulatedCamera.DEVICE_TIME);
        String to = LocalDateTime.now().plusMinutes(5).format(SimulatedCamera.DEVICE_TIME);
        Reply r = call("cam-1", "ManualPushRecords", "{\"facesluiceId\":\"cam-1\",\"TimeS\":\"" + from
                + "\",\"TimeE\":\"" + to + "\",\"Name\":\"\"}");
        // section 20.2: the reply carries the other command's name
        assertThat(r.operator()).isEqualTo("ManualPushSnaps-Ack");
        assertThat(r.field("RecordNum")).isEqualTo("2");
        assertOk(r);
        JsonNode again = json(awaitMessage("mqtt/face/cam-1/Rec", "RecPush"));
        assertThat(again.get("info").get("PushType").asText()).isEqualTo("2");
        assertThat(again.get("info").get("RecordID").asText()).isEqualTo(String.valueOf(first.id()));
        assertThat(again.get("info").has("scene")).isFalse();
        // e.g.2 of section 5: the manual push spells the name key "persionName"
        assertThat(again.get("info").get("persionName").asText()).isEqualTo("Zhang Wu");
        RecPush typed = CODEC.decode(again.toString().getBytes()).info(RecPush.class);
        assertThat(typed.personName()).isEqualTo("Zhang Wu");
        awaitMessage("mqtt/face/cam-1/Rec", "RecPush");
        cam.awaitStats(s -> s.manualPushed() == 2, WAIT);

        String past = "{\"TimeS\":\"2001-01-01 00:00:00\",\"TimeE\":\"2001-01-02 00:00:00\"}";
        assertFailure(call("cam-1", "ManualPushRecords", past), 466,
                "Can't Find any record issue, please check TimeS and TimeE");
        assertFailure(call("cam-1", "ManualPushRecords", "{\"TimeE\":\"" + to + "\"}"), 464, "Unknow TimeS");
        assertFailure(call("cam-1", "ManualPushRecords", "{\"TimeS\":\"" + from + "\"}"), 465, "Unknow TimeE");
        assertFailure(call("cam-1", "ManualPushRecords", "{\"facesluiceId\":\"x\",\"TimeS\":\"" + from
                + "\",\"TimeE\":\"" + to + "\"}"), 463, "Unknow facesluiceId");
        assertFailure(call("cam-1", "ManualPushRecords", null), 462, "Parameter error");
        assertOk(call("cam-1", "UpMQTTconfig", "{\"RecordUploadType\":0}"));
        assertFailure(call("cam-1", "ManualPushRecords", "{\"TimeS\":\"" + from + "\",\"TimeE\":\"" + to + "\"}"),
                467, "Unknow RecordUploadType");
    }

    @Test
    void manualPushSnapsRepushesStrangerSnapshots() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        PushedEvent snap = cam.pushStranger();
        awaitMessage("mqtt/face/cam-1/Snap", "StrSnapPush");
        String window = "{\"TimeS\":\"" + LocalDateTime.now().minusMinutes(1).format(SimulatedCamera.DEVICE_TIME)
                + "\",\"TimeE\":\"" + LocalDateTime.now().plusMinutes(1).format(SimulatedCamera.DEVICE_TIME) + "\"}";
        Reply r = call("cam-1", "ManualPushSnaps", window);
        assertThat(r.operator()).isEqualTo("ManualPushSnaps-Ack");
        assertThat(r.field("RecordNum")).isEqualTo("1");
        JsonNode again = json(awaitMessage("mqtt/face/cam-1/Snap", "StrSnapPush"));
        StrSnapPush typed = CODEC.decode(again.toString().getBytes()).info(StrSnapPush.class);
        assertThat(typed.pushType()).isEqualTo(2);
        assertThat(typed.snapId()).isEqualTo(snap.id());
        assertThat(typed.scene()).isNull();
        assertThat(typed.targetPosInScene()).containsExactly(0, 0, 0, 0);
        assertOk(call("cam-1", "UpMQTTconfig", "{\"StrangerUploadType\":1}"));
        assertFailure(call("cam-1", "ManualPushSnaps", window), 467, "Unknow StrangerUploadType");
    }

    @Test
    void manualPushWithoutFacesluiceIdRunsOnEveryCameraOfTheTopic() {
        start(simulator("cam-a", "cam-b").cloudTopic("mqtt/face/gate"));
        fleet.camera("cam-a").pushStranger();
        fleet.camera("cam-b").pushStranger();
        fleet.awaitStats(s -> s.pushed(Operator.STR_SNAP_PUSH) == 2, WAIT);
        String mid = newMessageId();
        platform.publish("mqtt/face/gate", "{\"messageId\":\"" + mid + "\",\"operator\":\"ManualPushSnaps\","
                + "\"info\":{\"TimeS\":\"2000-01-01 00:00:00\",\"TimeE\":\"2100-01-01 00:00:00\"}}");
        assertThat(awaitReply("cam-a", mid).field("RecordNum")).isEqualTo("1");
        assertThat(awaitReply("cam-b", mid).field("RecordNum")).isEqualTo("1");
        fleet.awaitStats(s -> s.manualPushed() == 2, WAIT);
    }

    @Test
    void targetCountStatsConfig() {
        start("cam-1");
        Reply r = call("cam-1", "TargetCountStatsCfg", "{\"deviceId\":\"cam-1\",\"enable\":1,\"autoResetMode\":2,"
                + "\"resetDay\":3,\"resetTime\":\"23:59:59\"}");
        assertThat(r.operator()).isEqualTo("TargetCountStatsCfg-Ack");
        assertThat(r.json().get("code").asText()).isEqualTo("200");
        assertThat(r.field("deviceId")).isEqualTo("cam-1");
        assertOk(r);
        assertThat(fleet.camera("cam-1").targetCountConfig().resetDay()).isEqualTo(3);
        assertFailure(call("cam-1", "TargetCountStatsCfg", "{\"autoResetMode\":1,\"resetDay\":0,"
                + "\"resetTime\":\"23:59:59\"}"), 22000, "Unknow enable");
        assertFailure(call("cam-1", "TargetCountStatsCfg", "{\"enable\":1,\"resetDay\":0,"
                + "\"resetTime\":\"23:59:59\"}"), 22001, "Unknow autoResetMode");
        assertFailure(call("cam-1", "TargetCountStatsCfg", "{\"enable\":1,\"autoResetMode\":1,"
                + "\"resetTime\":\"23:59:59\"}"), 22002, "Unknow resetDay");
        assertFailure(call("cam-1", "TargetCountStatsCfg", "{\"enable\":1,\"autoResetMode\":1,\"resetDay\":0,"
                + "\"resetTime\":\"25:00\"}"), 22003, "Unknow resetTime");
        assertFailure(call("cam-1", "TargetCountStatsCfg", "{\"enable\":1,\"autoResetMode\":3,\"resetDay\":40,"
                + "\"resetTime\":\"23:59:59\"}"), 22004, "Set TargetCountStatsCfg fail");
        assertFailure(call("cam-1", "TargetCountStatsCfg", "{\"deviceId\":\"cam-2\",\"enable\":1,"
                + "\"autoResetMode\":1,\"resetDay\":0,\"resetTime\":\"23:59:59\"}"), 463, "Unknow deviceId");
        assertFailure(call("cam-1", "TargetCountStatsCfg", null), 462, "Parameter error");
    }

    @Test
    void targetResetCountAnswersAsTargetCountStatsCfg() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        cam.setTargetCount(0, 12);
        Reply r = call("cam-1", "TargetResetCount", "{\"deviceId\":\"cam-1\"}");
        // section 23.2: the reply carries the other command's name
        assertThat(r.operator()).isEqualTo("TargetCountStatsCfg-Ack");
        assertThat(r.json().get("code").asText()).isEqualTo("200");
        assertOk(r);
        assertThat(cam.targetCount(0)).isZero();
        assertFailure(call("cam-1", "TargetResetCount", "{\"deviceId\":\"cam-2\"}"), 463, "Unknow deviceId");
        assertFailure(call("cam-1", "TargetResetCount", null), 462, "Parameter error");
    }

    @Test
    void packetOverOneMegabyteIsRefusedWhereTheAppendixSaysSo() {
        start(simulator("cam-1").maxPacketBytes(2_000));
        String pad = "x".repeat(3_000);
        assertFailure(call("cam-1", "SearchPersonList", "{\"name\":\"" + pad + "\"}"), 460, "Data out of range");
        assertFailure(call("cam-1", "DeleteAllPerson", "{\"deleteall\":1,\"pad\":\"" + pad + "\"}"), 460,
                "Data out of range");
        // commands whose table has no 460 are executed
        assertOk(call("cam-1", "UpSoundconfig", "{\"Volume\":50,\"pad\":\"" + pad + "\"}"));
    }
}
