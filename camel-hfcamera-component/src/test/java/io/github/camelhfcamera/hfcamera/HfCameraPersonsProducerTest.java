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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.github.camelhfcamera.hfcamera.protocol.HfMessage;
import io.github.camelhfcamera.hfcamera.protocol.HfValidationException;
import io.github.camelhfcamera.hfcamera.protocol.model.DelPersonRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.DeleteAllPersonRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.DeletePersonsRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.protocol.model.PersonBatch;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonListReply;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonListRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonReply;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonRequest;
import io.github.camelhfcamera.hfcamera.session.HfCameraDeviceException;
import io.github.camelhfcamera.hfcamera.session.HfCameraTimeoutException;
import io.github.camelhfcamera.hfcamera.session.PersonsResult;
import io.github.camelhfcamera.hfcamera.test.FakeCamera;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HfCameraPersonsProducerTest extends HfCameraTestSupport {

    /** A camera that keeps a person list and answers the person commands from it. */
    static FakeCamera.Answer personStore(FakeCamera cam, Map<String, Person> store) {
        return c -> {
            Map<String, Object> info = new HashMap<>();
            info.put("facesluiceId", cam.deviceId());
            info.put("result", "ok");
            switch (c.operatorName()) {
                case "EditPerson" -> {
                    Person p = (Person) c.info();
                    store.put(p.customId(), p);
                    info.put("customId", p.customId());
                }
                case "AddPersons", "EditPersonsNew" -> {
                    List<Map<String, Object>> ok = new ArrayList<>();
                    for (Person p : ((PersonBatch) c.info()).persons()) {
                        store.put(p.customId(), p);
                        ok.add(Map.of("customId", p.customId()));
                    }
                    info.put("AddSucNum", ok.size());
                    info.put("AddErrNum", 0);
                    info.put("AddSucInfo", ok);
                    info.put("AddErrInfo", List.of());
                }
                case "DelPerson" -> {
                    if (store.remove(((DelPersonRequest) c.info()).customId()) == null) {
                        return cam.reply(c, 464, Map.of("facesluiceId", cam.deviceId(), "result", "fail"));
                    }
                }
                case "DeletePersons" -> {
                    List<Map<String, Object>> ok = new ArrayList<>();
                    List<Map<String, Object>> err = new ArrayList<>();
                    for (String id : ((DeletePersonsRequest) c.info()).customIds()) {
                        (store.remove(id) != null ? ok : err).add(Map.of("customId", id));
                    }
                    info.put("DelSucInfo", ok);
                    info.put("DelErrInfo", err);
                }
                case "DeleteAllPerson" -> {
                    if (((DeleteAllPersonRequest) c.info()).deleteAll() == 1) {
                        store.clear();
                    }
                }
                case "QueryPerson" -> info.put("customId", String.join(",", store.keySet()));
                case "SearchPerson" -> {
                    SearchPersonRequest q = (SearchPersonRequest) c.info();
                    Person p = store.get(q.customId());
                    if (p == null) {
                        return cam.reply(c, 464, Map.of("facesluiceId", cam.deviceId(), "result", "fail"));
                    }
                    info.put("customId", p.customId());
                    info.put("name", p.name());
                    Map<String, Object> envelope = q.picture() != null && q.picture() == 1
                            ? Map.of("pic", "data:image/jpeg;base64,/9j/AQID") : Map.of();
                    // the document sends pic beside info
                    return new HfMessage<>("SearchPerson-Ack", c.messageId(), 200, info, envelope);
                }
                case "SearchPersonList" -> {
                    SearchPersonListRequest q = (SearchPersonListRequest) c.info();
                    List<Person> all = new ArrayList<>(store.values());
                    List<Person> page = all.subList(Math.min(all.size(), q.beginNo()),
                            Math.min(all.size(), q.beginNo() + q.requestCount()));
                    info.put("TotalPersonNum", all.size());
                    info.put("PersonNum", page.size());
                    info.put("List", page.stream().map(p -> Map.of("customId", p.customId(), "name", p.name()))
                            .toList());
                }
                default -> {
                    return cam.ok(c);
                }
            }
            return new HfMessage<>(c.operatorName() + "-Ack", c.messageId(), 200, info, Map.of());
        };
    }

    static List<Person> people(int n) {
        return IntStream.range(0, n).mapToObj(i -> Person.builder().customId("p" + i).name("n" + i).personType(0)
                .picUri("http://photos/" + i + ".jpg").build()).toList();
    }

    @Test
    void upsertToTwoDevicesInParallelGivesATypedResultPerDevice() throws Exception {
        Map<String, Person> s1 = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, Person> s2 = new java.util.concurrent.ConcurrentHashMap<>();
        FakeCamera c1 = camera("cam-1");
        FakeCamera c2 = camera("cam-2");
        c1.answer(personStore(c1, s1));
        c2.answer(personStore(c2, s2));

        Exchange out = template.request("hfcamera:persons?deviceId=cam-1,cam-2", e -> e.getMessage()
                .setBody(people(2500)));

        assertThat(out.getException()).isNull();
        @SuppressWarnings("unchecked")
        Map<String, PersonsResult> results = out.getMessage().getBody(Map.class);
        assertThat(results).containsOnlyKeys("cam-1", "cam-2");
        assertThat(results.get("cam-1").succeededCount()).isEqualTo(2500);
        assertThat(results.get("cam-2").commands()).isEqualTo(3);
        assertThat(out.getMessage().getHeader(HfCameraConstants.SUCCEEDED_COUNT)).isEqualTo(5000);
        assertThat(out.getMessage().getHeader(HfCameraConstants.FAILED_COUNT)).isEqualTo(0);
        assertThat(s1).hasSize(2500);
        assertThat(s2).hasSize(2500);
    }

    @Test
    void everyPersonsOperationOnOneDevice() throws Exception {
        Map<String, Person> store = new java.util.concurrent.ConcurrentHashMap<>();
        FakeCamera cam = camera("cam-1");
        cam.answer(personStore(cam, store));
        String uri = "hfcamera:persons?deviceId=cam-1";

        // one person from JSON: EditPerson
        PersonsResult one = template.requestBody(uri, "{\"customId\":\"p-1\",\"name\":\"Lisa\",\"personType\":0}",
                PersonsResult.class);
        assertThat(one.succeeded()).containsExactly("p-1");
        assertThat(cam.received().get(0).operatorName()).isEqualTo("EditPerson");

        // add: AddPersons
        PersonsResult added = template.requestBodyAndHeader(uri, people(3), HfCameraConstants.OPERATION, "add",
                PersonsResult.class);
        assertThat(added.succeeded()).containsExactly("p0", "p1", "p2");
        assertThat(cam.received("AddPersons")).hasSize(1);

        // get with the picture (pic beside info)
        SearchPersonReply got = template.requestBody(uri + "&operation=get&withPicture=true", "p1",
                SearchPersonReply.class);
        assertThat(got.name()).isEqualTo("n1");
        assertThat(got.pic().bytes()).containsExactly(0xFF, 0xD8, 0xFF, 0x01, 0x02, 0x03);

        // listIds
        @SuppressWarnings("unchecked")
        List<String> ids = template.requestBody(uri + "&operation=listIds", null, List.class);
        assertThat(ids).containsExactlyInAnyOrder("p-1", "p0", "p1", "p2");

        // search: every page
        SearchPersonListReply found = template.requestBody(uri + "&operation=search&pageSize=2",
                Map.of("personType", 2), SearchPersonListReply.class);
        assertThat(found.persons()).extracting(Person::customId).containsExactlyInAnyOrder("p-1", "p0", "p1", "p2");
        assertThat(cam.received("SearchPersonList")).hasSize(2);

        // delete several: DeletePersons, the unknown one listed as failed
        Exchange del = template.request(uri + "&operation=delete", e -> e.getMessage().setBody(List.of("p0",
                "p1", "ghost")));
        PersonsResult deleted = del.getMessage().getBody(PersonsResult.class);
        assertThat(deleted.succeeded()).containsExactly("p0", "p1");
        assertThat(deleted.failed()).extracting(f -> f.customId()).containsExactly("ghost");
        assertThat(del.getMessage().getHeader(HfCameraConstants.FAILED_COUNT)).isEqualTo(1);

        // delete one: DelPerson
        template.requestBody(uri + "&operation=delete", "p2");
        assertThat(cam.received("DelPerson")).hasSize(1);

        // deleteAll needs confirm
        Exchange refused = template.request(uri + "&operation=deleteAll", e -> { });
        assertThat(refused.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("confirm=true");
        assertThat(cam.received("DeleteAllPerson")).isEmpty();
        template.requestBody(uri + "&operation=deleteAll&confirm=true", (Object) null);
        assertThat(store).isEmpty();
        assertThat(((DeleteAllPersonRequest) cam.received("DeleteAllPerson").get(0).info()).deleteAll()).isEqualTo(1);
    }

    @Test
    void deviceErrorAndTimeoutFailTheExchangeWithTypedExceptions() throws Exception {
        FakeCamera cam = camera("cam-1");
        cam.answer(c -> cam.reply(c, 464, Map.of("facesluiceId", "cam-1", "result", "fail")));

        Exchange failed = template.request("hfcamera:persons?deviceId=cam-1&operation=get", e -> e.getMessage()
                .setBody("nobody"));
        assertThat(failed.getException()).isInstanceOf(HfCameraDeviceException.class)
                .hasMessageContaining("SearchPerson").hasMessageContaining("can't find customId's person");

        cam.answer(c -> null);
        Exchange timedOut = template.request("hfcamera:persons?deviceId=cam-1&requestTimeout=300", e -> e.getMessage()
                .setBody(Person.of("p-1", "Lisa")));
        // Camel's timeout exception, naming the command; the session's own is its cause
        assertThat(timedOut.getException()).isInstanceOf(org.apache.camel.ExchangeTimedOutException.class)
                .hasMessageContaining("EditPerson").hasMessageContaining("cam-1").hasMessageContaining("within 300 ms")
                .hasCauseInstanceOf(HfCameraTimeoutException.class);
    }

    @Test
    void invalidBodyFailsBeforeAnythingIsSent() throws Exception {
        FakeCamera cam = camera("cam-1");
        Exchange out = template.request("hfcamera:persons?deviceId=cam-1", e -> e.getMessage().setBody(
                List.of(Person.of("p-1", "ok"), Person.of("", "no id"))));
        assertThat(out.getException()).isInstanceOf(HfValidationException.class)
                .hasMessageContaining("body[1].customId");

        Exchange noDevice = template.request("hfcamera:persons", e -> e.getMessage().setBody(Person.of("p", "p")));
        assertThat(noDevice.getException()).hasMessageContaining("deviceId");
        Thread.sleep(200);
        assertThat(cam.received()).isEmpty();
    }

    @Test
    void deviceIdHeaderOverridesTheOption() throws Exception {
        Map<String, Person> store = new java.util.concurrent.ConcurrentHashMap<>();
        FakeCamera cam = camera("cam-9");
        cam.answer(personStore(cam, store));
        PersonsResult r = template.requestBodyAndHeader("hfcamera:persons?deviceId=cam-1", Person.of("p", "p"),
                HfCameraConstants.DEVICE_ID, "cam-9", PersonsResult.class);
        assertThat(r.deviceId()).isEqualTo("cam-9");
        assertThat(store).containsKey("p");
    }
}
