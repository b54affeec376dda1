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
package io.github.camelhfcamera.hfcamera.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry keeps the order the broker delivered in, whatever order the parallel workers reach it: a message
 * overtaken by one that arrived after it changes nothing.
 */
class DeviceRegistryTest {

    final List<String> transitions = new CopyOnWriteArrayList<>();
    final DeviceRegistry registry = new DeviceRegistry(Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"),
            ZoneOffset.UTC), (now, before) -> transitions.add(before + "->" + now.state()));

    @Test
    void theClockOffsetIsKeptThroughStateChangesAndOnlyForKnownDevices() {
        registry.online("cam-1", 1, null, null);
        registry.clockOffset("cam-1", Duration.ofMinutes(10));
        registry.clockOffset("ghost", Duration.ofMinutes(1));

        registry.seen("cam-1", 2);
        assertThat(registry.get("cam-1")).hasValueSatisfying(s -> assertThat(s.clockOffset())
                .isEqualTo(Duration.ofMinutes(10)));
        registry.offline("cam-1", 3);
        assertThat(registry.get("cam-1").orElseThrow().clockOffset()).isEqualTo(Duration.ofMinutes(10));
        assertThat(registry.get("ghost")).isEmpty();
    }

    @Test
    void aHeartbeatHandledAfterTheWillThatFollowedItDoesNotBringTheDeviceBack() {
        registry.online("cam-1", 1, "10.0.0.5", "door");
        // arrived: heartbeat (2), then the will (3); handled: the will first
        registry.offline("cam-1", 3);
        registry.seen("cam-1", 2);

        assertThat(registry.state("cam-1")).contains(DeviceState.OFFLINE);
        assertThat(transitions).containsExactly("null->ONLINE", "ONLINE->OFFLINE");
    }

    @Test
    void aWillHandledAfterTheNextOnlineDoesNotTakeTheDeviceOffline() {
        registry.online("cam-1", 1, null, null);
        // arrived: the will (5), then the device's Online after it reconnected (6); handled the other way round
        registry.online("cam-1", 6, "10.0.0.6", null);
        registry.offline("cam-1", 5);

        assertThat(registry.get("cam-1")).hasValueSatisfying(s -> {
            assertThat(s.state()).isEqualTo(DeviceState.ONLINE);
            assertThat(s.ip()).isEqualTo("10.0.0.6");
        });
        assertThat(transitions).containsExactly("null->ONLINE");
    }

    @Test
    void afterTheWillOnlyTheDevicesOnlineBringsItBack() {
        registry.online("cam-1", 1, null, null);
        registry.offline("cam-1", 2);
        // delivered after the will, sent before the loss (Artemis does this): the device is still away
        registry.seen("cam-1", 3);
        registry.seen("cam-1", 4);
        assertThat(registry.state("cam-1")).contains(DeviceState.OFFLINE);

        registry.online("cam-1", 5, null, null);
        registry.seen("cam-1", 6);
        assertThat(registry.state("cam-1")).contains(DeviceState.ONLINE);
        assertThat(transitions).containsExactly("null->ONLINE", "ONLINE->OFFLINE", "OFFLINE->ONLINE");
    }

    @Test
    void anOnlineOvertakenByTheDevicesNextHeartbeatStillBringsItBack() {
        registry.online("cam-1", 1, null, null);
        registry.offline("cam-1", 2);
        // the device is back: Online (3), then a heartbeat (4), handled the other way round
        registry.seen("cam-1", 4);
        registry.online("cam-1", 3, "10.0.0.7", null);

        assertThat(registry.state("cam-1")).contains(DeviceState.ONLINE);
        assertThat(transitions).containsExactly("null->ONLINE", "ONLINE->OFFLINE", "OFFLINE->ONLINE");
    }

    @Test
    void inOrderTheWillTakesTheDeviceOfflineAndItsReturnBringsItBack() {
        registry.online("cam-1", 1, null, null);
        registry.offline("cam-1", 2);
        registry.online("cam-1", 3, null, null);

        assertThat(registry.state("cam-1")).contains(DeviceState.ONLINE);
        assertThat(transitions).containsExactly("null->ONLINE", "ONLINE->OFFLINE", "OFFLINE->ONLINE");
    }

    @Test
    void theOrderIsPerDeviceAndALostDeviceComesBackWithItsNextMessage() {
        registry.seen("cam-1", 10);
        registry.seen("cam-2", 4);
        assertThat(registry.state("cam-2")).as("another device's later message does not matter")
                .contains(DeviceState.ONLINE);

        registry.checkHeartbeats(Duration.ofSeconds(-1), 1);
        assertThat(registry.state("cam-1")).contains(DeviceState.LOST);
        registry.seen("cam-1", 11);
        assertThat(registry.state("cam-1")).contains(DeviceState.ONLINE);
    }

    @Test
    void aFullRegistryRefusesNewDevicesButKeepsServingTheKnownOnes() {
        DeviceRegistry bounded = new DeviceRegistry(Clock.systemUTC(), (now, before) -> { }, 3);
        for (int i = 1; i <= 3; i++) {
            assertThat(bounded.online("cam-" + i, i, null, null)).isEqualTo(DeviceRegistry.Update.APPLIED);
        }
        // 10,000 made-up ids: none of them enters
        for (int i = 0; i < 10_000; i++) {
            assertThat(bounded.online("made-up-" + i, 10 + i, null, null)).isEqualTo(DeviceRegistry.Update.FULL);
        }
        assertThat(bounded.size()).isEqualTo(3);
        assertThat(bounded.accepts("made-up-1")).isFalse();
        assertThat(bounded.accepts("cam-2")).isTrue();
        assertThat(bounded.seen("cam-2", 20_000)).isEqualTo(DeviceRegistry.Update.APPLIED);
        assertThat(bounded.state("cam-2")).contains(DeviceState.ONLINE);
    }

    @Test
    void silentDevicesThatAreNotOnlineAreForgottenAndMakeRoom() {
        Instant[] now = { Instant.parse("2026-11-24T08:00:00Z") };
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        DeviceRegistry bounded = new DeviceRegistry(clock, (s, before) -> { }, 2);
        bounded.online("cam-1", 1, null, null);
        bounded.online("cam-2", 2, null, null);
        bounded.offline("cam-2", 3);
        now[0] = now[0].plus(Duration.ofHours(25));
        bounded.seen("cam-1", 4); // still talking

        assertThat(bounded.forgetSilentSince(now[0].minus(Duration.ofDays(1)))).containsExactly("cam-2");
        assertThat(bounded.state("cam-2")).isEmpty();
        assertThat(bounded.state("cam-1")).contains(DeviceState.ONLINE);
        assertThat(bounded.online("cam-3", 5, null, null)).isEqualTo(DeviceRegistry.Update.APPLIED);
    }

    @Test
    void aMessageAfterTheWillIsReportedSoThatTheDeviceCanBeAsked() {
        registry.online("cam-1", 1, null, null);
        registry.offline("cam-1", 2);
        assertThat(registry.seen("cam-1", 3)).isEqualTo(DeviceRegistry.Update.AFTER_WILL);
        assertThat(registry.state("cam-1")).contains(DeviceState.OFFLINE);
        // its answer from its own Ack topic counts as an Online
        assertThat(registry.online("cam-1", 4, null, null)).isEqualTo(DeviceRegistry.Update.APPLIED);
        assertThat(registry.state("cam-1")).contains(DeviceState.ONLINE);
    }
}
