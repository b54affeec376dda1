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

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.protocol.model.SysTime;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/** Issue 7, security: nobody outside allowedDevices gets in, and nothing is sent to them. */
class SecurityReliabilityTest extends OnArtemisSupport {

    @Test
    void devicesOutsideAllowedDevicesAreDroppedCountedAndNeverCommanded() throws Exception {
        HfCameraComponent c = component(broker.brokerUrl(), "platform");
        c.getConfiguration().setAllowedDevices("cam-1,cam-2");
        CamelContext ctx = start(c, new RouteBuilder() {
            @Override
            public void configure() {
                from("hfcamera:events?type=recognition").process(downstream::accept);
            }
        });
        SimulatedFleet allowed = cameras("cam-1", "cam-2");
        allowed.awaitOnlineAcked(WAIT);
        SimulatedFleet intruders = cameras("intruder-1", "intruder-2");

        var mine = allowed.camera("cam-1").pushRecord();
        intruders.camera("intruder-1").pushRecord();
        intruders.camera("intruder-2").pushStranger();

        downstream.assertExactlyOnce(java.util.Set.of("cam-1/" + mine.id()));
        // Online, heartbeats and the two records of the intruders: all dropped and counted, never acknowledged
        await().atMost(WAIT).until(() -> c.getSession().stats().badInput() >= 4);
        assertThat(intruders.camera("intruder-1").isOnlineAcked()).isFalse();
        assertThat(c.getDevices()).extracting(d -> d.deviceId()).doesNotContain("intruder-1", "intruder-2");

        ProducerTemplate t = ctx.createProducerTemplate();
        Throwable refused = catchThrowable(() -> t.requestBody(
                "hfcamera:command?deviceId=intruder-1&operator=GetSysTime", (Object) null));
        assertThat(refused).hasStackTraceContaining("deviceId: 'intruder-1' is not in allowedDevices");
        assertThat(intruders.camera("intruder-1").receivedCommands()).isEmpty();
        assertThat(t.requestBody("hfcamera:command?deviceId=cam-2&operator=GetSysTime", (Object) null))
                .isInstanceOf(SysTime.class);
    }

    SimulatedFleet cameras(String... ids) {
        SimulatedFleet f = io.github.camelhfcamera.hfcamera.simulator.CameraSimulator.builder()
                .brokerUrl(broker.brokerUrl()).deviceIds(ids).heartbeatInterval(HEARTBEAT)
                .picBytes(600).sceneBytes(1_000).start();
        fleets.add(f);
        f.awaitConnected(WAIT);
        return f;
    }
}
