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
import java.util.Map;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.session.DeviceStatus;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Camera clocks: measured from the heartbeats, shown in the registry and the health check, set by clockSync. */
class ClockE2eTest extends E2eTestSupport {

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedBroker.create();
    }

    @Override
    void configure(HfCameraComponent component) {
        component.getConfiguration().setClockSync(true);
        component.getConfiguration().setMaxClockOffset(5000);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("hfcamera:events?type=status").to("mock:status");
            }
        };
    }

    DeviceStatus status(String id) {
        return hfcamera().getDevices().stream().filter(d -> d.deviceId().equals(id)).findFirst().orElse(null);
    }

    @Test
    void aCameraTenMinutesOffIsSetByClockSyncOnce() {
        SimulatedCamera cam = fleet("cam-1").camera("cam-1");
        cam.setClockOffset(Duration.ofMinutes(10));

        // its next heartbeat says it is 10 minutes ahead: the component sets its clock
        cam.awaitCommand("SetSysTime", WAIT);
        await().atMost(WAIT).until(() -> cam.clockOffset().abs().compareTo(Duration.ofSeconds(2)) < 0);
        // the heartbeats after it say the clock is right
        await().atMost(WAIT).untilAsserted(() -> assertThat(status("cam-1").clockOffset()).isNotNull()
                .isBetween(Duration.ofSeconds(-2), Duration.ofSeconds(2)));
        assertThat(cam.receivedCommands("SetSysTime")).hasSize(1);
        assertThat(hfcamera().getClockSyncs()).isEqualTo(1);
    }

    @Test
    void aClockThatCannotBeSetIsAskedOncePerIntervalAndShownInTheHealthCheck() {
        SimulatedCamera cam = fleet("cam-1").camera("cam-1");
        // a camera that refuses SetSysTime (463): the component does not ask again at every heartbeat
        cam.failCommands("SetSysTime", 463);
        cam.setClockOffset(Duration.ofMinutes(-10));

        cam.awaitCommand("SetSysTime", WAIT);
        long heartbeats = cam.stats().heartbeatsSent();
        await().atMost(WAIT).until(() -> cam.stats().heartbeatsSent() >= heartbeats + 5);
        assertThat(cam.receivedCommands("SetSysTime")).hasSize(1);
        assertThat(hfcamera().getClockSyncs()).isZero();
        assertThat(status("cam-1").clockOffset()).isBetween(Duration.ofSeconds(-602), Duration.ofSeconds(-598));

        HealthCheck check = HealthCheckRegistry.get(context).getCheck("hfcamera").orElseThrow();
        Map<String, Object> details = check.call().getDetails();
        assertThat(details).containsEntry("devices.clockOff", 1);
        assertThat((String) details.get("devices.clockOff.list")).matches("cam-1 \\(-(599|600|601) s\\)");
        assertThat((Long) details.get("devices.clockOffsetMaxMillis")).isBetween(-602_000L, -598_000L);
    }
}
