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

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sections 7 and 9: Online until Online-Ack, HeartBeat, the Offline will, reconnection; and the fault handles. */
class CameraLifecycleTest extends SimulatorTestSupport {

    @Test
    void sendsOnlineOnConnectAndRepeatsItUntilOnlineAck() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        JsonNode online = json(awaitMessage("mqtt/face/basic", "Online"));
        assertThat(online.get("info").get("facesluiceId").asText()).isEqualTo("cam-1");
        assertThat(online.get("info").get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(online.get("info").has("ip")).isTrue();
        // not acknowledged: repeated every heartbeat interval
        awaitMessage("mqtt/face/basic", "Online");
        awaitMessage("mqtt/face/basic", "Online");
        assertThat(cam.isOnlineAcked()).isFalse();

        sendRaw("cam-1", "{\"messageId\":\"10201\",\"operator\":\"Online-Ack\",\"info\":{\"facesluiceId\":\"cam-1\","
                + "\"result\":\"ok\",\"detail\":\"\"}}");
        cam.awaitOnlineAcked(WAIT);
        long sent = cam.stats().onlineSent();
        long beats = cam.stats().heartbeatsSent();
        // three heartbeat intervals later no further Online went out
        cam.awaitStats(s -> s.heartbeatsSent() >= beats + 3, WAIT);
        assertThat(cam.stats().onlineSent()).isEqualTo(sent);
    }

    @Test
    void onlineAckNamingAnotherDeviceDoesNotStopTheRepeats() {
        start(simulator("cam-a", "cam-b").cloudTopic("mqtt/face/shared"));
        platform.publish("mqtt/face/shared", "{\"messageId\":\"1\",\"operator\":\"Online-Ack\","
                + "\"info\":{\"facesluiceId\":\"cam-a\",\"result\":\"ok\"}}");
        fleet.camera("cam-a").awaitOnlineAcked(WAIT);
        fleet.camera("cam-b").awaitStats(s -> s.commandsReceived() >= 1, WAIT);
        assertThat(fleet.camera("cam-b").isOnlineAcked()).isFalse();
    }

    @Test
    void sendsHeartbeatsEveryInterval() {
        start("cam-1");
        long t0 = System.nanoTime();
        JsonNode hb = json(awaitMessage("mqtt/face/heartbeat", "HeartBeat"));
        awaitMessage("mqtt/face/heartbeat", "HeartBeat");
        awaitMessage("mqtt/face/heartbeat", "HeartBeat");
        long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(hb.get("info").get("facesluiceId").asText()).isEqualTo("cam-1");
        assertThat(hb.get("info").get("time").asText()).isNotBlank();
        // three beats at 200 ms take at least 400 ms
        assertThat(elapsedMs).isGreaterThanOrEqualTo(400);
    }

    @Test
    void lostNetworkMakesTheBrokerPublishTheOfflineWill() {
        start("cam-1", "cam-2");
        SimulatedCamera cam = fleet.camera("cam-1");
        cam.loseNetwork();
        JsonNode offline = json(awaitMessage("mqtt/face/basic", "Offline"));
        assertThat(offline.get("info").get("facesluiceId").asText()).isEqualTo("cam-1");
        assertThat(cam.isConnected()).isFalse();
        assertThat(fleet.camera("cam-2").isConnected()).isTrue();

        // while away it neither answers nor beats
        platform.clear();
        String mid = send("cam-1", "GetSysTime", "{}");
        assertThat(platform.receives(m -> messageIdOf(m).equals(mid) && m.topic().endsWith("/Ack"),
                Duration.ofMillis(600))).isFalse();

        cam.restoreNetwork();
        JsonNode online = json(platform.await(m -> m.topic().equals("mqtt/face/basic")
                && operatorOf(m).equals("Online") && json(m).get("info").get("facesluiceId").asText().equals("cam-1"),
                WAIT));
        assertThat(online.get("operator").asText()).isEqualTo("Online");
        // the camera counts a connection once its Online is out: the platform may see the Online first
        long end = System.nanoTime() + WAIT.toNanos();
        while (cam.stats().connects() < 2 && System.nanoTime() < end) {
            Thread.onSpinWait();
        }
        assertThat(cam.stats().connects()).isEqualTo(2);
    }

    @Test
    void lossForADurationReconnectsByItself() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        cam.loseNetwork(Duration.ofMillis(300));
        awaitMessage("mqtt/face/basic", "Offline");
        cam.awaitStats(s -> s.connects() == 2, WAIT);
        assertThat(cam.isConnected()).isTrue();
    }

    @Test
    void restartDropsTheConnectionAndComesBackWithOnline() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        cam.addPerson(io.github.camelhfcamera.hfcamera.protocol.model.Person.of("p-1", "Lisa"));
        awaitMessage("mqtt/face/basic", "Online");
        cam.restart();
        awaitMessage("mqtt/face/basic", "Offline");
        awaitMessage("mqtt/face/basic", "Online");
        cam.awaitConnected(WAIT);
        assertThat(cam.persons()).extracting(p -> p.customId()).containsExactly("p-1");
    }

    @Test
    void aLossDuringARebootIsNotEndedByTheReboot() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        awaitMessage("mqtt/face/basic", "Online");
        cam.restart();
        cam.loseNetwork();
        // the reboot would have been over after 300 ms; the network is still gone
        assertThat(platform.receives(m -> operatorOf(m).equals("Online"), Duration.ofMillis(900))).isFalse();
        assertThat(cam.isConnected()).isFalse();
        cam.restoreNetwork();
        awaitMessage("mqtt/face/basic", "Online");
    }

    @Test
    void reconnectsWhenTheBrokerComesBack() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        broker.stop();
        Await.until(() -> !cam.isConnected(), WAIT, "cam-1 disconnected");
        broker.start();
        cam.awaitStats(s -> s.connects() >= 2, WAIT);
        // the platform's own connection did not survive the broker restart either
        platform.close();
        platform = new TestClient(broker.brokerUrl(), "mqtt/face/#");
        assertOk(call("cam-1", "GetSysTime", "{}"));
    }

    @Test
    void stopAnsweringRecordsCommandsWithoutReplyingUntilResumed() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        cam.stopAnswering();
        String mid = send("cam-1", "Versions", "{}");
        cam.awaitCommand(c -> mid.equals(c.messageId()), WAIT);
        assertThat(platform.receives(m -> messageIdOf(m).equals(mid) && m.topic().endsWith("/Ack"),
                Duration.ofMillis(500))).isFalse();
        assertThat(cam.stats().commandsIgnored()).isEqualTo(1);
        cam.resumeAnswering();
        assertOk(call("cam-1", "Versions", "{}"));
    }

    @Test
    void answerLateDelaysTheReply() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        cam.answerLate(Duration.ofMillis(800));
        long t0 = System.nanoTime();
        Reply r = call("cam-1", "GetSysTime", "{}");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertOk(r);
        assertThat(ms).isGreaterThanOrEqualTo(800);
        cam.answerLate(Duration.ZERO);
        t0 = System.nanoTime();
        call("cam-1", "GetSysTime", "{}");
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(800);
    }

    @Test
    void receivedCommandsAreDecodedWithTheCoreModel() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        String mid = send("cam-1", "UpSoundconfig", "{\"VerifySuccAudio\":1,\"Volume\":\"35\"}");
        ReceivedCommand c = cam.awaitCommand("UpSoundconfig", WAIT);
        assertThat(c.messageId()).isEqualTo(mid);
        assertThat(c.topic()).isEqualTo("mqtt/face/cam-1");
        assertThat(c.info(io.github.camelhfcamera.hfcamera.protocol.model.SoundConfig.class).volume()).isEqualTo(35);
        awaitReply("cam-1", mid);
        assertThat(cam.soundConfig().volume()).isEqualTo(35);
    }

    @Test
    void unknownOperatorsAndGarbageGetNoReply() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        String mid = send("cam-1", "NoSuchCommand", "{}");
        sendRaw("cam-1", "this is not json");
        cam.awaitStats(s -> s.commandsReceived() >= 2, WAIT);
        assertThat(platform.receives(m -> m.topic().endsWith("/Ack"), Duration.ofMillis(500))).isFalse();
        assertThat(cam.receivedCommands()).extracting(ReceivedCommand::messageId).contains(mid);
    }
}
