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
package io.github.camelhfcamera.hfcamera.protocol;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeviceIdsTest {

    @ParameterizedTest
    @ValueSource(strings = { "cam-1", "1234567890abcdef", "gate_1.lobby", "门禁-1", "a", "😀cam" })
    void acceptsRealIds(String id) {
        assertThat(DeviceIds.isValid(id)).isTrue();
        assertThat(DeviceIds.check("deviceId", id)).isEqualTo(id);
    }

    @Test
    void acceptsTheLongestAllowed() {
        assertThat(DeviceIds.isValid("x".repeat(DeviceIds.MAX_LENGTH))).isTrue();
    }

    @Test
    void refusesTooLongNamingTheLimitWithoutEchoingTheValue() {
        String id = "x".repeat(70_000);
        assertThatThrownBy(() -> DeviceIds.check("deviceId", id))
                .isInstanceOf(HfValidationException.class)
                .hasMessage("deviceId: is 70000 characters long; the limit is 64")
                .extracting(e -> ((HfValidationException) e).getField()).isEqualTo("deviceId");
    }

    @ParameterizedTest
    @ValueSource(strings = { "victim/Rec", "evil/x/y", "cam-9/Ack", "a+b", "#", "cam+" })
    void refusesTopicLevelsAndWildcards(String id) {
        assertThatThrownBy(() -> DeviceIds.check("facesluiceId", id))
                .isInstanceOf(HfValidationException.class)
                .hasMessageContaining("facesluiceId: ")
                .hasMessageContaining("MQTT level separator or wildcard");
    }

    @Test
    void refusesNulAndOtherControlsAndEscapesThem() {
        assertThatThrownBy(() -> DeviceIds.check("deviceId", "n\u0000x"))
                .hasMessage("deviceId: 'n\\u0000x' contains the control character U+0000 at 1;"
                        + " control characters are not allowed in a device id");
        assertThat(DeviceIds.problem("cam\n2026-12-01 INFO forged line")).contains("U+000A");
        assertThat(DeviceIds.problem("cam\u007f")).contains("U+007F");
        assertThat(DeviceIds.problem("cam\u0085")).contains("U+0085");
    }

    @Test
    void refusesUnpairedSurrogates() {
        assertThat(DeviceIds.problem("cam\uD800")).contains("unpaired UTF-16 surrogate U+D800");
        assertThat(DeviceIds.problem("\uDC00cam")).contains("unpaired UTF-16 surrogate U+DC00");
        assertThat(DeviceIds.problem("\uD83D\uDE00")).isNull();
    }

    @Test
    void refusesEmptyAndNull() {
        assertThat(DeviceIds.problem(null)).isEqualTo("is required");
        assertThat(DeviceIds.problem("")).isEqualTo("is required");
    }

    @Test
    void printableCutsAndEscapes() {
        assertThat(DeviceIds.printable("cam-1")).isEqualTo("cam-1");
        assertThat(DeviceIds.printable("a\u0000\u00e9")).isEqualTo("a\\u0000\\u00E9");
        assertThat(DeviceIds.printable("y".repeat(3_000_000))).isEqualTo("y".repeat(40) + "...(3000000 chars)");
    }
}
