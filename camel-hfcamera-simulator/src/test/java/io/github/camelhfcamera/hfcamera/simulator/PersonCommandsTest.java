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
package io.github.camelhfcamera.hfcamera.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelhfcamera.hfcamera.protocol.Image;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.protocol.model.PersonBatchReply;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonReply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Section 4 (persons) with the appendix codes 29.1-29.8, driven by a bare MQTT client. */
class PersonCommandsTest extends SimulatorTestSupport {

    private PhotoServer photos;
    private String goodPhoto;

    @BeforeEach
    void photos() throws Exception {
        photos = new PhotoServer();
        goodPhoto = photos.serve("/good.jpg", Jpegs.jpeg(5_000, "good"));
    }

    @AfterEach
    void stopPhotos() {
        photos.close();
    }

    private static String base64Pic(byte[] jpeg) {
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg);
    }

    private static String person(String customId, String name, String picUri) {
        return "{\"customId\":\"" + customId + "\",\"name\":\"" + name + "\",\"personType\":0,\"gender\":1"
                + (picUri == null ? "" : ",\"picURI\":\"" + picUri + "\"") + "}";
    }

    /** A batch command as section 4.2.1 writes it, with the envelope flags under control. */
    private String sendBatch(String id, String operator, Object personNum, String info, boolean begin, boolean end) {
        String mid = newMessageId();
        StringBuilder b = new StringBuilder("{\"messageId\":\"").append(mid).append('"');
        if (begin) {
            b.append(",\"DataBegin\":\"BeginFlag\"");
        }
        b.append(",\"operator\":\"").append(operator).append('"');
        if (personNum != null) {
            b.append(",\"PersonNum\":").append(personNum);
        }
        if (info != null) {
            b.append(",\"info\":").append(info);
        }
        if (end) {
            b.append(",\"DataEnd\":\"EndFlag\"");
        }
        sendRaw(id, b.append('}').toString());
        return mid;
    }

    private Reply batch(String id, String operator, int personNum, String info) {
        return awaitReply(id, sendBatch(id, operator, personNum, info, true, true));
    }

    // ------------------------------------------------------------------------------------------------ EditPerson

    @Test
    void editPersonAddsWithBase64PictureAndModifiesWithoutOne() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        byte[] jpeg = Jpegs.jpeg(3_000, "lisa");
        Reply added = call("cam-1", "EditPerson", "{\"personId\":\"\",\"customId\":\"063c81e0\",\"name\":\"Lisa\","
                + "\"gender\":1,\"birthday\":\"1995-06-12\",\"address\":\"London\",\"idCard\":\"421381199504030002\","
                + "\"telnum1\":\"18888888888\",\"personType\":0,\"pic\":\"" + base64Pic(jpeg) + "\","
                + "\"validBegin\":\"2023-11-10 00:00:00\",\"validEnd\":\"2023-12-10 00:00:00\",\"effectNumber\":10}");
        assertThat(added.operator()).isEqualTo("EditPerson-Ack");
        assertThat(added.topic()).isEqualTo("mqtt/face/cam-1/Ack");
        assertThat(added.code()).isNull();
        assertThat(added.field("facesluiceId")).isEqualTo("cam-1");
        assertThat(added.field("customId")).isEqualTo("063c81e0");
        assertThat(added.field("personId")).isNotBlank();
        assertThat(added.field("result")).isEqualTo("ok");
        Person stored = cam.person("063c81e0").orElseThrow();
        assertThat(stored.name()).isEqualTo("Lisa");
        assertThat(stored.pic().bytes()).isEqualTo(jpeg);
        assertThat(stored.createTime()).isNotBlank();

        Reply modified = call("cam-1", "EditPerson", "{\"customId\":\"063c81e0\",\"name\":\"Lisa B\"}");
        assertOk(modified);
        assertThat(modified.field("personId")).isEqualTo(added.field("personId"));
        Person after = cam.person("063c81e0").orElseThrow();
        assertThat(after.name()).isEqualTo("Lisa B");
        assertThat(after.address()).isEqualTo("London");
        assertThat(after.pic().bytes()).isEqualTo(jpeg);
        assertThat(cam.persons()).hasSize(1);
    }

    @Test
    void editPersonFailuresCarryTheAppendixCodes() {
        start(simulator("cam-1").personCapacity(1));
        SimulatedCamera cam = fleet.camera("cam-1");
        assertFailure(call("cam-1", "EditPerson", null), 462, "Parameter error");
        assertFailure(call("cam-1", "EditPerson", "{\"name\":\"x\"}"), 461, "can't find customId");
        assertFailure(call("cam-1", "EditPerson", "{\"customId\":\"" + "x".repeat(48) + "\",\"name\":\"x\"}"), 461,
                null);
        assertFailure(call("cam-1", "EditPerson", "{\"customId\":\"a\",\"name\":\"x\","
                + "\"pic\":\"data:image/jpeg;base64,@@not base64@@\"}"), 463, "pic base64 data decode err");
        assertFailure(call("cam-1", "EditPerson", "{\"customId\":\"a\",\"name\":\"x\",\"pic\":\""
                + base64Pic("not a picture at all".repeat(100).getBytes()) + "\"}"), 464,
                "Get pic Person Feature err, please change a pic");
        assertFailure(call("cam-1", "EditPerson", "{\"customId\":\"a\",\"name\":\"x\"}"), 472,
                "get pic and get URI error");
        assertOk(call("cam-1", "EditPerson", person("a", "first", goodPhoto)));
        assertFailure(call("cam-1", "EditPerson", person("b", "second", goodPhoto)), 467, "Person num is full");
        // a packet over 1 MB
        String big = base64Pic(Jpegs.jpeg(800_000, "big"));
        assertFailure(call("cam-1", "EditPerson", "{\"customId\":\"c\",\"name\":\"x\",\"pic\":\"" + big + "\"}"),
                460, "Data out of range");
        assertThat(cam.persons()).extracting(Person::customId).containsExactly("a");
    }

    @Test
    void textFieldsAreCutToTheDeviceBuffers() {
        start("cam-1");
        assertOk(call("cam-1", "EditPerson", "{\"customId\":\"a\",\"name\":\"" + "n".repeat(40) + "\",\"address\":\""
                + "a".repeat(100) + "\",\"picURI\":\"" + goodPhoto + "\"}"));
        Person p = fleet.camera("cam-1").person("a").orElseThrow();
        assertThat(p.name()).hasSize(31);
        assertThat(p.address()).hasSize(71);
    }

    // ------------------------------------------------------------------------------------------------ queries

    @Test
    void queryPersonListsCustomIdsAndCountsWebPersons() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        Reply empty = call("cam-1", "QueryPerson", "{}");
        assertThat(empty.field("totalPersonNum")).isEqualTo("0");
        assertThat(empty.field("customId")).isEmpty();
        cam.addPerson(Person.of("a", "A"));
        cam.addPerson(Person.of("b", "B"));
        cam.addWebPerson("added on the web page");
        Reply r = call("cam-1", "QueryPerson", "{}");
        assertThat(r.operator()).isEqualTo("QueryPerson-Ack");
        assertThat(r.info().get("totalPersonNum").isTextual()).isTrue();
        assertThat(r.field("totalPersonNum")).isEqualTo("3");
        assertThat(r.field("queryPersonNum")).isEqualTo("2");
        assertThat(r.field("customId")).isEqualTo("a,b");
        assertThat(r.field("facesluiceId")).isEqualTo("cam-1");
        assertOk(r);
    }

    @Test
    void searchPersonReturnsThePersonWithItsPictureBesideInfo() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        byte[] face = Jpegs.jpeg(2_500, "face");
        cam.addPerson(Person.builder().customId("063c").name("Lisa").gender(1).personType(1)
                .pic(Image.ofJpeg(face)).build());
        Reply r = call("cam-1", "SearchPerson", "{\"customId\":\"063c\",\"Picture\":1}");
        assertThat(r.operator()).isEqualTo("SearchPerson-Ack");
        assertThat(r.json().get("code").asText()).isEqualTo("200");
        assertThat(r.field("name")).isEqualTo("Lisa");
        assertThat(r.info().get("gender").isTextual()).isTrue();
        assertThat(r.field("gender")).isEqualTo("1");
        assertThat(r.field("personType")).isEqualTo("1");
        assertThat(r.field("birthday")).isEqualTo("0000-00-00");
        assertThat(r.field("creatTime")).isNotBlank();
        assertThat(r.info().has("pic")).isFalse();
        assertThat(r.json().get("pic").asText()).startsWith("data:image/jpeg;base64,");
        // the codec moves the picture into the typed reply
        assertThat(r.message().info(SearchPersonReply.class).pic().bytes()).isEqualTo(face);

        Reply without = call("cam-1", "SearchPerson", "{\"customId\":\"063c\"}");
        assertThat(without.json().has("pic")).isFalse();
        assertFailure(call("cam-1", "SearchPerson", "{\"customId\":\"nobody\"}"), 464, "can't find customId's person");
        assertFailure(call("cam-1", "SearchPerson", "{\"Picture\":1}"), 463, "Parameter customId error");
        assertFailure(call("cam-1", "SearchPerson", null), 462, "Parameter error");
    }

    @Test
    void searchPersonListFiltersAndPages() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        for (int i = 0; i < 7; i++) {
            cam.addPerson(Person.builder().customId("p" + i).name(i < 2 ? "Zhang " + i : "Li " + i)
                    .personType(i % 2).gender(i < 4 ? 0 : 1).build());
        }
        Reply all = call("cam-1", "SearchPersonList", "{\"facesluiceId\":\"cam-1\",\"personType\":2,\"gender\":2,"
                + "\"BeginNO\":0,\"RequestCount\":3}");
        assertThat(all.operator()).isEqualTo("SearchPersonList-Ack");
        assertThat(all.code()).isEqualTo(200);
        assertThat(all.field("TotalPersonNum")).isEqualTo("7");
        assertThat(all.field("PersonNum")).isEqualTo("3");
        JsonNode first = all.info().get("List").get(0);
        assertThat(first.get("customId").asText()).isEqualTo("p0");
        assertThat(first.get("LibID").asText()).isNotBlank();
        assertThat(first.has("pic")).isFalse();

        Reply page3 = call("cam-1", "SearchPersonList", "{\"personType\":2,\"BeginNO\":6,\"RequestCount\":3}");
        assertThat(page3.field("PersonNum")).isEqualTo("1");
        assertThat(page3.info().get("List").get(0).get("customId").asText()).isEqualTo("p6");

        Reply blockList = call("cam-1", "SearchPersonList", "{\"personType\":1}");
        assertThat(blockList.field("TotalPersonNum")).isEqualTo("3");
        Reply byName = call("cam-1", "SearchPersonList", "{\"name\":\"Zhang\",\"gender\":0}");
        assertThat(byName.field("TotalPersonNum")).isEqualTo("2");
        Reply byTime = call("cam-1", "SearchPersonList", "{\"BeginTime\":\"2000-01-01 00:00:00\","
                + "\"EndTime\":\"2001-01-01 00:00:00\"}");
        assertFailure(byTime, 466, "can not find person");
        assertFailure(call("cam-1", "SearchPersonList", "{\"facesluiceId\":\"other\"}"), 465, "Unknow facesluiceId");
        assertFailure(call("cam-1", "SearchPersonList", null), 462, null);
    }

    @Test
    void topicWideSearchIsAnsweredByEveryCameraOnTheTopic() {
        start(simulator("cam-a", "cam-b").cloudTopic("mqtt/face/site-1"));
        fleet.camera("cam-a").addPerson(Person.of("a1", "A"));
        fleet.camera("cam-b").addPerson(Person.of("b1", "B"));
        String mid = newMessageId();
        platform.publish("mqtt/face/site-1", "{\"messageId\":\"" + mid + "\",\"operator\":\"SearchPersonList\","
                + "\"info\":{\"personType\":2}}");
        Reply a = awaitReply("cam-a", mid);
        Reply b = awaitReply("cam-b", mid);
        assertThat(a.field("facesluiceId")).isEqualTo("cam-a");
        assertThat(b.field("facesluiceId")).isEqualTo("cam-b");

        // naming one camera: only that one executes, the other stays silent
        String one = newMessageId();
        platform.publish("mqtt/face/site-1", "{\"messageId\":\"" + one + "\",\"operator\":\"SearchPersonList\","
                + "\"info\":{\"facesluiceId\":\"cam-b\",\"personType\":2}}");
        assertThat(awaitReply("cam-b", one).field("TotalPersonNum")).isEqualTo("1");
        assertThat(platform.receives(m -> m.topic().equals("mqtt/face/cam-a/Ack") && messageIdOf(m).equals(one),
                Duration.ofMillis(500))).isFalse();
    }

    // ------------------------------------------------------------------------------------------------ deletions

    @Test
    void delPersonDeletesOneAndReportsUnknownIds() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        Person p = cam.addPerson(Person.of("a", "A"));
        Reply r = call("cam-1", "DelPerson", "{\"customId\":\"a\"}");
        assertThat(r.operator()).isEqualTo("DelPerson-Ack");
        assertOk(r);
        assertThat(r.field("customId")).isEqualTo("a");
        assertThat(r.field("personId")).isEqualTo(p.personId());
        assertThat(cam.persons()).isEmpty();
        assertFailure(call("cam-1", "DelPerson", "{\"customId\":\"a\"}"), 464, "can't find customId's person");
        assertFailure(call("cam-1", "DelPerson", "{}"), 461, "can't find customId");
        assertFailure(call("cam-1", "DelPerson", null), 462, "Parameter error");
    }

    @Test
    void deleteAllPersonNeedsDeleteallOne() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        cam.addPerson(Person.of("a", "A"));
        cam.addWebPerson("web");
        assertFailure(call("cam-1", "DeleteAllPerson", "{}"), 463, "Parameter deleteall error");
        assertThat(cam.personCount()).isEqualTo(2);
        Reply r = call("cam-1", "DeleteAllPerson", "{\"deleteall\":1}");
        assertThat(r.operator()).isEqualTo("DeleteAllPerson-Ack");
        assertOk(r);
        assertThat(r.field("facesluiceId")).isEqualTo("cam-1");
        assertThat(cam.personCount()).isZero();
        assertFailure(call("cam-1", "DeleteAllPerson", null), 462, null);
    }

    @Test
    void deletePersonsReportsSuccessesAndFailures() {
        start("cam-1");
        SimulatedCamera cam = fleet.camera("cam-1");
        for (String id : List.of("a", "b", "c", "keep")) {
            cam.addPerson(Person.of(id, id));
        }
        Reply r = batch("cam-1", "DeletePersons", 5, "{\"customId\":[\"a\",\"b\",\"c\",\"x\",\"y\"]}");
        assertThat(r.operator()).isEqualTo("DeletePersons-Ack");
        assertThat(r.field("DelSucNum")).isEqualTo("3");
        assertThat(r.field("DelErrNum")).isEqualTo("2");
        assertThat(r.info().get("DelSucInfo").findValuesAsText("customId")).containsExactly("a", "b", "c");
        assertThat(r.info().get("DelErrInfo").findValuesAsText("customId")).containsExactly("x", "y");
        assertOk(r);
        assertThat(cam.persons()).extracting(Person::customId).containsExactly("keep");
    }

    @Test
    void deletePersonsEnvelopeErrors() {
        start("cam-1");
        String ids = IntStream.range(0, 201).mapToObj(i -> "\"id" + i + "\"").collect(Collectors.joining(","));
        assertFailure(batch("cam-1", "DeletePersons", 201, "{\"customId\":[" + ids + "]}"), 416,
                "PersonNum out of range");
        assertFailure(batch("cam-1", "DeletePersons", 3, "{\"customId\":[\"a\"]}"), 417,
                "json of person's data is not equal PersonNum");
        assertFailure(batch("cam-1", "DeletePersons", 1, "{}"), 418, "can not find customId");
        assertFailure(awaitReply("cam-1", sendBatch("cam-1", "DeletePersons", 1, "{\"customId\":[\"a\"]}", false,
                true)), 412, "can not find DataBegin");
        assertFailure(awaitReply("cam-1", sendBatch("cam-1", "DeletePersons", 1, "{\"customId\":[\"a\"]}", true,
                false)), 413, "can not find DataEnd");
        assertFailure(awaitReply("cam-1", sendBatch("cam-1", "DeletePersons", null, "{\"customId\":[\"a\"]}", true,
                true)), 415, "can not find PersonNum");
        assertFailure(awaitReply("cam-1", sendBatch("cam-1", "DeletePersons", 1, null, true, true)), 414,
                "Parameter error");
    }

    // ------------------------------------------------------------------------------------------------ batches

    @Test
    void addPersonsAddsAndReportsPerPersonErrcodes() {
        start(simulator("cam-1").personCapacity(3));
        SimulatedCamera cam = fleet.camera("cam-1");
        cam.addPerson(Person.of("exists", "E"));
        String sameFace = photos.serve("/same.jpg", Jpegs.jpeg(6_000, "same"));
        String info = "[" + String.join(",",
                person("p1", "One", goodPhoto),
                person("exists", "Again", goodPhoto),
                "{\"customId\":\"nopic\",\"name\":\"No pic\"}",
                person("p2", "Two", sameFace),
                "{\"customId\":\"p3\",\"name\":\"Same face\",\"isCheckSimilarity\":1,\"picURI\":\"" + sameFace + "\"}",
                person("p4", "Full", goodPhoto)) + "]";
        Reply r = batch("cam-1", "AddPersons", 6, info);
        assertThat(r.operator()).isEqualTo("AddPersons-Ack");
        assertThat(r.code()).isNull();
        assertOk(r);
        assertThat(r.field("AddSucNum")).isEqualTo("2");
        assertThat(r.field("AddErrNum")).isEqualTo("4");
        assertThat(r.info().get("AddSucInfo").findValuesAsText("customId")).containsExactly("p1", "p2");
        PersonBatchReply typed = r.message().info(PersonBatchReply.class);
        assertThat(typed.errors()).extracting(e -> e.customId() + ":" + e.errcode())
                .containsExactly("exists:461", "nopic:463", "p3:478", "p4:474");
        // errcodes travel as strings like every number
        assertThat(r.info().get("AddErrInfo").get(0).get("errcode").isTextual()).isTrue();
        assertThat(cam.persons()).extracting(Person::customId).containsExactly("exists", "p1", "p2");
        assertThat(cam.person("p1").orElseThrow().picUri()).isEqualTo(goodPhoto);
    }

    @Test
    void addPersonsEnvelopeErrors() {
        start("cam-1");
        String one = "[" + person("a", "A", goodPhoto) + "]";
        assertFailure(awaitReply("cam-1", sendBatch("cam-1", "AddPersons", 1, one, false, true)), 412,
                "can not find DataBegin");
        assertFailure(awaitReply("cam-1", sendBatch("cam-1", "AddPersons", 1, one, true, false)), 413,
                "can not find DataEnd");
        assertFailure(awaitReply("cam-1", sendBatch("cam-1", "AddPersons", null, one, true, true)), 415,
                "can not find PersonNum");
        assertFailure(awaitReply("cam-1", sendBatch("cam-1", "AddPersons", 1, null, true, true)), 418,
                "can not find info");
        assertFailure(batch("cam-1", "AddPersons", 0, "[]"), 416, "PersonNum out of range");
        assertFailure(batch("cam-1", "AddPersons", 1001, one), 416, "PersonNum out of range");
        assertFailure(batch("cam-1", "AddPersons", 2, one), 417, "json of person's data is not equal PersonNum");
        assertThat(fleet.camera("cam-1").persons()).isEmpty();
    }

    @Test
    void secondBatchWhileOneRunsIsBusy() {
        start(simulator("cam-1").batchTimePerPerson(Duration.ofMillis(60)));
        SimulatedCamera cam = fleet.camera("cam-1");
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            people.add(person("p" + i, "P" + i, goodPhoto));
        }
        long t0 = System.nanoTime();
        String first = sendBatch("cam-1", "AddPersons", 15, "[" + String.join(",", people) + "]", true, true);
        Await.until(cam::isBatchRunning, WAIT, "the batch to start");
        assertFailure(batch("cam-1", "AddPersons", 1, "[" + person("x", "X", goodPhoto) + "]"), 410,
                "AddPersons is busy");
        assertFailure(batch("cam-1", "EditPersonsNew", 1, "[" + person("x", "X", goodPhoto) + "]"), 410,
                "EditPersonsNew is busy");
        Reply single = call("cam-1", "EditPerson", person("y", "Y", goodPhoto));
        assertThat(single.code()).isEqualTo(410);
        assertThat(single.field("detail")).isEqualTo("AddPersons is busy");
        // reads are not blocked
        assertOk(call("cam-1", "QueryPerson", "{}"));

        Reply done = awaitReply("cam-1", first);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(done.field("AddSucNum")).isEqualTo("15");
        assertThat(ms).as("15 persons at 60 ms each").isGreaterThanOrEqualTo(15 * 60);
        assertThat(cam.isBatchRunning()).isFalse();
        assertOk(batch("cam-1", "AddPersons", 1, "[" + person("x", "X", goodPhoto) + "]"));
    }

    @Test
    void editPersonsNewAddsOrModifies() {
        start(simulator("cam-1").personCapacity(3));
        SimulatedCamera cam = fleet.camera("cam-1");
        cam.addPerson(Person.builder().customId("old").name("Old").telnum1("1").build());
        cam.addPerson(Person.of("other", "Other"));
        String info = "[" + String.join(",",
                "{\"customId\":\"old\",\"name\":\"modify000\",\"telnum1\":\"13700880000\"}",
                person("new1", "New", goodPhoto),
                "{\"customId\":\"new2\",\"name\":\"No picture\"}",
                "{\"name\":\"no customId\"}",
                person("new3", "Full", goodPhoto)) + "]";
        Reply r = batch("cam-1", "EditPersonsNew", 5, info);
        assertThat(r.operator()).isEqualTo("EditPersonsNew-Ack");
        assertThat(r.field("AddSucNum")).isEqualTo("2");
        assertThat(r.field("AddErrNum")).isEqualTo("3");
        assertThat(r.message().info(PersonBatchReply.class).errors())
                .extracting(e -> e.customId() + ":" + e.errcode())
                .containsExactly("new2:481", ":461", "new3:474");
        Person old = cam.person("old").orElseThrow();
        assertThat(old.name()).isEqualTo("modify000");
        assertThat(old.telnum1()).isEqualTo("13700880000");
        assertThat(cam.person("new1")).isPresent();
    }
}
