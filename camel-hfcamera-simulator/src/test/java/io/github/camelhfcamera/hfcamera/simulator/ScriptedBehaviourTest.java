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
import java.util.Map;

import io.github.camelhfcamera.hfcamera.protocol.model.QueryPersonReply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scripted behaviour a platform's tests ask for: injected error codes, scripted answers, timing on demand. */
class ScriptedBehaviourTest extends SimulatorTestSupport {

    @Test
    void failCommandsAnswersWithTheAppendixCodeTheGivenNumberOfTimesThenExecutesAgain() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        cam.failCommands("SetSysTime", 463, 2);

        for (int i = 0; i < 2; i++) {
            Reply r = call("cam-1", "SetSysTime", "{\"SysTime\":\"2020-04-01 17:59:54\"}");
            assertThat(r.operator()).isEqualTo("SetSysTime-Ack");
            assertFailure(r, 463, "Can't find SysTime");
        }
        assertOk(call("cam-1", "SetSysTime", "{\"SysTime\":\"2020-04-01 17:59:54\"}"));
        assertThat(cam.deviceTime().getYear()).isEqualTo(2020);

        cam.failCommands("GetSysTime", 463);
        for (int i = 0; i < 3; i++) {
            assertThat(call("cam-1", "GetSysTime", null).code()).isEqualTo(463);
        }
        cam.clearCommandFailures();
        assertOk(call("cam-1", "GetSysTime", null));

        assertThatThrownBy(() -> cam.failCommands("RecPush", 463)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cam.failCommands("GetSysTime", 463, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scriptAnswerRepliesWithTheScriptsInfoUnderTheDocumentsReplyOperator() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        // a firmware that lists a customId twice
        cam.scriptAnswer("QueryPerson", c -> QueryPersonReply.builder().customIdList("a,b,a").totalPersonNum(3)
                .queryPersonNum(3).result("ok").build());
        cam.scriptAnswer("GetFancyThing", c -> Map.of("fancy", 42, "level", c.message().info()));
        cam.scriptAnswer("GetSysTime", c -> null);

        Reply query = call("cam-1", "QueryPerson", null);
        assertThat(query.operator()).isEqualTo("QueryPerson-Ack");
        assertThat(query.field("customId")).isEqualTo("a,b,a");
        assertThat(query.field("totalPersonNum")).isEqualTo("3");

        Reply fancy = call("cam-1", "GetFancyThing", "{\"level\": 3}");
        assertThat(fancy.operator()).isEqualTo("GetFancyThing-Ack");
        assertThat(fancy.code()).isEqualTo(200);
        // numbers as the firmware writes them: strings
        assertThat(fancy.field("fancy")).isEqualTo("42");
        assertThat(fancy.info().get("level").get("level").asText()).isEqualTo("3");

        String silent = send("cam-1", "GetSysTime", null);
        assertThat(platform.receives(m -> isReply(m, silent), Duration.ofMillis(500))).isFalse();
        assertThat(cam.receivedCommands("GetSysTime")).hasSize(1);

        cam.clearScriptedAnswers();
        assertOk(call("cam-1", "GetSysTime", null));
        String unknown = send("cam-1", "GetFancyThing", "{}");
        assertThat(platform.receives(m -> isReply(m, unknown),
                Duration.ofMillis(500))).as("an unknown operator without a script is not answered").isFalse();
        assertThatThrownBy(() -> cam.scriptAnswer("PushAck", c -> Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean isReply(TestClient.Received m, String messageId) {
        return m.topic().equals("mqtt/face/cam-1/Ack") && messageIdOf(m).equals(messageId);
    }

    @Test
    void sentRepliesRecordEveryAnswerAfterItsCommandArrived() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        cam.answerLate(Duration.ofMillis(200));

        String mid = call("cam-1", "GetSysTime", null).message().messageId();
        cam.failCommands("SetSysTime", 463, 1);
        String failed = call("cam-1", "SetSysTime", "{\"SysTime\":\"2020-04-01 17:59:54\"}").message()
                .messageId();

        SentReply reply = cam.sentReply(mid).orElseThrow();
        assertThat(reply.operator()).isEqualTo("GetSysTime-Ack");
        assertThat(reply.code()).isNull();
        ReceivedCommand command = cam.receivedCommands("GetSysTime").get(0);
        assertThat(Duration.between(command.receivedAt(), reply.sentAt())).isGreaterThanOrEqualTo(
                Duration.ofMillis(190));
        assertThat(cam.sentReply(failed)).get().extracting(SentReply::code).isEqualTo(463);
        assertThat(cam.sentReplies()).extracting(SentReply::messageId).containsSubsequence(mid, failed);

        cam.clearReceivedCommands();
        assertThat(cam.sentReplies()).isEmpty();
    }

    @Test
    void sendHeartbeatAndResendPendingActNowRatherThanOnTheirTimers() {
        start(simulator("cam-1").heartbeatInterval(Duration.ofMinutes(5)).resumeMode(true)
                .resendInterval(Duration.ofMinutes(5)));
        SimulatedCamera cam = fleet.camera("cam-1");

        cam.sendHeartbeat();
        assertThat(awaitMessage("mqtt/face/heartbeat", "HeartBeat").topic()).isEqualTo("mqtt/face/heartbeat");
        assertThat(cam.stats().heartbeatsSent()).isEqualTo(1);

        PushedEvent e = cam.pushRecord();
        awaitMessage("mqtt/face/cam-1/Rec", "RecPush");
        assertThat(cam.resendPending()).isEqualTo(1);
        TestClient.Received again = awaitMessage("mqtt/face/cam-1/Rec", "RecPush");
        assertThat(json(again).get("info").get("RecordID").asText()).isEqualTo(Long.toString(e.id()));
        assertThat(cam.stats().recordsResent()).isEqualTo(1);
    }
}
