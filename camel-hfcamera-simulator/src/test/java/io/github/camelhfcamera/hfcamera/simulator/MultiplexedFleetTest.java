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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One MQTT connection playing hundreds of device ids. */
class MultiplexedFleetTest extends SimulatorTestSupport {

    @Test
    void oneConnectionPlaysThreeHundredDevices() {
        start(simulator().devices(300, "mux-").multiplexed().heartbeatInterval(Duration.ofSeconds(2)));
        assertThat(fleet.size()).isEqualTo(300);
        assertThat(fleet.connectionCount()).isEqualTo(1);
        assertThat(fleet.isMultiplexed()).isTrue();

        // every device announced itself
        Set<String> online = new HashSet<>();
        while (online.size() < 300) {
            TestClient.Received m = awaitMessage("mqtt/face/basic", "Online");
            online.add(json(m).get("info").get("facesluiceId").asText());
        }
        assertThat(online).contains("mux-1", "mux-150", "mux-300");

        for (String id : List.of("mux-1", "mux-77", "mux-300")) {
            Reply r = call(id, "Versions", "{}");
            assertThat(r.topic()).isEqualTo("mqtt/face/" + id + "/Ack");
            assertThat(r.field("facesluiceId")).isEqualTo(id);
        }
        // ids it does not play get no answer, and mqtt/face/basic and /heartbeat (matched by mqtt/face/+) are no
        // devices either
        String mid = send("mux-301", "Versions", "{}");
        assertThat(platform.receives(m -> messageIdOf(m).equals(mid) && m.topic().endsWith("/Ack"),
                Duration.ofMillis(400))).isFalse();
        assertThat(fleet.stats().commandsReceived()).isEqualTo(3);

        fleet.camera("mux-42").pushRecord();
        awaitMessage("mqtt/face/mux-42/Rec", "RecPush");
        fleet.awaitStats(s -> s.heartbeatsSent() >= 300, WAIT);
    }

    @Test
    void devicesAreSplitOverConnections() {
        start(simulator().devices(250, "d").multiplexed(100));
        assertThat(fleet.connectionCount()).isEqualTo(3);
        assertOk(call("d250", "GetSysTime", "{}"));
        assertOk(call("d101", "GetSysTime", "{}"));
    }

    @Test
    void aLostDeviceIsAnnouncedOfflineAndComesBack() {
        start(simulator("m-1", "m-2", "m-3").multiplexed());
        SimulatedCamera cam = fleet.camera("m-2");
        cam.loseNetwork();
        assertThat(json(awaitMessage("mqtt/face/basic", "Offline")).get("info").get("facesluiceId").asText())
                .isEqualTo("m-2");
        String mid = send("m-2", "GetSysTime", "{}");
        assertThat(platform.receives(m -> messageIdOf(m).equals(mid) && m.topic().endsWith("/Ack"),
                Duration.ofMillis(400))).isFalse();
        assertOk(call("m-1", "GetSysTime", "{}"));
        cam.restoreNetwork();
        cam.awaitStats(s -> s.connects() == 2, WAIT);
        assertOk(call("m-2", "GetSysTime", "{}"));
    }

    @Test
    void sharedCloudTopicReachesEveryDevice() {
        start(simulator("s-1", "s-2").multiplexed().cloudTopic("mqtt/face/lobby"));
        String mid = newMessageId();
        platform.publish("mqtt/face/lobby", "{\"messageId\":\"" + mid + "\",\"operator\":\"GetSceneSnap\","
                + "\"info\":{\"ImgType\":2}}");
        assertThat(awaitReply("s-1", mid).field("result")).isEqualTo("ok");
        assertThat(awaitReply("s-2", mid).field("result")).isEqualTo("ok");
    }
}
