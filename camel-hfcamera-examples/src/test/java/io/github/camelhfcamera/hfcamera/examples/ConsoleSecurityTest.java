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
package io.github.camelhfcamera.hfcamera.examples;

import java.time.Duration;

import io.github.camelhfcamera.hfcamera.examples.console.ConsoleSecurity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The login's configuration: refused with the property's name and the limit, never with the value. */
class ConsoleSecurityTest {

    @Test
    void withoutAPasswordOrATokenTheApplicationDoesNotStart() {
        assertThatThrownBy(() -> new ConsoleSecurity("admin", null, null, Duration.ofHours(8)))
                .hasMessageContaining("examples.auth.password").hasMessageContaining("HFCAMERA_CONSOLE_PASSWORD")
                .hasMessageContaining("examples.auth.token");
    }

    @Test
    void aShortPasswordOrTokenIsRefusedWithTheLimitAndWithoutTheValue() {
        assertThatThrownBy(() -> new ConsoleSecurity("admin", "abc1234", null, Duration.ofHours(8)))
                .hasMessageContaining("examples.auth.password must have at least 8 characters, had 7")
                .hasMessageNotContaining("abc1234");
        assertThatThrownBy(() -> new ConsoleSecurity("admin", null, "short-token", Duration.ofHours(8)))
                .hasMessageContaining("examples.auth.token must have at least 16 characters, had 11")
                .hasMessageNotContaining("short-token");
        assertThatThrownBy(() -> new ConsoleSecurity("ad:min", "long-enough-1", null, Duration.ofHours(8)))
                .hasMessageContaining("examples.auth.user");
    }

    @Test
    void generatedPasswordsAreLongAndDiffer() {
        String a = ConsoleSecurity.generatePassword();
        String b = ConsoleSecurity.generatePassword();
        assertThat(a).hasSize(20).matches("[A-Za-z0-9]+");
        assertThat(a).isNotEqualTo(b);
    }
}
