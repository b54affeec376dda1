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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelhfcamera.hfcamera.protocol.HfMessage;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.model.ManualPushReply;
import io.github.camelhfcamera.hfcamera.protocol.model.ManualPushRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.SceneSnapRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.SysTime;
import io.github.camelhfcamera.hfcamera.protocol.model.TargetResetCountRequest;
import io.github.camelhfcamera.hfcamera.session.HfCameraDeviceException;
import io.github.camelhfcamera.hfcamera.test.FakeCamera;
import org.apache.camel.Exchange;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HfCameraCommandProducerTest extends HfCameraTestSupport {

    /** A valid request body for every command of the command endpoint, from the document's examples. */
    static final Map<String, Object> REQUESTS = new LinkedHashMap<>();

    static {
        REQUESTS.put("GetMQTTconfig", null);
        REQUESTS.put("UpMQTTconfig", Map.of("StrangerUploadType", 0, "RecordUploadType", 2, "BehaviorUploadType", 0,
                "KeepAliveInterval", 20, "ResumefromBreakpoint", 1));
        REQUESTS.put("GetSoundconfig", null);
        REQUESTS.put("UpSoundconfig", Map.of("VerifySuccAudio", 1, "Volume", 80));
        REQUESTS.put("GetSysTime", null);
        REQUESTS.put("SetSysTime", "{\"SysTime\":\"2020-04-01 17:59:54\"}");
        REQUESTS.put("RebootDevice", null);
        REQUESTS.put("SetFactoryDefault", Map.of("DefaultNetPar", 1, "DefaultPerson", 1));
        REQUESTS.put("GetRTSPCfg", null);
        REQUESTS.put("SetRTSPCfg", Map.of("OpenVerify", 0, "PackSize", 1500, "RTSPPort", 556));
        REQUESTS.put("GetDeviceInformation", null);
        REQUESTS.put("GetDeploymentRulesconfig", Map.of("objectType", 0));
        REQUESTS.put("SetDeploymentRulesconfig", Map.of("objectType", 0));
        REQUESTS.put("QuerySIMCardInfo", null);
        REQUESTS.put("GetLineDetectionConfig", null);
        REQUESTS.put("SetLineDetectionConfig", Map.of("enable", 1));
        REQUESTS.put("GetFieldDetectionConfig", null);
        REQUESTS.put("SetFieldDetectionConfig", Map.of("enable", 1));
        REQUESTS.put("SetAlarmReset", Map.of("EliminateTime", 3600));
        REQUESTS.put("GetSceneSnap", SceneSnapRequest.builder().imgType(2).imgQuality(100).build());
        REQUESTS.put("Upgrade", Map.of("name", "v2.1.0.udx", "upgradeType", 1, "path", "https://files/v2.1.0.udx"));
        REQUESTS.put("Versions", null);
        REQUESTS.put("GetCount", Map.of("objectType", 0, "behaviourDirection", 0));
        REQUESTS.put("ManualPushRecords", Map.of("TimeS", "2023-09-22 00:00:00", "TimeE", "2023-09-22 23:59:59"));
        REQUESTS.put("ManualPushSnaps", ManualPushRequest.builder().timeStart("2023-09-22 00:00:00")
                .timeEnd("2023-09-22 23:59:59").build());
        REQUESTS.put("TargetCountStatsCfg", Map.of("enable", 1, "autoResetMode", 1, "resetDay", 0,
                "resetTime", "23:59:59"));
        REQUESTS.put("TargetResetCount", null);
    }

    /** Answers every command the way the document's examples do (reply names included). */
    static HfMessage<?> answer(FakeCamera cam, HfMessage<Object> c) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("facesluiceId", cam.deviceId());
        info.put("result", "ok");
        String name = c.operatorName() + "-Ack";
        switch (c.operatorName()) {
            case "GetSceneSnap" -> {
                info.put("ImgType", "2");
                info.put("ImgData", "data:image/jpeg;base64,/9j/AQID");
            }
            case "GetSysTime" -> info.put("SysTime", "2020-04-02 18:59:54");
            case "GetDeviceInformation" -> {
                name = "GetDeviceInformation";
                info.put("DeviceType", "1");
            }
            case "ManualPushRecords" -> {
                name = "ManualPushSnaps-Ack";
                info.put("RecordNum", 17);
            }
            case "TargetResetCount" -> name = "TargetCountStatsCfg-Ack";
            default -> {
            }
        }
        return new HfMessage<>(name, c.messageId(), 200, info, Map.of());
    }

    @Test
    void everyCommandGetsItsTypedReply() throws Exception {
        FakeCamera cam = camera("cam-1");
        cam.answer(c -> answer(cam, c));
        List<Operator> commands = Operator.byDirection(Operator.Direction.COMMAND).stream()
                .filter(o -> !o.changesPersons() && o != Operator.QUERY_PERSON && o != Operator.SEARCH_PERSON
                             && o != Operator.SEARCH_PERSON_LIST).toList();
        assertThat(commands).hasSize(27);
        assertThat(REQUESTS.keySet()).containsExactlyInAnyOrderElementsOf(commands.stream()
                .map(Operator::wireName).toList());

        SoftAssertions soft = new SoftAssertions();
        for (Operator op : commands) {
            Exchange out = template.request("hfcamera:command?deviceId=cam-1&confirm=true&operator=" + op.wireName(),
                    e -> e.getMessage().setBody(REQUESTS.get(op.wireName())));
            soft.assertThat(out.getException()).as(op.wireName()).isNull();
            Object body = out.getMessage().getBody();
            if (op == Operator.GET_SCENE_SNAP) {
                soft.assertThat(body).as(op.wireName()).isEqualTo(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF,
                        1, 2, 3 });
                soft.assertThat(out.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("image/jpeg");
            } else {
                soft.assertThat(body).as(op.wireName()).isInstanceOf(op.replyType());
            }
            soft.assertThat(cam.received(op.wireName())).as(op.wireName()).hasSize(1);
        }
        soft.assertAll();

        // the commands every device of a topic would run are addressed to the device
        assertThat(((SceneSnapRequest) cam.received("GetSceneSnap").get(0).info()).deviceId()).isEqualTo("cam-1");
        assertThat(((ManualPushRequest) cam.received("ManualPushSnaps").get(0).info()).deviceId()).isEqualTo("cam-1");
        assertThat(((TargetResetCountRequest) cam.received("TargetResetCount").get(0).info()).deviceId())
                .isEqualTo("cam-1");
        assertThat(((SysTime) cam.received("SetSysTime").get(0).info()).sysTime()).isEqualTo("2020-04-01 17:59:54");
    }

    @Test
    void operatorFromHeaderAndRepliesOfSeveralDevices() throws Exception {
        FakeCamera c1 = camera("cam-1");
        FakeCamera c2 = camera("cam-2");
        c1.answer(c -> answer(c1, c));
        c2.answer(c -> answer(c2, c));
        @SuppressWarnings("unchecked")
        Map<String, Object> replies = template.requestBodyAndHeader("hfcamera:command?deviceId=cam-1,cam-2",
                Map.of("TimeS", "2023-09-22 00:00:00", "TimeE", "2023-09-22 23:59:59"), HfCameraConstants.OPERATOR,
                "ManualPushRecords", Map.class);
        assertThat(replies).containsOnlyKeys("cam-1", "cam-2");
        assertThat(((ManualPushReply) replies.get("cam-2")).recordNum()).isEqualTo(17);
    }

    @Test
    void unknownOperatorIsSentAsGivenAndItsReplyIsAMap() throws Exception {
        FakeCamera cam = camera("cam-1");
        cam.answer(c -> new HfMessage<>("GetFancyThing-Ack", c.messageId(), 200, Map.of("fancy", 42, "result", "ok"),
                Map.of()));
        @SuppressWarnings("unchecked")
        Map<String, Object> reply = template.requestBody("hfcamera:command?deviceId=cam-1&operator=GetFancyThing&allowUnknownOperator=true",
                "{\"level\": 3}", Map.class);
        // the firmware writes numbers as strings; a Map reply keeps them as sent
        assertThat(reply).containsEntry("fancy", "42");
        assertThat(cam.received("GetFancyThing").get(0).info()).isEqualTo(Map.of("level", 3));
    }

    @Test
    void refusedCommandsSendNothing() throws Exception {
        FakeCamera cam = camera("cam-1");
        Exchange reset = template.request("hfcamera:command?deviceId=cam-1&operator=SetFactoryDefault",
                e -> e.getMessage().setBody(Map.of("DefaultNetPar", 1)));
        assertThat(reset.getException()).hasMessageContaining("confirm=true");
        Exchange person = template.request("hfcamera:command?deviceId=cam-1&operator=EditPerson", e -> { });
        assertThat(person.getException()).hasMessageContaining("hfcamera:persons");
        Exchange event = template.request("hfcamera:command?deviceId=cam-1&operator=RecPush", e -> { });
        assertThat(event.getException()).hasMessageContaining("hfcamera:events");
        Exchange noOperator = template.request("hfcamera:command?deviceId=cam-1", e -> { });
        assertThat(noOperator.getException()).hasMessageContaining("operator");
        Exchange badBody = template.request("hfcamera:command?deviceId=cam-1&operator=UpSoundconfig",
                e -> e.getMessage().setBody("{\"Volume\": \"loud\"}"));
        assertThat(badBody.getException()).hasMessageContaining("Volume");
        Thread.sleep(200);
        assertThat(cam.received()).isEmpty();
    }

    @Test
    void deviceErrorCarriesOperatorDeviceCodeAndText() throws Exception {
        FakeCamera cam = camera("cam-1");
        cam.answer(c -> cam.reply(c, 11000, Map.of("facesluiceId", "cam-1", "result", "fail")));
        Exchange out = template.request("hfcamera:command?deviceId=cam-1&operator=GetSceneSnap", e -> { });
        assertThat(out.getException()).isInstanceOf(HfCameraDeviceException.class).satisfies(e -> {
            HfCameraDeviceException d = (HfCameraDeviceException) e;
            assertThat(d.getOperator()).isEqualTo("GetSceneSnap");
            assertThat(d.getDeviceId()).isEqualTo("cam-1");
            assertThat(d.getCode()).isEqualTo(11000);
            assertThat(d.getText()).isEqualTo("Shoot one picture fail");
        });
    }
}
