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
package io.github.camelhfcamera.hfcamera.itest;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.model.CountReply;
import io.github.camelhfcamera.hfcamera.protocol.model.ManualPushReply;
import io.github.camelhfcamera.hfcamera.protocol.model.SysTime;
import io.github.camelhfcamera.hfcamera.protocol.model.VersionsReply;
import io.github.camelhfcamera.hfcamera.session.HfCameraDeviceException;
import io.github.camelhfcamera.hfcamera.simulator.Jpegs;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.broker.Broker;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.apache.camel.Exchange;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command of hfcamera:command against a simulated camera on an embedded Artemis. */
class CommandsE2eTest extends E2eTestSupport {

    /** A valid request for every command, from the document's examples; the ones that restart the device last. */
    static final Map<String, Object> REQUESTS = new LinkedHashMap<>();

    static {
        REQUESTS.put("GetMQTTconfig", null);
        REQUESTS.put("UpMQTTconfig", Map.of("StrangerUploadType", 0, "RecordUploadType", 1, "BehaviorUploadType", 0,
                "KeepAliveInterval", 20, "ResumefromBreakpoint", 0));
        REQUESTS.put("GetSoundconfig", null);
        REQUESTS.put("UpSoundconfig", Map.of("VerifySuccAudio", 1, "Volume", 80));
        REQUESTS.put("GetSysTime", null);
        REQUESTS.put("SetSysTime", "{\"SysTime\":\"2020-04-01 17:59:54\"}");
        REQUESTS.put("GetRTSPCfg", null);
        REQUESTS.put("GetDeviceInformation", null);
        REQUESTS.put("GetDeploymentRulesconfig", Map.of("objectType", 0));
        REQUESTS.put("SetDeploymentRulesconfig", Map.of("objectType", 0));
        REQUESTS.put("QuerySIMCardInfo", null);
        REQUESTS.put("GetLineDetectionConfig", null);
        REQUESTS.put("SetLineDetectionConfig", Map.of("enable", 1));
        REQUESTS.put("GetFieldDetectionConfig", null);
        REQUESTS.put("SetFieldDetectionConfig", Map.of("enable", 1));
        REQUESTS.put("SetAlarmReset", Map.of("EliminateTime", 3600));
        REQUESTS.put("GetSceneSnap", Map.of("ImgType", 2, "ImgQuality", 80));
        REQUESTS.put("Versions", null);
        REQUESTS.put("GetCount", Map.of("objectType", 0, "behaviourDirection", 0));
        REQUESTS.put("ManualPushRecords", Map.of("TimeS", "2000-01-01 00:00:00", "TimeE", "2099-12-31 23:59:59"));
        REQUESTS.put("ManualPushSnaps", Map.of("TimeS", "2000-01-01 00:00:00", "TimeE", "2099-12-31 23:59:59"));
        REQUESTS.put("TargetCountStatsCfg", Map.of("enable", 1, "autoResetMode", 1, "resetDay", 0,
                "resetTime", "23:59:59"));
        REQUESTS.put("TargetResetCount", null);
        // these restart the device
        REQUESTS.put("Upgrade", Map.of("name", "v2.1.0.udx", "upgradeType", 1, "path", "https://files/v2.1.0.udx"));
        REQUESTS.put("SetRTSPCfg", Map.of("OpenVerify", 0, "PackSize", 1500, "RTSPPort", 556));
        REQUESTS.put("RebootDevice", null);
        REQUESTS.put("SetFactoryDefault", Map.of("DefaultNetPar", 1, "DefaultPerson", 1));
    }

    static final List<String> RESTARTS = List.of("Upgrade", "SetRTSPCfg", "RebootDevice", "SetFactoryDefault");

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedBroker.create();
    }

    @Test
    void everyCommandGetsItsTypedReplyFromTheCamera() {
        SimulatedCamera cam = fleet(b -> b.rebootDuration(Duration.ofMillis(200)), "cam-1").camera("cam-1");
        cam.setTargetCount(0, 7);
        // records for ManualPushRecords / ManualPushSnaps to find
        cam.pushRecord();
        cam.pushStranger();
        List<String> commands = Operator.byDirection(Operator.Direction.COMMAND).stream()
                .filter(o -> !o.changesPersons() && o != Operator.QUERY_PERSON && o != Operator.SEARCH_PERSON
                             && o != Operator.SEARCH_PERSON_LIST).map(Operator::wireName).toList();
        assertThat(REQUESTS.keySet()).containsExactlyInAnyOrderElementsOf(commands).hasSize(27);

        SoftAssertions soft = new SoftAssertions();
        for (Map.Entry<String, Object> c : REQUESTS.entrySet()) {
            Operator op = Operator.of(c.getKey()).orElseThrow();
            cam.awaitConnected(WAIT);
            // sendToOfflineDevices: this test is about the replies, not the registry. The camera beats every 20 s
            // after UpMQTTconfig and reconnects after the restarts: the registry may take it for lost or offline
            // (its will before its Online) for a moment while it answers
            Exchange out = template.request("hfcamera:command?deviceId=cam-1&confirm=true&sendToOfflineDevices=true"
                                            + "&operator=" + c.getKey(),
                    e -> e.getMessage().setBody(c.getValue()));
            soft.assertThat(out.getException()).as(c.getKey()).isNull();
            Object body = out.getMessage().getBody();
            if (op == Operator.GET_SCENE_SNAP) {
                soft.assertThat(body).as(c.getKey()).isInstanceOf(byte[].class);
                soft.assertThat(body instanceof byte[] b && Jpegs.isPicture(b)).as("a JPEG").isTrue();
            } else {
                soft.assertThat(body).as(c.getKey()).isInstanceOf(op.replyType());
            }
            switch (c.getKey()) {
                case "SetSysTime" -> soft.assertThat(cam.deviceTime().toString()).startsWith("2020-04-01T17:59");
                case "UpSoundconfig" -> soft.assertThat(cam.soundConfig().volume()).isEqualTo(80);
                case "GetCount" -> soft.assertThat(((CountReply) body).num()).isEqualTo(7);
                case "Versions" -> soft.assertThat(((VersionsReply) body).name()).isEqualTo(cam.firmwareVersion());
                case "GetSysTime" -> soft.assertThat(((SysTime) body).sysTime()).isNotBlank();
                case "ManualPushRecords", "ManualPushSnaps" -> soft.assertThat(((ManualPushReply) body).recordNum())
                        .as(c.getKey()).isEqualTo(1);
                default -> {
                }
            }
            if (RESTARTS.contains(c.getKey())) {
                // the device restarts: wait until it is back before the next command
                org.awaitility.Awaitility.await().atMost(WAIT).until(cam::isConnected);
            }
        }
        soft.assertAll();
    }

    @Test
    void aCommandTheDeviceFailsCarriesTheAppendixText() {
        SimulatedCamera cam = fleet("cam-1").camera("cam-1");
        cam.failSceneSnap(true);
        Exchange out = template.request("hfcamera:command?deviceId=cam-1&operator=GetSceneSnap", e -> { });
        assertThat(out.getException()).isInstanceOf(HfCameraDeviceException.class).satisfies(e -> {
            HfCameraDeviceException d = (HfCameraDeviceException) e;
            assertThat(d.getCode()).isEqualTo(11000);
            assertThat(d.getText()).isEqualTo("Shoot one picture fail");
            assertThat(d.getOperator()).isEqualTo("GetSceneSnap");
            assertThat(d.getDeviceId()).isEqualTo("cam-1");
        });
    }
}
