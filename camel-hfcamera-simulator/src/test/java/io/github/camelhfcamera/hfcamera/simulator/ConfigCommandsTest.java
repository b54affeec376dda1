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
import java.time.LocalDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Section 10 (parameter configuration) and the appendix 29.9-29.11, 29.17. */
class ConfigCommandsTest extends SimulatorTestSupport {

    @Test
    void mqttConfigIsReadAndWritten() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        Reply get = call("cam-1", "GetMQTTconfig", "{}");
        assertThat(get.operator()).isEqualTo("GetMQTTconfig-Ack");
        assertThat(get.json().get("code").asText()).isEqualTo("200");
        assertThat(get.field("facesluiceId")).isEqualTo("cam-1");
        assertThat(get.field("StrangerUploadType")).isEqualTo("0");
        assertThat(get.field("RecordUploadType")).isEqualTo("1");
        assertThat(get.field("OnlineTopic")).isEqualTo("mqtt/face/basic");
        assertThat(get.field("HeartbeatTopic")).isEqualTo("mqtt/face/heartbeat");
        assertThat(get.field("ResumefromBreakpoint")).isEqualTo("0");
        assertThat(get.info().get("KeepAliveInterval").isTextual()).isTrue();
        assertOk(get);

        Reply up = call("cam-1", "UpMQTTconfig", "{\"facesluiceId\":\"cam-1\",\"StrangerUploadType\":1,"
                + "\"RecordUploadType\":2,\"BehaviorUploadType\":0,\"ResumefromBreakpoint\":1,"
                + "\"BeginTime\":\"2022-08-31 15:31:39\"}");
        assertThat(up.operator()).isEqualTo("UpMQTTconfig-Ack");
        assertThat(up.code()).isNull();
        assertOk(up);
        assertThat(cam.isResumeMode()).isTrue();
        assertThat(cam.mqttConfig().recordUploadType()).isEqualTo(2);
        Reply again = call("cam-1", "GetMQTTconfig", "{}");
        assertThat(again.field("ResumefromBreakpoint")).isEqualTo("1");
        assertThat(again.field("StrangerUploadType")).isEqualTo("1");
        assertThat(again.field("BeginTime")).isEqualTo("2022-08-31 15:31:39");

        Reply bad = call("cam-1", "UpMQTTconfig", "{\"KeepAliveInterval\":5}");
        assertThat(bad.field("result")).isEqualTo("fail");
        assertThat(bad.field("detail")).contains("KeepAliveInterval");
        assertFailure(call("cam-1", "UpMQTTconfig", null), 462, "Parameter error");
    }

    @Test
    void keepAliveIntervalAndTopicsChangeTheHeartbeat() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        assertOk(call("cam-1", "UpMQTTconfig", "{\"KeepAliveInterval\":20,"
                + "\"HeartbeatTopic\":\"site/heartbeat\",\"OnlineTopic\":\"site/basic\"}"));
        assertThat(cam.heartbeatInterval()).isEqualTo(Duration.ofSeconds(20));
        assertThat(cam.heartbeatTopic()).isEqualTo("site/heartbeat");
        // the new online topic is used from the next connection on
        try (TestClient site = new TestClient(broker.brokerUrl(), "site/#")) {
            cam.restart();
            JsonNode online = json(site.await(m -> m.topic().equals("site/basic"), WAIT));
            assertThat(online.get("operator").asText()).isEqualTo("Online");
        }
    }

    @Test
    void soundConfig() {
        start("cam-1");
        Reply get = call("cam-1", "GetSoundconfig", "{}");
        assertThat(get.operator()).isEqualTo("GetSoundconfig-Ack");
        assertThat(get.json().get("code").asText()).isEqualTo("200");
        assertThat(get.field("VerifySuccAudio")).isEqualTo("1");
        assertThat(get.field("Volume")).isEqualTo("80");
        Reply up = call("cam-1", "UpSoundconfig", "{\"VerifySuccAudio\":0,\"Volume\":30}");
        assertThat(up.operator()).isEqualTo("UpSoundconfig-Ack");
        assertThat(up.json().get("code").asText()).isEqualTo("200");
        assertOk(up);
        assertThat(fleet.camera("cam-1").soundConfig().volume()).isEqualTo(30);
        assertThat(call("cam-1", "GetSoundconfig", "{}").field("VerifySuccAudio")).isEqualTo("0");
        assertThat(call("cam-1", "UpSoundconfig", "{\"Volume\":101}").field("result")).isEqualTo("fail");
        assertFailure(call("cam-1", "UpSoundconfig", null), 462, "Parameter error");
    }

    @Test
    void systemTime() {
        start("cam-1");
        Reply get = call("cam-1", "GetSysTime", "{}");
        assertThat(get.operator()).isEqualTo("GetSysTime-Ack");
        LocalDateTime reported = CommandProcessor.parseTime(get.field("SysTime"));
        assertThat(reported).isCloseTo(LocalDateTime.now(), within(5, java.time.temporal.ChronoUnit.SECONDS));

        Reply set = call("cam-1", "SetSysTime", "{\"SysTime\":\"2020-04-01 17:59:54\"}");
        assertThat(set.operator()).isEqualTo("SetSysTime-Ack");
        assertOk(set);
        LocalDateTime now = CommandProcessor.parseTime(call("cam-1", "GetSysTime", "{}").field("SysTime"));
        assertThat(now).isCloseTo(LocalDateTime.of(2020, 4, 1, 17, 59, 54),
                within(5, java.time.temporal.ChronoUnit.SECONDS));
        // the device clock dates what the camera sends from now on (a heartbeat sent before the set may still be
        // in the received list, so wait for one dated by the new clock rather than take the first)
        platform.await(m -> m.topic().equals("mqtt/face/heartbeat") && operatorOf(m).equals("HeartBeat")
                && json(m).get("info").get("time").asText().startsWith("2020-04-01"), WAIT);
        assertFailure(call("cam-1", "SetSysTime", "{}"), 463, "Can't find SysTime");
        assertFailure(call("cam-1", "SetSysTime", "{\"SysTime\":\"yesterday\"}"), 463, null);
        assertFailure(call("cam-1", "SetSysTime", null), 462, "Parameter error");
    }

    @Test
    void rebootDeviceAnswersThenDropsAndComesBack() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        awaitMessage("mqtt/face/basic", "Online");
        Reply r = call("cam-1", "RebootDevice", "{}");
        assertThat(r.operator()).isEqualTo("RebootDevice-Ack");
        assertThat(r.field("facesluiceId")).isEqualTo("cam-1");
        assertOk(r);
        awaitMessage("mqtt/face/basic", "Offline");
        awaitMessage("mqtt/face/basic", "Online");
        cam.awaitStats(s -> s.connects() == 2, WAIT);
    }

    @Test
    void factoryDefaultRestoresSettingsAndPersonsWhenAsked() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        cam.addPerson(Person.of("a", "A"));
        assertOk(call("cam-1", "UpSoundconfig", "{\"Volume\":10}"));
        Reply keep = call("cam-1", "SetFactoryDefault", "{\"DefaultNetPar\":1}");
        assertThat(keep.operator()).isEqualTo("SetFactoryDefault-Ack");
        assertThat(keep.field("reboot")).isEqualTo("1");
        assertOk(keep);
        awaitMessage("mqtt/face/basic", "Offline");
        cam.awaitStats(s -> s.connects() == 2, WAIT);
        assertThat(cam.soundConfig().volume()).isEqualTo(80);
        assertThat(cam.persons()).hasSize(1);

        // the table's spelling DefaltPerson is understood as well
        assertOk(call("cam-1", "SetFactoryDefault", "{\"DefaltPerson\":1}"));
        cam.awaitStats(s -> s.connects() == 3, WAIT);
        assertThat(cam.persons()).isEmpty();
    }

    @Test
    void rtspConfigAndRebootOnSet() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        Reply get = call("cam-1", "GetRTSPCfg", "{}");
        assertThat(get.operator()).isEqualTo("GetRTSPCfg-Ack");
        assertThat(get.json().get("code").asText()).isEqualTo("200");
        assertThat(get.field("OpenVerify")).isEqualTo("0");
        assertThat(get.field("PackSize")).isEqualTo("1500");
        assertThat(get.field("RTSPPort")).isEqualTo("554");
        Reply set = call("cam-1", "SetRTSPCfg", "{\"facesluiceId\":\"cam-1\",\"OpenVerify\":0,\"PackSize\":1500,"
                + "\"RTSPPort\":556}");
        assertThat(set.operator()).isEqualTo("SetRTSPCfg-Ack");
        assertThat(set.json().get("code").asText()).isEqualTo("200");
        assertOk(set);
        awaitMessage("mqtt/face/basic", "Offline");
        cam.awaitStats(s -> s.connects() == 2, WAIT);
        assertThat(call("cam-1", "GetRTSPCfg", "{}").field("RTSPPort")).isEqualTo("556");
        assertThat(call("cam-1", "SetRTSPCfg", "{\"PackSize\":2000}").field("result")).isEqualTo("fail");
    }

    @Test
    void deviceInformationAnswersUnderTheCommandsOwnName() {
        start("cam-1");
        Reply r = call("cam-1", "GetDeviceInformation", "{}");
        assertThat(r.operator()).isEqualTo("GetDeviceInformation");
        assertThat(r.field("DeviceType")).isEqualTo("0");
        assertThat(r.field("DeviceSubType")).isEqualTo("0");
        assertOk(r);
    }

    @Test
    void deploymentRules() {
        start("cam-1");
        Reply get = call("cam-1", "GetDeploymentRulesconfig", "{\"objectType\":1}");
        assertThat(get.operator()).isEqualTo("GetDeploymentRulesconfig-Ack");
        assertThat(get.json().get("code").asText()).isEqualTo("200");
        assertThat(get.field("deviceId")).isEqualTo("cam-1");
        assertThat(get.info().get("algConf").get("minDetectWidth").asText()).isEqualTo("218");
        Reply set = call("cam-1", "SetDeploymentRulesconfig", "{\"deviceId\":\"cam-1\",\"objectType\":1,"
                + "\"areaConf\":{\"areaMaxNum\":1,\"areaType\":1,\"scale\":10000,\"areas\":[[{\"x\":2713,\"y\":1197},"
                + "{\"x\":8664,\"y\":2395},{\"x\":7940,\"y\":8385}]]},\"algConf\":{\"scale\":10000,"
                + "\"minDetectWidth\":2784,\"minDetectHeight\":2222,\"maxDetectWidth\":2017,\"maxDetectHeight\":1805}}");
        assertThat(set.operator()).isEqualTo("SetDeploymentRulesconfig-Ack");
        assertThat(set.field("deviceId")).isEqualTo("cam-1");
        assertOk(set);
        Reply after = call("cam-1", "GetDeploymentRulesconfig", "{\"objectType\":1}");
        assertThat(after.info().get("areaConf").get("areas").get(0).get(1).get("x").asText()).isEqualTo("8664");
        assertThat(fleet.camera("cam-1").deploymentRulesConfig().algConf().minDetectWidth()).isEqualTo(2784);
    }

    @Test
    void simCardInfo() {
        start("cam-1");
        Reply r = call("cam-1", "QuerySIMCardInfo", "{}");
        assertThat(r.operator()).isEqualTo("QuerySIMCardInfo-Ack");
        assertThat(r.json().get("code").asText()).isEqualTo("200");
        assertThat(r.field("deviceId")).isEqualTo("cam-1");
        assertThat(r.field("imei")).hasSize(15);
        assertThat(r.field("iccid")).hasSize(20);
        assertThat(r.field("imsi")).hasSize(15);
        assertOk(r);
    }

    @Test
    void lineAndFieldDetectionConfigs() {
        start("cam-1");
        Reply line = call("cam-1", "GetLineDetectionConfig", "{}");
        assertThat(line.operator()).isEqualTo("GetLineDetectionConfig-Ack");
        assertThat(line.json().get("code").asText()).isEqualTo("200");
        assertThat(line.field("deviceId")).isEqualTo("cam-1");
        assertThat(line.info().get("lineConf").get("lineMaxNum").asText()).isEqualTo("4");
        String newLine = "{\"deviceId\":\"cam-1\",\"enable\":1,\"lineConf\":{\"lineMaxNum\":4,\"lineType\":2,"
                + "\"scale\":10000,\"crossDirection\":[0,0],\"lines\":[[{\"x\":5838,\"y\":9722},{\"x\":9588,"
                + "\"y\":5833}],[{\"x\":42,\"y\":9756},{\"x\":9687,\"y\":156}]]},\"timeConf\":[{\"day\":6,"
                + "\"times\":[{\"begin\":\"18:00:00\",\"end\":\"23:59:59\"}],\"enable\":1}],"
                + "\"linkConf\":{\"audio\":{\"enable\":1,\"times\":1}},\"algConf\":{\"sensitive\":5,"
                + "\"detectionTarget\":[]}}";
        Reply setLine = call("cam-1", "SetLineDetectionConfig", newLine);
        assertThat(setLine.operator()).isEqualTo("SetLineDetectionConfig-Ack");
        assertOk(setLine);
        Reply lineAfter = call("cam-1", "GetLineDetectionConfig", "{}");
        assertThat(lineAfter.field("enable")).isEqualTo("1");
        assertThat(lineAfter.info().get("lineConf").get("lines")).hasSize(2);
        assertThat(fleet.camera("cam-1").lineDetectionConfig().timeConf().get(0).day()).isEqualTo(6);

        Reply field = call("cam-1", "GetFieldDetectionConfig", "{}");
        assertThat(field.operator()).isEqualTo("GetFieldDetectionConfig-Ack");
        assertThat(field.info().get("areaConf").get("areaType").asText()).isEqualTo("1");
        Reply setField = call("cam-1", "SetFieldDetectionConfig", "{\"deviceId\":\"cam-1\",\"enable\":1,"
                + "\"areaConf\":{\"areaMaxNum\":4,\"areaType\":1,\"scale\":10000,\"crossDirection\":[2],"
                + "\"areas\":[[{\"x\":610,\"y\":6996},{\"x\":5042,\"y\":937},{\"x\":8068,\"y\":3663}]]},"
                + "\"algConf\":{\"sensitive\":10,\"detectionTarget\":[]}}");
        assertThat(setField.operator()).isEqualTo("SetFieldDetectionConfig-Ack");
        assertThat(setField.field("deviceId")).isEqualTo("cam-1");
        assertOk(setField);
        assertThat(fleet.camera("cam-1").fieldDetectionConfig().algConf().sensitive()).isEqualTo(10);
    }

    @Test
    void alarmReset() {
        start("cam-1");
        Reply r = call("cam-1", "SetAlarmReset", "{\"EliminateTime\":3600}");
        assertThat(r.operator()).isEqualTo("SetAlarmReset-Ack");
        assertThat(r.field("facesluiceId")).isEqualTo("cam-1");
        assertOk(r);
        assertThat(fleet.camera("cam-1").alarmResetUntil())
                .isAfter(java.time.Instant.now().plusSeconds(3500));
        assertFailure(call("cam-1", "SetAlarmReset", "{}"), 463, "can not find EliminateTime");
        assertFailure(call("cam-1", "SetAlarmReset", null), 462, "Parameter error");
    }
}
