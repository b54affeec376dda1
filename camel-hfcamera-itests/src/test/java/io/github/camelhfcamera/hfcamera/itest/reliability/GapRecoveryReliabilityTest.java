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
package io.github.camelhfcamera.hfcamera.itest.reliability;

import java.util.Set;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 7, fault 6: without resume mode a camera sends each record once, so what it records while away is lost to
 * the platform; with {@code gapRecovery} the component asks for it again when the camera is back.
 */
class GapRecoveryReliabilityTest extends OnArtemisSupport {

    /** A component with gap recovery (2 s margin) and a route of the recognition records to the downstream. */
    HfCameraComponent startGapRecovering(String clientId, long requestTimeoutMs) throws Exception {
        HfCameraComponent c = component(broker.brokerUrl(), clientId);
        c.getConfiguration().setGapRecovery(true);
        c.getConfiguration().setGapRecoveryMargin(2000);
        c.getConfiguration().setRequestTimeout(requestTimeoutMs);
        start(c, new RouteBuilder() {
            @Override
            public void configure() {
                from("hfcamera:events?type=recognition").process(downstream::accept);
            }
        });
        return c;
    }

    /** The 20 cameras, not in resume mode: what gap recovery is for. */
    SimulatedFleet fleetWithoutResume() {
        return fleet(broker.brokerUrl(), b -> b.resumeMode(false));
    }

    /** The camera loses its network (no DISCONNECT); returns once it is away. */
    static void loseNetwork(SimulatedCamera cam) {
        cam.loseNetwork();
        await().atMost(WAIT).until(() -> !cam.isConnected());
    }

    @Test
    void theRecordsOfACameraThatWasAwayArriveRepushedAndDeduplicated() throws Exception {
        HfCameraComponent c = startGapRecovering("platform", 5000);
        SimulatedFleet fleet = fleetWithoutResume();
        SimulatedCamera cam = fleet.camera("cam-5");

        Set<String> pushed = pushAll(fleet, round -> {
            if (round == 100) {
                loseNetwork(cam);
            } else if (round == 400) {
                cam.restoreNetwork();
            }
        });

        downstream.assertExactlyOnce(pushed);
        // 300 records were produced while cam-5 was away: none was sent live, all came re-pushed
        assertThat(cam.stats().eventsLost()).isGreaterThanOrEqualTo(299);
        assertThat(cam.stats().manualPushed()).isGreaterThanOrEqualTo(299);
        assertThat(c.getSession().stats().gapRecoveries()).isGreaterThanOrEqualTo(1);
        assertThat(c.getSession().stats().recovered()).isGreaterThanOrEqualTo(299);
    }

    @Test
    void aRecoveryTheCameraDoesNotAnswerIsAskedForAgainUntilTheRecordsArrive() throws Exception {
        HfCameraComponent c = startGapRecovering("platform-unanswered", 1000);
        SimulatedFleet fleet = fleetWithoutResume();
        SimulatedCamera cam = fleet.camera("cam-5");

        Set<String> pushed = pushAll(fleet, round -> {
            if (round == 100) {
                loseNetwork(cam);
            } else if (round == 200) {
                // back on the network, but the camera ignores commands: the first ManualPush requests time out
                cam.stopAnswering();
                cam.restoreNetwork();
                await().atMost(WAIT).until(() -> c.getSession().stats().gapRecoveries() >= 1);
            } else if (round == 300) {
                cam.resumeAnswering();
            }
        });

        // the 100 records cam-5 made while away still arrive: the unanswered window was asked for again
        downstream.assertExactlyOnce(pushed);
        assertThat(c.getSession().stats().gapRecoveries()).isGreaterThanOrEqualTo(2);
        assertThat(cam.stats().manualPushed()).isGreaterThanOrEqualTo(99);
    }

    @Test
    void theRecordsPushedWhileTheComponentWasDisconnectedArriveRepushed() throws Exception {
        HfCameraComponent c = startGapRecovering("platform-kicked", 5000);
        SimulatedFleet fleet = fleetWithoutResume();
        MqttClient thief = new MqttClient(broker.brokerUrl(), "platform-kicked", new MemoryPersistence());

        Set<String> pushed = pushAll(fleet, round -> {
            if (round == 100) {
                // another client takes the component's client id: the broker drops the component's connection while
                // the cameras stay connected and go on pushing, to nobody (QoS 0, clean start)
                try {
                    thief.connect();
                } catch (org.eclipse.paho.mqttv5.common.MqttException e) {
                    throw new IllegalStateException(e);
                }
                await().atMost(WAIT).until(() -> !c.isConnected());
            } else if (round == 110) {
                // the component reconnects by itself (and takes its client id back)
                await().atMost(WAIT).until(c::isConnected);
            }
        });
        thief.close(true);

        downstream.assertExactlyOnce(pushed);
        System.out.printf("component away: %d gap recoveries, %d records came only re-pushed%n",
                c.getSession().stats().gapRecoveries(), c.getSession().stats().recovered());
        assertThat(c.getSession().stats().reconnects()).isGreaterThanOrEqualTo(1);
        assertThat(c.getSession().stats().gapRecoveries()).as("one per camera").isGreaterThanOrEqualTo(DEVICES);
        assertThat(c.getSession().stats().recovered()).as("records that only came re-pushed").isPositive();
        assertThat(fleet.cameras()).allSatisfy(cam -> assertThat(cam.stats().eventsLost())
                .as("the cameras never knew: they were connected all along").isZero());
    }
}
