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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command of the operator table gets the reply the document shows: its reply operator (the document's name,
 * which the core's table knows), the same messageId, result "ok", and an info the core decodes into the command's
 * reply type.
 */
class AllCommandsTest extends SimulatorTestSupport {

    /** A valid info for each command, in an order where the rebooting ones come last. */
    private static Map<String, String> commands(String photoUrl) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("EditPerson", "{\"customId\":\"e1\",\"name\":\"E\",\"picURI\":\"" + photoUrl + "\"}");
        c.put("AddPersons", "[{\"customId\":\"a1\",\"name\":\"A\",\"picURI\":\"" + photoUrl + "\"}]");
        c.put("EditPersonsNew", "[{\"customId\":\"a1\",\"name\":\"A2\"}]");
        c.put("QueryPerson", "{}");
        c.put("SearchPerson", "{\"customId\":\"e1\",\"Picture\":1}");
        c.put("SearchPersonList", "{\"personType\":2}");
        c.put("DelPerson", "{\"customId\":\"e1\"}");
        c.put("DeletePersons", "{\"customId\":[\"a1\"]}");
        c.put("DeleteAllPerson", "{\"deleteall\":1}");
        c.put("GetMQTTconfig", "{}");
        c.put("UpMQTTconfig", "{\"StrangerUploadType\":0,\"RecordUploadType\":1}");
        c.put("GetSoundconfig", "{}");
        c.put("UpSoundconfig", "{\"VerifySuccAudio\":1,\"Volume\":80}");
        c.put("GetSysTime", "{}");
        c.put("SetSysTime", "{\"SysTime\":\"2030-01-01 10:00:00\"}");
        c.put("GetRTSPCfg", "{}");
        c.put("GetDeviceInformation", "{}");
        c.put("GetDeploymentRulesconfig", "{\"objectType\":1}");
        c.put("SetDeploymentRulesconfig", "{\"objectType\":1,\"algConf\":{\"scale\":10000,\"minDetectWidth\":300}}");
        c.put("QuerySIMCardInfo", "{}");
        c.put("GetLineDetectionConfig", "{}");
        c.put("SetLineDetectionConfig", "{\"enable\":1}");
        c.put("GetFieldDetectionConfig", "{}");
        c.put("SetFieldDetectionConfig", "{\"enable\":1}");
        c.put("SetAlarmReset", "{\"EliminateTime\":10}");
        c.put("GetSceneSnap", "{\"ImgType\":2,\"ImgQuality\":60}");
        c.put("Versions", "{}");
        c.put("GetCount", "{\"objectType\":0,\"behaviourDirection\":0}");
        c.put("ManualPushRecords", "{\"TimeS\":\"2000-01-01 00:00:00\",\"TimeE\":\"2100-01-01 00:00:00\"}");
        c.put("ManualPushSnaps", "{\"TimeS\":\"2000-01-01 00:00:00\",\"TimeE\":\"2100-01-01 00:00:00\"}");
        c.put("TargetCountStatsCfg", "{\"enable\":1,\"autoResetMode\":1,\"resetDay\":0,\"resetTime\":\"23:59:59\"}");
        c.put("TargetResetCount", "{}");
        c.put("Upgrade", "{\"name\":\"v2.udx\",\"path\":\"http://h/v2.udx\"}");
        c.put("RebootDevice", "{}");
        c.put("SetRTSPCfg", "{\"OpenVerify\":1,\"PackSize\":1400,\"RTSPPort\":8554}");
        c.put("SetFactoryDefault", "{\"DefaultNetPar\":0}");
        return c;
    }

    @Test
    void answersAll36Commands() throws Exception {
        try (PhotoServer photos = new PhotoServer()) {
            String photo = photos.serve("/p.jpg", Jpegs.jpeg(3_000, "p"));
            start("cam-1");
            SimulatedCamera cam = fleet.camera("cam-1");
            cam.pushRecord();
            cam.pushStranger();
            cam.addPerson(Person.of("e0", "Existing"));
            Map<String, String> commands = commands(photo);
            List<Operator> table = Operator.byDirection(Operator.Direction.COMMAND);
            assertThat(table).hasSize(36);
            assertThat(commands.keySet()).containsExactlyInAnyOrderElementsOf(
                    table.stream().map(Operator::wireName).toList());

            List<String> answered = new ArrayList<>();
            for (Map.Entry<String, String> e : commands.entrySet()) {
                Operator op = op(e.getKey());
                cam.awaitConnected(WAIT);
                long connects = cam.stats().connects();
                String mid;
                if (op.isBatch()) {
                    mid = newMessageId();
                    int n = 1;
                    sendRaw("cam-1", "{\"messageId\":\"" + mid + "\",\"DataBegin\":\"BeginFlag\",\"operator\":\""
                            + op.wireName() + "\",\"PersonNum\":" + n + ",\"info\":" + e.getValue()
                            + ",\"DataEnd\":\"EndFlag\"}");
                } else {
                    mid = send("cam-1", op.wireName(), e.getValue());
                }
                Reply r = awaitReply("cam-1", mid);
                assertThat(r.operator()).as(op.wireName()).isEqualTo(op.documentReplyName());
                assertThat(op.acceptsReply(r.operator())).isTrue();
                assertThat(r.json().get("messageId").asText()).isEqualTo(mid);
                if (r.code() != null) {
                    assertThat(r.code()).as(op.wireName()).isEqualTo(200);
                }
                if (r.info().has("result")) {
                    assertThat(r.field("result")).as(op.wireName() + " " + r.json()).isEqualTo("ok");
                }
                assertThat(r.info().has("ok")).as(op.wireName() + " has no field the firmware does not send")
                        .isFalse();
                // correlated by messageId, the reply reads as the command's reply type
                Object typed = CODEC.decodeReply(r.json().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        op).info();
                assertThat(typed).as(op.wireName()).isInstanceOf(op.replyType());
                answered.add(op.wireName());
                if (op == Operator.UPGRADE || op == Operator.REBOOT_DEVICE || op == Operator.SET_RTSP_CFG
                        || op == Operator.SET_FACTORY_DEFAULT) {
                    // these reboot the camera: it comes back with a new connection
                    cam.awaitStats(s -> s.connects() > connects, WAIT);
                }
            }
            assertThat(answered).hasSize(36);
        }
    }
}
