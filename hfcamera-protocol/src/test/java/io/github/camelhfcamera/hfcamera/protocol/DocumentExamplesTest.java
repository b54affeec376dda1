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

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every JSON example of the document parses into its type and is written back as equivalent JSON: the same keys and
 * the same values, a number and a string of the same number counting as equal (the firmware quotes its numbers, the
 * codec writes numbers).
 * <p>
 * Commands, platform replies and events are read by the operator they carry; a reply by the reply type of the command
 * it answers (correlated by the command, since the document answers ManualPushRecords with {@code
 * ManualPushSnaps-Ack}, TargetResetCount with {@code TargetCountStatsCfg-Ack} and GetDeviceInformation without
 * {@code -Ack}). The expected JSON is the example after these normalisations, and no other:
 * <ol>
 * <li>the spellings of one key that the document mixes ({@link #ALIASES}) count as one key: the codec reads each and
 * writes one of them;</li>
 * <li>fields the document prints beside {@code info} of an event (the {@code pic} of the kitchen event of 8.5, the
 * {@code targetPosInScene} of two kitchen events of 13, where section 13's third example has it inside) are written
 * inside {@code info};</li>
 * <li>{@code "num": ""} (GetCount-Ack) is read as an absent number and so not written;</li>
 * <li>{@code PersonNum} of a batch is written from the batch itself: the examples omit most of their 1000 or 200
 * entries, so it is the number of entries the example shows.</li>
 * </ol>
 * Placeholder images ({@code data:image/jpeg;..... (Fill in ...)}) are read and written as they are: nothing decodes an
 * image unless asked.
 */
class DocumentExamplesTest {

    /** A spelling of a key -> the one it is compared as. */
    static final Map<String, String> ALIASES = Map.of(
            "persionName", "personName",
            "facesluicId", "facesluiceId",
            "facesluiceld", "facesluiceId",
            "snapOrRecordID", "SnapOrRecordID");

    private static final Set<String> ENVELOPE = Set.of("messageId", "operator", "code", "info", "DataBegin", "PersonNum",
            "DataEnd");

    /** Fields of an example that the document lists nowhere, kept in {@link HfInfo#unknown()}. */
    private static final Map<String, List<String>> UNLISTED_FIELDS = Map.of(
            "04.2.1_AddPersons.json", List.of("info[1].nation"));

    private final HfCodec codec = new HfCodec();
    private final ObjectMapper json = new ObjectMapper();

    static List<String> examples() {
        return DocumentExamples.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void parsesIntoItsTypeAndWritesBackEquivalentJson(String name) throws Exception {
        byte[] payload = DocumentExamples.bytes(name);
        HfMessage<Object> message = read(name, payload);

        assertThat(unlistedFields(message.info())).as("fields the model does not type")
                .containsExactlyInAnyOrderElementsOf(UNLISTED_FIELDS.getOrDefault(name, List.of()));
        boolean event = DocumentExamples.operator(name).filter(o -> o.direction() == Operator.Direction.EVENT).isPresent();
        JsonNode expected = normalise(json.readTree(payload), event);
        JsonNode written = renameAliases(json.readTree(codec.encode(message)));
        assertEquivalent("", expected, written);
    }

    /** The examples of what the platform sends: commands, Online-Ack, PushAck. */
    static List<String> platformMessages() {
        return examples().stream().filter(n -> DocumentExamples.operator(n)
                .filter(o -> o.direction() != Operator.Direction.EVENT).isPresent()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("platformMessages")
    void theDocumentsOwnCommandsPassValidation(String name) {
        Operator op = DocumentExamples.operator(name).orElseThrow();
        HfMessage<Object> m = codec.decode(DocumentExamples.bytes(name));
        ((HfCommand) m.info()).validate(op);
    }

    @Test
    void everyOperatorOfTheTableHasAnExampleAndEveryCommandButDelPersonAReply() {
        Set<Operator> shown = EnumSet.noneOf(Operator.class);
        Set<Operator> answered = EnumSet.noneOf(Operator.class);
        for (String name : examples()) {
            DocumentExamples.operator(name).ifPresent(shown::add);
            DocumentExamples.answeredCommand(name).ifPresent(answered::add);
            assertThat(DocumentExamples.operator(name).isPresent() || DocumentExamples.answeredCommand(name).isPresent())
                    .as("%s names an operator of the table or a reply to one", name).isTrue();
        }
        assertThat(shown).containsExactlyInAnyOrder(Operator.values());
        Set<Operator> commands = EnumSet.copyOf(Operator.byDirection(Operator.Direction.COMMAND));
        commands.remove(Operator.DEL_PERSON); // the document shows no DelPerson-Ack
        assertThat(answered).containsExactlyInAnyOrderElementsOf(commands);
    }

    private HfMessage<Object> read(String name, byte[] payload) {
        var direct = DocumentExamples.operator(name);
        if (direct.isPresent()) {
            HfMessage<Object> m = codec.decode(payload);
            assertThat(m.operator()).contains(direct.get());
            assertThat(m.info()).isInstanceOf(direct.get().infoType());
            return m;
        }
        Operator command = DocumentExamples.answeredCommand(name).orElseThrow();
        HfMessage<Object> m = codec.decodeReply(payload, command);
        assertThat(command.acceptsReply(m.operatorName())).as("%s accepts %s", command, m.operatorName()).isTrue();
        assertThat(m.info()).isInstanceOf(command.replyType());
        return m;
    }

    private JsonNode normalise(JsonNode example, boolean event) {
        ObjectNode root = (ObjectNode) renameAliases(example);
        ObjectNode info = event && root.get("info") instanceof ObjectNode o ? o : null;
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!ENVELOPE.contains(key) && info != null && !info.has(key)) {
                info.set(key, root.get(key));
                it.remove();
            }
        }
        if (root.get("info") instanceof ObjectNode i && "".equals(i.path("num").textValue())) {
            i.remove("num");
        }
        if (root.has("PersonNum")) {
            JsonNode entries = root.get("info").isArray() ? root.get("info") : root.get("info").get("customId");
            root.put("PersonNum", entries.size());
        }
        return root;
    }

    private JsonNode renameAliases(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = json.createObjectNode();
            node.fields().forEachRemaining(e -> out.set(ALIASES.getOrDefault(e.getKey(), e.getKey()),
                    renameAliases(e.getValue())));
            return out;
        }
        if (node.isArray()) {
            var out = json.createArrayNode();
            node.forEach(n -> out.add(renameAliases(n)));
            return out;
        }
        return node;
    }

    static void assertEquivalent(String path, JsonNode expected, JsonNode actual) {
        if (expected.isObject()) {
            assertThat(actual.isObject()).as("%s is an object", path).isTrue();
            Set<String> keys = new LinkedHashSet<>();
            expected.fieldNames().forEachRemaining(keys::add);
            List<String> actualKeys = new ArrayList<>();
            actual.fieldNames().forEachRemaining(actualKeys::add);
            assertThat(actualKeys).as("keys of %s", path.isEmpty() ? "the message" : path)
                    .containsExactlyInAnyOrderElementsOf(keys);
            for (String k : keys) {
                assertEquivalent(path.isEmpty() ? k : path + "." + k, expected.get(k), actual.get(k));
            }
        } else if (expected.isArray()) {
            assertThat(actual.isArray()).as("%s is an array", path).isTrue();
            assertThat(actual.size()).as("size of %s", path).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertEquivalent(path + "[" + i + "]", expected.get(i), actual.get(i));
            }
        } else if (expected.isNumber() || actual.isNumber()) {
            assertThat(actual.isValueNode()).as("%s is a value", path).isTrue();
            try {
                assertThat(new BigDecimal(actual.asText())).as(path).isEqualByComparingTo(new BigDecimal(expected.asText()));
            } catch (NumberFormatException e) {
                fail("%s: '%s' written for '%s'", path, actual.asText(), expected.asText());
            }
        } else {
            assertThat(actual.isTextual()).as("%s is a string", path).isEqualTo(expected.isTextual());
            assertThat(actual.asText()).as(path).isEqualTo(expected.asText());
        }
    }

    /** Paths of the fields kept in {@code unknown()} anywhere in an info. */
    static List<String> unlistedFields(Object info) {
        List<String> out = new ArrayList<>();
        collect("info", info, out);
        return out;
    }

    private static void collect(String path, Object value, List<String> out) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(path + "[" + i + "]", list.get(i), out);
            }
            return;
        }
        if (!(value instanceof HfInfo info) || !value.getClass().isRecord()) {
            return;
        }
        info.unknown().keySet().forEach(k -> out.add(path + "." + k));
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            if (c.getName().equals("unknown")) {
                continue;
            }
            Object v;
            try {
                v = c.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
            boolean self = c.getAccessor().isAnnotationPresent(JsonValue.class);
            collect(self ? path : path + "." + (p == null ? c.getName() : p.value()), v, out);
        }
    }
}
