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
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.model.ManualPushReply;
import io.github.camelhfcamera.hfcamera.protocol.model.ManualPushRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.SceneSnapRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.SysTime;
import io.github.camelhfcamera.hfcamera.protocol.model.TargetResetCountRequest;
import io.github.camelhfcamera.hfcamera.session.HfCameraDeviceException;
import io.github.camelhfcamera.hfcamera.simulator.Jpegs;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import org.apache.camel.Exchange;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class HfCameraCommandProducerTest extends HfCameraTestSupport {

    static final DateTimeFormatter DEVICE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

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

    /** After these the camera restarts (section 10): the next command waits until it is back. */
    static final Set<Operator> REBOOTING = EnumSet.of(Operator.REBOOT_DEVICE, Operator.SET_FACTORY_DEFAULT,
            Operator.SET_RTSP_CFG, Operator.UPGRADE);

    /** A ManualPushRecords body for the hour around the camera's clock. */
    static Map<String, Object> lastHour(SimulatedCamera cam) {
        LocalDateTime now = cam.deviceTime();
        return Map.of("TimeS", now.minusHours(1).format(DEVICE_TIME), "TimeE", now.plusHours(1).format(DEVICE_TIME));
    }

    @Test
    void everyCommandGetsItsTypedReply() throws Exception {
        SimulatedCamera cam = camera("cam-1");
        // something to push again for ManualPushRecords and ManualPushSnaps, which fail when there is nothing
        cam.pushRecord();
        cam.pushStranger();
        Map<String, Object> bodies = new LinkedHashMap<>(REQUESTS);
        Map<String, Object> window = lastHour(cam);
        bodies.put("ManualPushRecords", window);
        // a typed body, as REQUESTS has it
        bodies.put("ManualPushSnaps", ManualPushRequest.builder().timeStart((String) window.get("TimeS"))
                .timeEnd((String) window.get("TimeE")).build());
        List<Operator> commands = Operator.byDirection(Operator.Direction.COMMAND).stream()
                .filter(o -> !o.changesPersons() && o != Operator.QUERY_PERSON && o != Operator.SEARCH_PERSON
                             && o != Operator.SEARCH_PERSON_LIST).toList();
        assertThat(commands).hasSize(27);
        assertThat(REQUESTS.keySet()).containsExactlyInAnyOrderElementsOf(commands.stream()
                .map(Operator::wireName).toList());

        SoftAssertions soft = new SoftAssertions();
        for (Operator op : commands) {
            long connects = cam.stats().connects();
            Exchange out = template.request("hfcamera:command?deviceId=cam-1&confirm=true&operator=" + op.wireName(),
                    e -> e.getMessage().setBody(bodies.get(op.wireName())));
            soft.assertThat(out.getException()).as(op.wireName()).isNull();
            Object body = out.getMessage().getBody();
            if (op == Operator.GET_SCENE_SNAP) {
                soft.assertThat(body).as(op.wireName()).isInstanceOf(byte[].class);
                soft.assertThat(body instanceof byte[] b && Jpegs.isPicture(b)).as("a JPEG scene").isTrue();
                soft.assertThat((byte[]) body).as(op.wireName()).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
                soft.assertThat(out.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("image/jpeg");
            } else {
                soft.assertThat(body).as(op.wireName()).isInstanceOf(op.replyType());
            }
            soft.assertThat(cam.receivedCommands(op.wireName())).as(op.wireName()).hasSize(1);
            if (REBOOTING.contains(op)) {
                await().atMost(WAIT).until(() -> cam.isConnected() && cam.stats().connects() > connects);
                // back once the component heard its Online (a device it knows offline is refused at once)
                await().atMost(WAIT).until(() -> component().getSession().registry().state("cam-1")
                        .orElse(null) == io.github.camelhfcamera.hfcamera.session.DeviceState.ONLINE);
            }
        }
        soft.assertAll();

        // the commands every device of a topic would run are addressed to the device
        assertThat(cam.receivedCommands("GetSceneSnap").get(0).info(SceneSnapRequest.class).deviceId())
                .isEqualTo("cam-1");
        assertThat(cam.receivedCommands("ManualPushSnaps").get(0).info(ManualPushRequest.class).deviceId())
                .isEqualTo("cam-1");
        assertThat(cam.receivedCommands("TargetResetCount").get(0).info(TargetResetCountRequest.class).deviceId())
                .isEqualTo("cam-1");
        assertThat(cam.receivedCommands("SetSysTime").get(0).info(SysTime.class).sysTime())
                .isEqualTo("2020-04-01 17:59:54");
        // and the camera came back after each of the four that restart it
        assertThat(cam.stats().connects()).isEqualTo(1 + REBOOTING.size());
    }

    @Test
    void operatorFromHeaderAndRepliesOfSeveralDevices() throws Exception {
        SimulatedFleet fleet = start(simulator("cam-1", "cam-2"));
        fleet.camera("cam-1").pushRecord();
        SimulatedCamera c2 = fleet.camera("cam-2");
        c2.pushRecord();
        c2.pushRecord();
        @SuppressWarnings("unchecked")
        Map<String, Object> replies = template.requestBodyAndHeader("hfcamera:command?deviceId=cam-1,cam-2",
                lastHour(c2), HfCameraConstants.OPERATOR, "ManualPushRecords", Map.class);
        assertThat(replies).containsOnlyKeys("cam-1", "cam-2");
        assertThat(((ManualPushReply) replies.get("cam-2")).recordNum()).isEqualTo(2);
        assertThat(((ManualPushReply) replies.get("cam-1")).recordNum()).isEqualTo(1);
        assertThat(fleet.camera("cam-1").receivedCommands("ManualPushRecords")).hasSize(1);
    }

    @Test
    void unknownOperatorIsSentAsGivenAndItsReplyIsAMap() throws Exception {
        SimulatedCamera cam = camera("cam-1");
        // an operator of a newer firmware
        cam.scriptAnswer("GetFancyThing", c -> Map.of("fancy", 42, "result", "ok"));
        @SuppressWarnings("unchecked")
        Map<String, Object> reply = template.requestBody("hfcamera:command?deviceId=cam-1&operator=GetFancyThing&allowUnknownOperator=true",
                "{\"level\": 3}", Map.class);
        // the firmware writes numbers as strings; a Map reply keeps them as sent
        assertThat(reply).containsEntry("fancy", "42");
        assertThat(cam.receivedCommands("GetFancyThing").get(0).message().info()).isEqualTo(Map.of("level", 3));
    }

    @Test
    void refusedCommandsSendNothing() throws Exception {
        SimulatedCamera cam = camera("cam-1");
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
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> commands(cam).isEmpty());
    }

    @Test
    void deviceErrorCarriesOperatorDeviceCodeAndText() throws Exception {
        SimulatedCamera cam = camera("cam-1");
        cam.failSceneSnap(true);
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
