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
package io.github.camelhfcamera.hfcamera;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelhfcamera.hfcamera.protocol.HfCodec;
import io.github.camelhfcamera.hfcamera.protocol.HfEvent;
import io.github.camelhfcamera.hfcamera.protocol.Image;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.ValidationLimits;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.session.DeviceState;
import io.github.camelhfcamera.hfcamera.session.DeviceStatus;
import io.github.camelhfcamera.hfcamera.session.HfDeviceEvent;
import io.github.camelhfcamera.hfcamera.protocol.Images;
import io.github.camelhfcamera.hfcamera.session.PersonFailure;
import io.github.camelhfcamera.hfcamera.session.PersonSyncProgress;
import io.github.camelhfcamera.hfcamera.session.PersonSyncResult;
import io.github.camelhfcamera.hfcamera.session.PersonsResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference tables of hfcamera-component.adoc that come from the model: the Person fields with the limits the
 * component checks (from {@link ValidationLimits}, the tested table of limits), PersonsResult and PersonFailure, the
 * fields of every event and an event JSON example per group (rendered by {@link HfCameraEventJson}). A field added
 * to the model without a description here fails this test; a changed table is rewritten by running it with
 * {@code -Dhfcamera.updateDocs=true} (commit the .adoc).
 */
class ModelTablesTest {

    private static final Path ADOC = Path.of("src/main/docs/hfcamera-component.adoc");
    private static final HfCodec CODEC = new HfCodec();
    private static final Instant TIME = Instant.parse("2026-12-01T20:34:02.118Z");

    /** What a Person field means: the document's words, short. */
    private static final Map<String, String> PERSON = new LinkedHashMap<>();
    private static final Map<String, String> RESULT = new LinkedHashMap<>();
    private static final Map<String, String> SYNC = new LinkedHashMap<>();
    private static final Map<String, String> STATUS = new LinkedHashMap<>();

    static {
        PERSON.put("personId", "the device's own id of the person (set by the device; ignored when sent)");
        PERSON.put("customId", "the platform's id of the person: the key of every change and delete");
        PERSON.put("name", "the person's name");
        PERSON.put("personType", "0 white list (allowed), 1 black list");
        PERSON.put("gender", "0 male, 1 female");
        PERSON.put("idCard", "identity card number");
        PERSON.put("birthday", "YYYY-MM-DD");
        PERSON.put("telnum1", "telephone number");
        PERSON.put("address", "address");
        PERSON.put("pic", "the face photo, base64 JPEG (within 1 MB); EditPerson only");
        PERSON.put("picUri", "an http(s) URL the device downloads the face photo from");
        PERSON.put("tempValid", "0 permanent, 1 valid from validBegin to validEnd only");
        PERSON.put("validBegin", "start of validity, YYYY-MM-DD hh:mm:ss");
        PERSON.put("validEnd", "end of validity, YYYY-MM-DD hh:mm:ss");
        PERSON.put("effectNumber", "how many passes the person has; 65535 unlimited");
        PERSON.put("checkSimilarity", "1: the device checks the photo against the faces it has");
        PERSON.put("createTime", "when the device stored the person (replies only)");
        PERSON.put("libId", "the device's face library (replies only)");
        PERSON.put("unknown", "fields of newer firmware the model does not know, by wire name");

        RESULT.put("PersonsResult.deviceId", "the device");
        RESULT.put("PersonsResult.operation", "upsert, add, delete or deleteAll");
        RESULT.put("PersonsResult.succeeded", "the customIds the device confirmed, in the order sent");
        RESULT.put("PersonsResult.failed", "a `PersonFailure` per customId the device refused");
        RESULT.put("PersonsResult.commands", "how many commands were sent (batches, single EditPerson / DelPerson)");
        RESULT.put("PersonFailure.customId", "the person refused");
        RESULT.put("PersonFailure.errcode", "the device's code (appendix 29 of the document), `null` when it gave none");
        RESULT.put("PersonFailure.text", "the appendix's text for the code, or what went wrong");

        SYNC.put("PersonSyncResult.deviceId", "the device");
        SYNC.put("PersonSyncResult.dryRun", "`true` when nothing was sent (dryRun): the lists are the plan");
        SYNC.put("PersonSyncResult.added", "the customIds the device did not hold and now holds (confirmed by it)");
        SYNC.put("PersonSyncResult.updated", "the customIds it held with other content, or with content the"
                + " syncStateRepository has no record of, and now holds as given (confirmed)");
        SYNC.put("PersonSyncResult.deleted", "the customIds it held that the list does not have, deleted (confirmed)");
        SYNC.put("PersonSyncResult.unchanged", "how many persons of the list it held with the content last synced:"
                + " not sent");
        SYNC.put("PersonSyncResult.refused", "a `PersonFailure` per person the device refused to add, change or"
                + " delete (its code and the appendix's text); sent again by the next sync");
        SYNC.put("PersonSyncResult.onDevice", "how many persons with a customId the device held before the sync");
        SYNC.put("PersonSyncResult.commands", "how many person-changing commands were sent (the reads not counted)");
        SYNC.put("PersonSyncProgress.deviceId", "the device");
        SYNC.put("PersonSyncProgress.batch", "the batch just answered, from 1; 0 when the plan was just made");
        SYNC.put("PersonSyncProgress.batches", "how many batches the plan has");
        SYNC.put("PersonSyncProgress.operator", "the batch's command (DeletePersons, EditPersonsNew, EditPerson)");
        SYNC.put("PersonSyncProgress.persons", "the persons of the batch");
        SYNC.put("PersonSyncProgress.succeeded", "how many of them the device confirmed");
        SYNC.put("PersonSyncProgress.refused", "how many of them it refused");
        SYNC.put("PersonSyncProgress.done", "the changes of the plan answered so far, all batches together");
        SYNC.put("PersonSyncProgress.total", "the changes of the plan: persons to add, update and delete");
        SYNC.put("PersonSyncProgress.finished", "`true` after the last batch (at once for a dry run or nothing to"
                + " send)");

        STATUS.put("deviceId", "the device");
        STATUS.put("state", "ONLINE, LOST or OFFLINE");
        STATUS.put("since", "when the device entered that state (ISO-8601 in the event JSON)");
        STATUS.put("lastSeen", "when the component last received a message from it");
        STATUS.put("ip", "the IP address its last Online gave, if any");
        STATUS.put("name", "the device name its last Online gave, if any");
        STATUS.put("clockOffset", "how far the device's clock is ahead of the component's (negative: behind), an"
                + " ISO-8601 duration (PT-600S), from its last heartbeat, Online or real-time record; absent until it"
                + " sent one");
    }

    @Test
    void theModelTablesOfTheAdocAreTheModels() throws Exception {
        String adoc = Files.readString(ADOC, StandardCharsets.UTF_8);
        String updated = section(adoc, "persons", persons());
        updated = section(updated, "events", events());
        if (Boolean.getBoolean("hfcamera.updateDocs") && !updated.equals(adoc)) {
            Files.writeString(ADOC, updated, StandardCharsets.UTF_8);
            adoc = updated;
        }
        assertThat(adoc).as("model tables out of date: run ModelTablesTest with -Dhfcamera.updateDocs=true")
                .isEqualTo(updated);
    }

    @Test
    void everyModelFieldIsDescribed() {
        assertThat(names(Person.class)).as("Person fields without a description here").isSubsetOf(PERSON.keySet());
        List<String> result = new ArrayList<>();
        names(PersonsResult.class).forEach(n -> result.add("PersonsResult." + n));
        names(PersonFailure.class).forEach(n -> result.add("PersonFailure." + n));
        assertThat(result).isSubsetOf(RESULT.keySet());
        List<String> sync = new ArrayList<>();
        names(PersonSyncResult.class).forEach(n -> sync.add("PersonSyncResult." + n));
        names(PersonSyncProgress.class).forEach(n -> sync.add("PersonSyncProgress." + n));
        assertThat(sync).isSubsetOf(SYNC.keySet());
        assertThat(names(DeviceStatus.class)).isSubsetOf(STATUS.keySet());
    }

    private static String section(String adoc, String name, String rendered) {
        String start = "// " + name + " tables (rendered from the model by ModelTablesTest): START";
        String end = "// " + name + " tables: END";
        int s = adoc.indexOf(start);
        int e = adoc.indexOf(end);
        assertThat(s).as("the .adoc has the marker " + start).isGreaterThanOrEqualTo(0);
        assertThat(e).as("the .adoc has the marker " + end).isGreaterThan(s);
        return adoc.substring(0, s + start.length()) + rendered + adoc.substring(e);
    }

    static String persons() {
        StringBuilder b = new StringBuilder("\n");
        b.append("=== The Person fields\n\n")
                .append("A `Person` (or a Map / JSON object with these JSON names). The limits are the document's;")
                .append(" the component checks them before anything is sent and names the field and the limit when")
                .append(" one is broken.\n\n")
                .append("[cols=\"2,2,1,4,4\",options=\"header\"]\n|===\n| JSON | Java | Type | Meaning | Limits\n");
        Map<String, Set<String>> limits = new LinkedHashMap<>();
        Map<String, Set<String>> batchLimits = new LinkedHashMap<>();
        for (ValidationLimits.Limit l : ValidationLimits.limits()) {
            String field = l.field().replaceFirst("^info(\\[\\d+])?\\.", "");
            if (l.limit().contains("bytes long")) {
                // an example of the message, not a limit
                continue;
            }
            if (l.example().contains("EditPerson_")) {
                limits.computeIfAbsent(field, k -> new LinkedHashSet<>()).add(l.limit());
            } else if (l.example().contains("AddPersons") || l.example().contains("EditPersonsNew")) {
                batchLimits.computeIfAbsent(field, k -> new LinkedHashSet<>()).add(l.limit());
            }
        }
        batchLimits.forEach((field, texts) -> texts.forEach(t -> {
            if (limits.getOrDefault(field, Set.of()).stream().noneMatch(x -> x.startsWith(t))) {
                limits.computeIfAbsent(field, k -> new LinkedHashSet<>()).add("in batches: " + t);
            }
        }));
        for (RecordComponent c : Person.class.getRecordComponents()) {
            String json = jsonName(c);
            b.append("| ").append(c.getName().equals("unknown") ? "(any other)" : "`" + json + "`")
                    .append(" | `").append(c.getName()).append("` | ").append(type(c.getGenericType()))
                    .append(" | ").append(cell(PERSON.get(c.getName())))
                    .append(" | ").append(cell(String.join("; ", limits.getOrDefault(json, Set.of()))))
                    .append('\n');
        }
        b.append("|===\n\n");
        b.append("=== PersonsResult and PersonFailure\n\n")
                .append("The body after upsert, add, delete and deleteAll: one `PersonsResult` per device (a Map by")
                .append(" device id when there are several). A person the device refused does not fail the")
                .append(" exchange: it is in `failed`, with the device's code and text, whether one customId or")
                .append(" several were sent.\n\n")
                .append("[cols=\"2,1,5\",options=\"header\"]\n|===\n| Field | Type | Meaning\n");
        for (Class<?> t : List.of(PersonsResult.class, PersonFailure.class)) {
            for (RecordComponent c : t.getRecordComponents()) {
                String key = t.getSimpleName() + "." + c.getName();
                b.append("| `").append(key).append("` | ").append(type(c.getGenericType())).append(" | ")
                        .append(cell(RESULT.get(key))).append('\n');
            }
        }
        b.append("|===\n\n");
        b.append("=== PersonSyncResult and PersonSyncProgress\n\n")
                .append("The body after sync: one `PersonSyncResult` per device (a Map by device id when there are")
                .append(" several); its `toString` gives the counts only. The `CamelHfCameraSyncProgress` header holds")
                .append(" a `PersonSyncProgress` per device, updated after every batch.\n\n")
                .append("[cols=\"2,1,5\",options=\"header\"]\n|===\n| Field | Type | Meaning\n");
        for (Class<?> t : List.of(PersonSyncResult.class, PersonSyncProgress.class)) {
            for (RecordComponent c : t.getRecordComponents()) {
                String key = t.getSimpleName() + "." + c.getName();
                b.append("| `").append(key).append("` | ").append(type(c.getGenericType())).append(" | ")
                        .append(cell(SYNC.get(key))).append('\n');
            }
        }
        b.append("|===\n\n");
        return b.toString();
    }

    static String events() throws Exception {
        StringBuilder b = new StringBuilder("\n");
        b.append("=== The event fields\n\n")
                .append("The body's type per operator and its fields, by the names of the model (the event JSON's")
                .append(" `event`; the Java accessors). Image fields are the event JSON's `pictures`.\n\n")
                .append("[cols=\"2,1,2,5\",options=\"header\"]\n|===\n| Operator | Group | Body | Fields\n");
        for (Operator op : Operator.byDirection(Operator.Direction.EVENT)) {
            row(b, op.wireName(), op.group() == null ? "(none)" : op.group().name().toLowerCase(Locale.ROOT),
                    op.infoType());
        }
        row(b, HfDeviceEvent.DEVICE_ONLINE + ", " + HfDeviceEvent.DEVICE_LOST, "status", DeviceStatus.class);
        b.append("|===\n\n");
        b.append("`DeviceStatus` (the component's own events):\n\n")
                .append("[cols=\"1,1,4\",options=\"header\"]\n|===\n| Field | Type | Meaning\n");
        for (RecordComponent c : DeviceStatus.class.getRecordComponents()) {
            b.append("| `").append(c.getName()).append("` | ").append(type(c.getGenericType())).append(" | ")
                    .append(cell(STATUS.get(c.getName()))).append('\n');
        }
        b.append("|===\n\n");
        b.append("=== The event JSON\n\n")
                .append("`io.github.camelhfcamera.hfcamera.HfCameraEventJson` turns an event into JSON: the Kamelet")
                .append(" `hfcamera-events-source` sends it, the examples write it to files and Kafka, and a route")
                .append(" gets it with `.process(new HfCameraEventJson())` (the body becomes the JSON text).\n\n")
                .append("* `operator`, `deviceId`: the event's operator and device;\n")
                .append("* `group`: recognition, stranger, alarm or status (absent for an operator of no group);\n")
                .append("* `recordId`: the id a PushAck echoes (RecordID, SnapID or SnapOrRecordID), when the event")
                .append(" has one;\n")
                .append("* `time`: when the component received the event, ISO-8601 UTC (the device's own clock, when")
                .append(" it sends one, is `event.time` as the device wrote it);\n")
                .append("* `event`: the fields above by their Java names, `null` values and empty lists left out,")
                .append(" times as ISO-8601, fields the model does not know under `event.unknown`;\n")
                .append("* `pictures`: the images by field name, base64 without a `data:` prefix; absent when the")
                .append(" images were dropped (`dropImages=true`, the Kamelet's default).\n\n");
        example(b, "recognition", "RecPush", "05_RecPush_1.json", true);
        example(b, "stranger", "StrSnapPush", "06_StrSnapPush_1.json", true);
        example(b, "alarm", "FireSmokeSnapPush", "19_FireSmokeSnapPush.json", true);
        b.append(".status (DeviceLost)\n[source,json]\n----\n")
                .append(pretty(HfCameraEventJson.toJson(HfDeviceEvent.DEVICE_LOST, "cam-1", null, TIME,
                        new DeviceStatus("cam-1", DeviceState.LOST, TIME.minusSeconds(1), TIME.minusSeconds(31),
                                "192.168.1.20", null))))
                .append("\n----\n\n");
        return b.toString();
    }

    private static void example(StringBuilder b, String group, String operator, String file, boolean dropImages)
            throws Exception {
        Object info = CODEC.decode(HfCameraEventJsonTest.read(file)).info();
        Object body = dropImages ? Images.strip(info) : info;
        Long recordId = ((HfEvent) info).recordId();
        b.append('.').append(group).append(" (").append(operator).append(", the document's example, images dropped)\n")
                .append("[source,json]\n----\n")
                .append(pretty(HfCameraEventJson.toJson(operator, ((HfEvent) info).deviceId(), recordId, TIME, body)))
                .append("\n----\n\n");
    }

    private static String pretty(Object json) throws IOException {
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json);
    }

    private static void row(StringBuilder b, String operator, String group, Class<?> type) {
        List<String> fields = new ArrayList<>();
        List<String> pictures = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getType() == Image.class) {
                    pictures.add("`" + c.getName() + "`");
                } else if (!c.getName().equals("unknown")) {
                    fields.add("`" + c.getName() + "`");
                }
            }
        }
        b.append("| `").append(operator).append("` | ").append(group).append(" | `").append(type.getSimpleName())
                .append("` | ").append(String.join(", ", fields))
                .append(pictures.isEmpty() ? "" : "; pictures: " + String.join(", ", pictures)).append('\n');
    }

    private static List<String> names(Class<?> record) {
        List<String> n = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            n.add(c.getName());
        }
        return n;
    }

    private static String jsonName(RecordComponent c) {
        // Jackson's annotations reach the accessor, not the record component
        JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
        return p != null && !p.value().isEmpty() ? p.value() : c.getName();
    }

    private static String type(Type t) {
        if (t instanceof ParameterizedType p) {
            List<String> args = new ArrayList<>();
            for (Type a : p.getActualTypeArguments()) {
                args.add(type(a));
            }
            return type(p.getRawType()) + "<" + String.join(", ", args) + ">";
        }
        return t instanceof Class<?> c ? c.getSimpleName() : t.getTypeName();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|");
    }
}
