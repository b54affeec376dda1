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

import java.util.ArrayList;
import java.util.List;

import io.github.camelhfcamera.hfcamera.session.SessionStats.CommandCount;
import io.github.camelhfcamera.hfcamera.session.SessionStats.CommandOutcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The counters the Camel layer shows as meters: by kind, by operator and outcome, with round-trip times. */
class SessionStatsTest {

    @Test
    void commandsAreCountedByOperatorAndOutcomeWithTheirRoundTripTimes() {
        SessionStats stats = new SessionStats();
        List<String> told = new ArrayList<>();
        stats.commandListener((op, outcome, nanos) -> told.add(op + " " + outcome + " " + nanos));

        stats.command("GetSysTime", CommandOutcome.OK, 2_000_000);
        stats.command("GetSysTime", CommandOutcome.OK, 6_000_000);
        stats.command("GetSysTime", CommandOutcome.TIMEOUT, 10_000_000_000L);
        stats.command("EditPerson", CommandOutcome.ERROR, 1_000);

        assertThat(stats.commandsByOperator()).containsExactly(
                new CommandCount("EditPerson", CommandOutcome.ERROR, 1, 1_000, 1_000),
                new CommandCount("GetSysTime", CommandOutcome.OK, 2, 8_000_000, 6_000_000),
                new CommandCount("GetSysTime", CommandOutcome.TIMEOUT, 1, 10_000_000_000L, 10_000_000_000L));
        assertThat(told).containsExactly("GetSysTime OK 2000000", "GetSysTime OK 6000000",
                "GetSysTime TIMEOUT 10000000000", "EditPerson ERROR 1000");

        stats.commandListener(null);
        stats.command("GetSysTime", CommandOutcome.FAILED, 5);
        assertThat(told).hasSize(4);
    }

    @Test
    void badInputIsCountedInAllAndByKind() {
        SessionStats stats = new SessionStats();
        stats.countBadInput(HfBadInput.Kind.INVALID);
        stats.countBadInput(HfBadInput.Kind.INVALID);
        stats.countBadInput(HfBadInput.Kind.NOT_ALLOWED);

        assertThat(stats.badInput()).isEqualTo(3);
        assertThat(stats.badInput(HfBadInput.Kind.INVALID)).isEqualTo(2);
        assertThat(stats.badInput(HfBadInput.Kind.OVERSIZED)).isZero();
        assertThat(stats.badInput(HfBadInput.Kind.NOT_ALLOWED)).isEqualTo(1);
    }

    @Test
    void theRegistryIsCountedInOnePassWithoutACopy() {
        DeviceRegistry registry = new DeviceRegistry(java.time.Clock.systemUTC(), (s, before) -> { });
        registry.online("cam-1", 1, null, null);
        registry.online("cam-2", 2, null, null);
        registry.offline("cam-2", 3);

        List<String> seen = new ArrayList<>();
        registry.forEach(d -> seen.add(d.deviceId() + "=" + d.state()));
        assertThat(seen).containsExactlyInAnyOrder("cam-1=ONLINE", "cam-2=OFFLINE");
        assertThat(registry.size()).isEqualTo(2);
    }
}
