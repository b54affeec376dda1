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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator table agrees with {@code operators.tsv} (a copy of the project's shared list of the document's 56
 * message kinds) line by line: order, name, direction, topic kind, the reply name the document shows, section.
 */
class OperatorTableTest {

    private static final Map<String, Operator.TopicKind> TOPICS = Map.of(
            "mqtt/face/{id}", Operator.TopicKind.CLOUD,
            "mqtt/face/{id}/Ack", Operator.TopicKind.ACK,
            "mqtt/face/{id}/Rec", Operator.TopicKind.REC,
            "mqtt/face/{id}/Snap", Operator.TopicKind.SNAP,
            "mqtt/face/heartbeat", Operator.TopicKind.HEARTBEAT,
            "mqtt/face/basic", Operator.TopicKind.BASIC);

    static List<String[]> rows() throws IOException {
        try (InputStream in = OperatorTableTest.class.getClassLoader().getResourceAsStream("operators.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank() && !l.startsWith("operator\t"))
                    .map(l -> l.split("\t", -1)).toList();
        }
    }

    @Test
    void theTableHasTheFiftySixOperatorsOfTheListInItsOrder() throws IOException {
        assertThat(rows()).hasSize(56);
        assertThat(Arrays.stream(Operator.values()).map(Operator::wireName).toList())
                .containsExactlyElementsOf(rows().stream().map(r -> r[0]).toList());
    }

    static List<String[]> lines() throws IOException {
        return rows();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void eachOperatorMatchesItsLine(String name, String direction, String topic, String replySeen, String section) {
        Operator op = Operator.of(name).orElseThrow();
        assertThat(op.direction()).isEqualTo(Operator.Direction.valueOf(direction.toUpperCase()));
        assertThat(op.topicKind()).isEqualTo(TOPICS.get(topic));
        assertThat(op.section()).isEqualTo(section);
        if (replySeen.equals("-")) {
            assertThat(op.replyType()).isNull();
            assertThat(op.documentReplyName()).isNull();
            assertThat(op.acceptedReplies()).isEmpty();
        } else {
            assertThat(op.replyType()).isNotNull();
            assertThat(op.documentReplyName()).isEqualTo(replySeen);
            assertThat(op.acceptsReply(replySeen)).isTrue();
            assertThat(op.acceptsReply(name + "-Ack")).isTrue();
        }
        assertThat(op.infoType()).isNotNull();
        if (op.direction() == Operator.Direction.EVENT) {
            assertThat(HfEvent.class).isAssignableFrom(op.infoType());
        } else {
            assertThat(HfCommand.class).isAssignableFrom(op.infoType());
        }
    }

    @Test
    void repliesUnderAnotherOperatorsNameAreAcceptedOnlyWhereTheDocumentShowsThem() {
        assertThat(Operator.MANUAL_PUSH_RECORDS.acceptsReply("ManualPushSnaps-Ack")).isTrue();
        assertThat(Operator.TARGET_RESET_COUNT.acceptsReply("TargetCountStatsCfg-Ack")).isTrue();
        assertThat(Operator.GET_DEVICE_INFORMATION.acceptsReply("GetDeviceInformation")).isTrue();
        assertThat(Operator.MANUAL_PUSH_SNAPS.acceptsReply("ManualPushRecords-Ack")).isFalse();
        assertThat(Operator.GET_SYS_TIME.acceptsReply("SetSysTime-Ack")).isFalse();
        assertThat(Operator.ofReplyName("ManualPushSnaps-Ack")).contains(Operator.MANUAL_PUSH_SNAPS);
    }
}
