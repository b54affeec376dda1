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

import java.util.Set;
import java.util.TreeSet;

import io.github.camelhfcamera.hfcamera.protocol.ValidationLimits.Limit;
import io.github.camelhfcamera.hfcamera.protocol.model.EmptyInfo;
import io.github.camelhfcamera.hfcamera.protocol.model.SysTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.camelhfcamera.hfcamera.protocol.ValidationLimits.command;
import static io.github.camelhfcamera.hfcamera.protocol.ValidationLimits.limits;
import static io.github.camelhfcamera.hfcamera.protocol.ValidationLimits.reportedField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every limit the document states, checked on the wire: a document example of the command is changed at one field (the
 * field's path is the one the error must name), then validated once with the edge value the document still allows and
 * once with the first value it refuses. The refusal must name the field and state the limit. The table is
 * {@link ValidationLimits}, shared with the itests that send the same cases through the endpoints.
 */
class ValidationLimitsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.camelhfcamera.hfcamera.protocol.ValidationLimits#limits")
    void acceptsTheEdgeAndRefusesTheFirstValueBeyondIt(Limit limit) {
        Operator op = DocumentExamples.operator(limit.example()).orElseThrow();

        HfCommand accepted = command(limit, limit.accepted());
        assertThatCode(() -> accepted.validate(op)).as("%s accepted", limit.accepted()).doesNotThrowAnyException();

        HfCommand refused = command(limit, limit.refused());
        HfValidationException e = catchThrowableOfType(HfValidationException.class, () -> refused.validate(op));
        assertThat(e).as("%s refused", limit.refused()).isNotNull();
        assertThat(e.getField()).isEqualTo(reportedField(limit));
        assertThat(e.getMessage()).startsWith(reportedField(limit) + ": ").contains(limit.limit());
        assertThat(e.getMessage().length()).as("no image data in the message").isLessThan(300);
    }

    @Test
    void everyTypeThePlatformSendsHasItsOwnChecksAndIsExercisedAbove() throws Exception {
        Set<String> sent = new TreeSet<>();
        for (Operator op : Operator.values()) {
            if (op.direction() != Operator.Direction.EVENT && op.infoType() != EmptyInfo.class) {
                sent.add(op.infoType().getSimpleName());
                assertThat(op.infoType().getDeclaredMethod("validate").getDeclaringClass())
                        .as("%s declares validate()", op.infoType().getSimpleName()).isEqualTo(op.infoType());
            }
        }
        Set<String> tested = new TreeSet<>();
        for (Limit limit : limits()) {
            tested.add(DocumentExamples.operator(limit.example()).orElseThrow().infoType().getSimpleName());
        }
        assertThat(tested).isEqualTo(sent);
    }

    @Test
    void anInfoOfAnotherCommandIsRefusedNamingBothTypes() {
        SysTime time = SysTime.builder().sysTime("2020-04-01 17:59:54").build();
        time.validate(Operator.SET_SYS_TIME);
        HfValidationException e = catchThrowableOfType(HfValidationException.class,
                () -> time.validate(Operator.UP_SOUND_CONFIG));
        assertThat(e.getField()).isEqualTo("info");
        assertThat(e.getMessage()).isEqualTo("info: UpSoundconfig takes SoundConfig, not SysTime");
    }
}
