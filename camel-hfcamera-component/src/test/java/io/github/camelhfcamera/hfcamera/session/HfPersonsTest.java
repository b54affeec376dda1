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

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.github.camelhfcamera.hfcamera.protocol.HfMessage;
import io.github.camelhfcamera.hfcamera.protocol.HfValidationException;
import io.github.camelhfcamera.hfcamera.protocol.Image;
import io.github.camelhfcamera.hfcamera.protocol.model.DelPersonRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.DeletePersonsRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.protocol.model.PersonBatch;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonListReply;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonListRequest;
import io.github.camelhfcamera.hfcamera.test.FakeCamera;
import io.github.camelhfcamera.hfcamera.test.TestBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HfPersonsTest {

    @RegisterExtension
    static final TestBroker broker = new TestBroker();
    HfSession session;
    HfPersons persons;
    FakeCamera cam;

    @BeforeEach
    void start() throws Exception {
        session = new HfSession(new HfSessionConfig().brokerUrl(broker.url()).requestTimeout(Duration.ofSeconds(3))
                .batchTimeout(Duration.ofSeconds(5)).busyRetryDelay(Duration.ofMillis(100)));
        session.start();
        persons = new HfPersons(session);
        cam = new FakeCamera(broker.url(), "cam-1");
        cam.answer(HfPersonsTest::batchOk);
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
        cam.close();
    }

    static List<Person> people(int n, String prefix) {
        return IntStream.range(0, n).mapToObj(i -> Person.builder().customId(prefix + i).name("n" + i).personType(0)
                .picUri("http://photos/" + i + ".jpg").build()).toList();
    }

    /** Every person succeeds, except those whose name is "bad" (errcode 474). */
    static HfMessage<?> batchOk(HfMessage<Object> c) {
        Map<String, Object> info = new HashMap<>();
        info.put("facesluiceId", "cam-1");
        info.put("result", "ok");
        if (c.info() instanceof PersonBatch b) {
            List<Map<String, Object>> ok = new ArrayList<>();
            List<Map<String, Object>> err = new ArrayList<>();
            for (Person p : b.persons()) {
                if ("bad".equals(p.name())) {
                    err.add(Map.of("customId", p.customId(), "errcode", "474"));
                } else {
                    ok.add(Map.of("customId", p.customId()));
                }
            }
            info.put("AddSucNum", ok.size());
            info.put("AddErrNum", err.size());
            info.put("AddSucInfo", ok);
            info.put("AddErrInfo", err);
        } else if (c.info() instanceof DelPersonRequest d && d.customId().startsWith("ghost")) {
            // the ghosts are not on the device: DelPerson names the reason, as a real camera does
            info.put("result", "fail");
            return new HfMessage<>(c.operatorName() + "-Ack", c.messageId(), 464, info, Map.of());
        } else if (c.info() instanceof DeletePersonsRequest d) {
            info.put("DelSucInfo", d.customIds().stream().filter(id -> !id.startsWith("ghost"))
                    .map(id -> Map.of("customId", id)).toList());
            info.put("DelErrInfo", d.customIds().stream().filter(id -> id.startsWith("ghost"))
                    .map(id -> Map.of("customId", id)).toList());
        }
        return new HfMessage<>(c.operatorName() + "-Ack", c.messageId(), 200, info, Map.of());
    }

    @Test
    void upsertOf2500PersonsGoesAsThreeBatchesWithPerPersonErrors() throws Exception {
        List<Person> list = new ArrayList<>(people(2500, "p"));
        list.set(1234, list.get(1234).toBuilder().name("bad").build());

        PersonsResult r = persons.execute("cam-1", HfPersons.planUpsert(list)).get(10, TimeUnit.SECONDS);

        assertThat(cam.received()).extracting(HfMessage::operatorName).containsExactly("EditPersonsNew",
                "EditPersonsNew", "EditPersonsNew");
        assertThat(cam.received()).extracting(m -> ((PersonBatch) m.info()).personNum()).containsExactly(1000, 1000,
                500);
        assertThat(r.succeededCount()).isEqualTo(2499);
        assertThat(r.commands()).isEqualTo(3);
        assertThat(r.failed()).singleElement().satisfies(f -> {
            assertThat(f.customId()).isEqualTo("p1234");
            assertThat(f.errcode()).isEqualTo(474);
            assertThat(f.text()).isEqualTo("Device list is full");
        });
    }

    @Test
    void oneBatchInFlightPerDeviceAcrossOperations() throws Exception {
        cam.replyDelay(150);
        CompletableFuture<PersonsResult> a = persons.execute("cam-1", HfPersons.planAdd(people(1500, "a")));
        CompletableFuture<PersonsResult> b = persons.execute("cam-1",
                HfPersons.planDelete(List.of("a1", "a2", "a3")));
        CompletableFuture<PersonsResult> c = persons.execute("cam-1", HfPersons.planUpsert(people(2, "c")));

        CompletableFuture.allOf(a, b, c).get(10, TimeUnit.SECONDS);

        assertThat(cam.received()).extracting(HfMessage::operatorName).containsExactly("AddPersons", "AddPersons",
                "DeletePersons", "EditPersonsNew");
        List<Long> in = cam.receivedAt();
        List<Long> out = cam.repliedAt();
        for (int i = 1; i < in.size(); i++) {
            assertThat(in.get(i)).as("command %d sent after the answer to command %d", i, i - 1)
                    .isGreaterThan(out.get(i - 1));
        }
        assertThat(a.get().succeededCount()).isEqualTo(1500);
        assertThat(b.get().succeeded()).containsExactly("a1", "a2", "a3");
    }

    @Test
    void busyBatchIsSentAgainUntilTheDeviceTakesIt() throws Exception {
        AtomicInteger busy = new AtomicInteger(2);
        cam.answer(c -> busy.getAndDecrement() > 0
                ? cam.reply(c, 410, Map.of("facesluiceId", "cam-1", "result", "fail", "detail", "AddPersons is busy"))
                : batchOk(c));

        PersonsResult r = persons.execute("cam-1", HfPersons.planAdd(people(3, "b"))).get(10, TimeUnit.SECONDS);

        assertThat(r.succeeded()).containsExactly("b0", "b1", "b2");
        assertThat(cam.received("AddPersons")).hasSize(3);
    }

    @Test
    void busyUntilTheBatchTimeoutFailsWithTheDevicesError() {
        HfPersons shortBatches = new HfPersons(session, Duration.ofSeconds(2), Duration.ofMillis(600));
        cam.answer(c -> cam.reply(c, 410, Map.of("facesluiceId", "cam-1", "result", "fail")));

        assertThatThrownBy(() -> shortBatches.execute("cam-1", HfPersons.planUpsert(people(2, "x")))
                .get(10, TimeUnit.SECONDS)).cause().isInstanceOf(HfCameraDeviceException.class)
                .hasMessageContaining("410").hasMessageContaining("EditPersonsNew is busy");
        assertThat(cam.received("EditPersonsNew").size()).isGreaterThan(2);
    }

    @Test
    void singlePersonCommandsArePacedAsTheDocumentAsks() throws Exception {
        Image photo = Image.ofJpeg(new byte[] { (byte) 0xFF, (byte) 0xD8, 1, 2, 3 });
        List<Person> withPhotos = IntStream.range(0, 3).mapToObj(i -> Person.builder().customId("s" + i).name("s")
                .pic(photo).build()).toList();

        PersonsResult r = persons.execute("cam-1", HfPersons.planUpsert(withPhotos)).get(10, TimeUnit.SECONDS);
        persons.execute("cam-1", HfPersons.planUpsert(List.of(Person.builder().customId("u0").name("u")
                .picUri("http://photos/u0.jpg").build()))).get(10, TimeUnit.SECONDS);
        persons.execute("cam-1", HfPersons.planUpsert(List.of(Person.builder().customId("u1").name("u").build())))
                .get(10, TimeUnit.SECONDS);

        assertThat(r.succeeded()).containsExactly("s0", "s1", "s2");
        assertThat(cam.received()).extracting(HfMessage::operatorName).containsOnly("EditPerson").hasSize(5);
        List<Long> at = cam.receivedAt();
        for (int i = 1; i < 4; i++) {
            assertThat(Duration.ofNanos(at.get(i) - at.get(i - 1))).as("gap before EditPerson %d", i)
                    .isGreaterThanOrEqualTo(Duration.ofMillis(950));
        }
        // after an EditPerson with a picURI the next one waits 2 s
        assertThat(Duration.ofNanos(at.get(4) - at.get(3))).isGreaterThanOrEqualTo(Duration.ofMillis(1950));
    }

    @Test
    void invalidInputSendsNothing() {
        List<Person> list = new ArrayList<>(people(2000, "v"));
        list.set(1500, list.get(1500).toBuilder().name("x".repeat(40)).build());
        assertThatThrownBy(() -> HfPersons.planUpsert(list)).isInstanceOf(HfValidationException.class)
                .hasMessageContaining("body[1500].name").hasMessageContaining("31");

        List<Person> dup = new ArrayList<>(people(3, "d"));
        dup.add(dup.get(0));
        assertThatThrownBy(() -> HfPersons.planAdd(dup)).hasMessageContaining("body[3].customId")
                .hasMessageContaining("appears twice");

        Person withBase64 = Person.builder().customId("b").name("b").pic(Image.ofJpeg(new byte[] { 1 })).build();
        assertThatThrownBy(() -> HfPersons.planAdd(List.of(withBase64))).hasMessageContaining("body[0].pic")
                .hasMessageContaining("picURI");
        assertThatThrownBy(() -> HfPersons.planAdd(List.of(Person.of("n", "no photo"))))
                .hasMessageContaining("body[0].picURI").hasMessageContaining("required");
        assertThatThrownBy(() -> HfPersons.planDelete(List.of("ok", ""))).hasMessageContaining("body[1]");
        assertThatThrownBy(() -> HfPersons.planUpsert(List.of())).hasMessageContaining("no person");
        assertThat(cam.received()).isEmpty();
    }

    @Test
    void deleteSplitsIntoBatchesOf200AndListsTheIdsTheDeviceRefused() throws Exception {
        List<String> ids = new ArrayList<>(IntStream.range(0, 449).mapToObj(i -> "p" + i).toList());
        ids.add("ghost-1");

        PersonsResult r = persons.execute("cam-1", HfPersons.planDelete(ids)).get(10, TimeUnit.SECONDS);
        PersonsResult one = persons.execute("cam-1", HfPersons.planDelete(List.of("p0"))).get(10, TimeUnit.SECONDS);

        // DeletePersons names no reason for ghost-1: asked again alone (DelPerson), the device gives its code
        assertThat(cam.received()).extracting(HfMessage::operatorName).containsExactly("DeletePersons",
                "DeletePersons", "DeletePersons", "DelPerson", "DelPerson");
        assertThat(r.succeededCount()).isEqualTo(449);
        assertThat(r.failed()).singleElement().satisfies(f -> {
            assertThat(f.customId()).isEqualTo("ghost-1");
            assertThat(f.errcode()).isEqualTo(464);
            assertThat(f.text()).contains("can't find customId's person");
        });
        assertThat(one.succeeded()).containsExactly("p0");
    }

    @Test
    void singleDeleteOfAnUnknownPersonIsAPersonFailureWithTheDevicesCode() throws Exception {
        cam.answer(c -> cam.reply(c, 464, Map.of("facesluiceId", "cam-1", "result", "fail")));
        // the same result as for several ids: a re-run of a delete does not fail
        PersonsResult r = persons.execute("cam-1", HfPersons.planDelete(List.of("nobody"))).get(10, TimeUnit.SECONDS);
        assertThat(r.succeeded()).isEmpty();
        assertThat(r.failed()).singleElement().satisfies(f -> {
            assertThat(f.customId()).isEqualTo("nobody");
            assertThat(f.errcode()).isEqualTo(464);
            assertThat(f.text()).contains("can't find customId's person");
        });
    }

    @Test
    void noAnswerToABatchFailsWithATimeout() {
        HfPersons fast = new HfPersons(session, Duration.ofMillis(300), Duration.ofMillis(300));
        cam.answer(c -> null);
        assertThatThrownBy(() -> fast.execute("cam-1", HfPersons.planAdd(people(2, "t"))).get(10, TimeUnit.SECONDS))
                .cause().isInstanceOf(HfCameraTimeoutException.class).hasMessageContaining("AddPersons")
                .hasMessageContaining("cam-1");
    }

    @Test
    void listIdsRemovesDuplicatesAndSearchFetchesEveryPage() throws Exception {
        List<Map<String, Object>> all = IntStream.range(0, 25).mapToObj(i -> Map.<String, Object> of("customId",
                "s" + i, "name", "n" + i)).toList();
        cam.answer(c -> switch (c.operatorName()) {
            case "QueryPerson" -> cam.reply(c, 200, Map.of("facesluiceId", "cam-1", "customId", "a,b,a,,c,b",
                    "totalPersonNum", "6", "queryPersonNum", "6", "result", "ok"));
            case "SearchPersonList" -> {
                SearchPersonListRequest q = (SearchPersonListRequest) c.info();
                List<Map<String, Object>> page = all.subList(Math.min(all.size(), q.beginNo()),
                        Math.min(all.size(), q.beginNo() + q.requestCount()));
                yield cam.reply(c, 200, Map.of("facesluiceId", "cam-1", "TotalPersonNum", all.size(), "PersonNum",
                        page.size(), "List", page));
            }
            default -> cam.ok(c);
        });

        assertThat(persons.listIds("cam-1").get(5, TimeUnit.SECONDS)).containsExactly("a", "b", "c");
        SearchPersonListReply r = persons.search("cam-1", null, true, 10).get(5, TimeUnit.SECONDS);
        assertThat(r.persons()).hasSize(25);
        assertThat(r.totalPersonNum()).isEqualTo(25);
        List<SearchPersonListRequest> asked = cam.received("SearchPersonList").stream()
                .map(m -> (SearchPersonListRequest) m.info()).toList();
        assertThat(asked).extracting(SearchPersonListRequest::beginNo).containsExactly(0, 10, 20);
        assertThat(asked).extracting(SearchPersonListRequest::deviceId).containsOnly("cam-1");

        SearchPersonListReply onePage = persons.search("cam-1",
                SearchPersonListRequest.builder().beginNo(10).requestCount(10).build(), false, 10).get(5, TimeUnit.SECONDS);
        assertThat(onePage.persons()).extracting(Person::customId).startsWith("s10").hasSize(10);
        assertThat(Set.copyOf(cam.received("SearchPersonList").stream().map(HfMessage::messageId).toList()))
                .hasSize(4);
    }
}
