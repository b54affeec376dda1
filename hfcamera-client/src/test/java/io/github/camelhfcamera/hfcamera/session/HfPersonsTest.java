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
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.github.camelhfcamera.hfcamera.protocol.HfValidationException;
import io.github.camelhfcamera.hfcamera.protocol.Image;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.protocol.model.PersonBatch;
import io.github.camelhfcamera.hfcamera.protocol.model.QueryPersonReply;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonListReply;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonListRequest;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.Jpegs;
import io.github.camelhfcamera.hfcamera.simulator.ReceivedCommand;
import io.github.camelhfcamera.hfcamera.simulator.SentReply;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.test.EmbeddedBrokerExtension;
import io.github.camelhfcamera.hfcamera.test.PhotoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HfPersonsTest {

    @RegisterExtension
    static final EmbeddedBrokerExtension broker = new EmbeddedBrokerExtension();
    /** The camera downloads every picURI: a real JPEG at any path. */
    static final PhotoServer photos = new PhotoServer(2_000);
    static final Image PHOTO = Image.ofJpeg(Jpegs.jpeg(2_000, "face"));
    HfSession session;
    HfPersons persons;
    SimulatedFleet fleet;
    SimulatedCamera cam;

    @BeforeEach
    void start() throws Exception {
        session = new HfSession(new HfSessionConfig().brokerUrl(broker.url()).requestTimeout(Duration.ofSeconds(3))
                // the camera downloads every picURI: room for a thousand downloads on a busy build machine
                .batchTimeout(Duration.ofSeconds(20)).busyRetryDelay(Duration.ofMillis(100)));
        session.start();
        persons = new HfPersons(session);
        fleet = CameraSimulator.builder().brokerUrl(broker.url()).deviceIds("cam-1").fastBatches().start();
        cam = fleet.camera("cam-1");
        cam.awaitOnlineAcked(Duration.ofSeconds(10));
        // from here on it receives only what the tests send
        cam.clearReceivedCommands();
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
        fleet.close();
    }

    @AfterAll
    static void stopPhotos() {
        photos.close();
    }

    static List<Person> people(int n, String prefix) {
        return IntStream.range(0, n).mapToObj(i -> Person.builder().customId(prefix + i).name("n" + i).personType(0)
                .picUri(photos.url("/" + prefix + i + ".jpg")).build()).toList();
    }

    /** The commands the camera received (not the platform's acknowledgements). */
    List<ReceivedCommand> commands() {
        return cam.receivedCommands().stream()
                .filter(c -> !Set.of("Online-Ack", "PushAck").contains(c.operator())).toList();
    }

    List<ReceivedCommand> commands(String operator) {
        return cam.receivedCommands(operator);
    }

    @Test
    void upsertOf2500PersonsGoesAsThreeBatchesWithPerPersonErrors() throws Exception {
        // room for all but one: the last gets the firmware's list-full errcode
        cam.setPersonCapacity(2499);

        PersonsResult r = persons.execute("cam-1", HfPersons.planUpsert(people(2500, "p"))).get(30, TimeUnit.SECONDS);

        assertThat(commands()).extracting(ReceivedCommand::operator).containsExactly("EditPersonsNew",
                "EditPersonsNew", "EditPersonsNew");
        assertThat(commands()).extracting(c -> c.info(PersonBatch.class).personNum()).containsExactly(1000, 1000,
                500);
        assertThat(r.succeededCount()).isEqualTo(2499);
        assertThat(r.commands()).isEqualTo(3);
        assertThat(r.failed()).singleElement().satisfies(f -> {
            assertThat(f.customId()).isEqualTo("p2499");
            assertThat(f.errcode()).isEqualTo(474);
            assertThat(f.text()).isEqualTo("Device list is full");
        });
        assertThat(cam.personCount()).isEqualTo(2499);
    }

    @Test
    void oneBatchInFlightPerDeviceAcrossOperations() throws Exception {
        cam.answerLate(Duration.ofMillis(150));
        CompletableFuture<PersonsResult> a = persons.execute("cam-1", HfPersons.planAdd(people(1500, "a")));
        CompletableFuture<PersonsResult> b = persons.execute("cam-1",
                HfPersons.planDelete(List.of("a1", "a2", "a3")));
        CompletableFuture<PersonsResult> c = persons.execute("cam-1", HfPersons.planUpsert(people(2, "c")));

        CompletableFuture.allOf(a, b, c).get(30, TimeUnit.SECONDS);

        List<ReceivedCommand> in = commands();
        assertThat(in).extracting(ReceivedCommand::operator).containsExactly("AddPersons", "AddPersons",
                "DeletePersons", "EditPersonsNew");
        for (int i = 1; i < in.size(); i++) {
            SentReply answer = cam.sentReply(in.get(i - 1).messageId()).orElseThrow();
            assertThat(in.get(i).receivedAt()).as("command %d sent after the answer to command %d", i, i - 1)
                    .isAfter(answer.sentAt());
        }
        assertThat(cam.sentReplies()).extracting(SentReply::code).as("never busy").doesNotContain(410);
        assertThat(a.get().succeededCount()).isEqualTo(1500);
        assertThat(b.get().succeeded()).containsExactly("a1", "a2", "a3");
        assertThat(cam.personCount()).isEqualTo(1500 - 3 + 2);
    }

    @Test
    void busyBatchIsSentAgainUntilTheDeviceTakesIt() throws Exception {
        cam.failCommands("AddPersons", 410, 2);

        PersonsResult r = persons.execute("cam-1", HfPersons.planAdd(people(3, "b"))).get(10, TimeUnit.SECONDS);

        assertThat(r.succeeded()).containsExactly("b0", "b1", "b2");
        assertThat(commands("AddPersons")).hasSize(3);
        assertThat(cam.persons()).extracting(Person::customId).containsExactly("b0", "b1", "b2");
    }

    @Test
    void busyUntilTheBatchTimeoutFailsWithTheDevicesError() {
        HfPersons shortBatches = new HfPersons(session, Duration.ofSeconds(2), Duration.ofMillis(600));
        cam.failCommands("EditPersonsNew", 410);

        assertThatThrownBy(() -> shortBatches.execute("cam-1", HfPersons.planUpsert(people(2, "x")))
                .get(10, TimeUnit.SECONDS)).cause().isInstanceOf(HfCameraDeviceException.class)
                .hasMessageContaining("410").hasMessageContaining("EditPersonsNew is busy");
        assertThat(commands("EditPersonsNew").size()).isGreaterThan(2);
    }

    @Test
    void singlePersonCommandsArePacedAsTheDocumentAsks() throws Exception {
        List<Person> withPhotos = IntStream.range(0, 3).mapToObj(i -> Person.builder().customId("s" + i).name("s")
                .pic(PHOTO).build()).toList();
        // u1 is on the camera already: an EditPerson without a photo updates it
        cam.addPerson(Person.builder().customId("u1").name("old").build());

        PersonsResult r = persons.execute("cam-1", HfPersons.planUpsert(withPhotos)).get(10, TimeUnit.SECONDS);
        persons.execute("cam-1", HfPersons.planUpsert(List.of(Person.builder().customId("u0").name("u")
                .picUri(photos.url("/u0.jpg")).build()))).get(10, TimeUnit.SECONDS);
        PersonsResult u1 = persons.execute("cam-1", HfPersons.planUpsert(List.of(Person.builder().customId("u1")
                .name("u").build()))).get(10, TimeUnit.SECONDS);

        assertThat(r.succeeded()).containsExactly("s0", "s1", "s2");
        assertThat(u1.succeeded()).containsExactly("u1");
        assertThat(cam.person("u1")).get().extracting(Person::name).isEqualTo("u");
        List<ReceivedCommand> in = commands();
        assertThat(in).extracting(ReceivedCommand::operator).containsOnly("EditPerson").hasSize(5);
        for (int i = 1; i < 4; i++) {
            assertThat(Duration.between(in.get(i - 1).receivedAt(), in.get(i).receivedAt()))
                    .as("gap before EditPerson %d", i).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        }
        // after an EditPerson with a picURI the next one waits 2 s
        assertThat(Duration.between(in.get(3).receivedAt(), in.get(4).receivedAt()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(1950));
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
        assertThat(commands()).isEmpty();
    }

    @Test
    void deleteSplitsIntoBatchesOf200AndListsTheIdsTheDeviceRefused() throws Exception {
        List<String> ids = new ArrayList<>(IntStream.range(0, 449).mapToObj(i -> "p" + i).toList());
        ids.forEach(id -> cam.addPerson(Person.builder().customId(id).name(id).pic(PHOTO).build()));
        cam.addPerson(Person.builder().customId("q0").name("q0").pic(PHOTO).build());
        // not on the camera
        ids.add("ghost-1");

        PersonsResult r = persons.execute("cam-1", HfPersons.planDelete(ids)).get(10, TimeUnit.SECONDS);
        PersonsResult one = persons.execute("cam-1", HfPersons.planDelete(List.of("q0"))).get(10, TimeUnit.SECONDS);

        // DeletePersons names no reason for ghost-1: asked again alone (DelPerson), the device gives its code
        assertThat(commands()).extracting(ReceivedCommand::operator).containsExactly("DeletePersons",
                "DeletePersons", "DeletePersons", "DelPerson", "DelPerson");
        assertThat(r.succeededCount()).isEqualTo(449);
        assertThat(r.failed()).singleElement().satisfies(f -> {
            assertThat(f.customId()).isEqualTo("ghost-1");
            assertThat(f.errcode()).isEqualTo(464);
            assertThat(f.text()).contains("can't find customId's person");
        });
        assertThat(one.succeeded()).containsExactly("q0");
        assertThat(cam.persons()).isEmpty();
    }

    @Test
    void singleDeleteOfAnUnknownPersonIsAPersonFailureWithTheDevicesCode() throws Exception {
        // the same result as for several ids: a re-run of a delete does not fail
        PersonsResult r = persons.execute("cam-1", HfPersons.planDelete(List.of("nobody"))).get(10, TimeUnit.SECONDS);
        assertThat(r.succeeded()).isEmpty();
        assertThat(r.failed()).singleElement().satisfies(f -> {
            assertThat(f.customId()).isEqualTo("nobody");
            assertThat(f.errcode()).isEqualTo(464);
            assertThat(f.text()).contains("can't find customId's person");
        });
        assertThat(commands("DelPerson")).hasSize(1);
    }

    @Test
    void noAnswerToABatchFailsWithATimeout() {
        HfPersons fast = new HfPersons(session, Duration.ofMillis(300), Duration.ofMillis(300));
        cam.stopAnswering();
        assertThatThrownBy(() -> fast.execute("cam-1", HfPersons.planAdd(people(2, "t"))).get(10, TimeUnit.SECONDS))
                .cause().isInstanceOf(HfCameraTimeoutException.class).hasMessageContaining("AddPersons")
                .hasMessageContaining("cam-1");
    }

    @Test
    void listIdsRemovesDuplicatesAndSearchFetchesEveryPage() throws Exception {
        // a firmware that lists customIds twice and an empty one
        cam.scriptAnswer("QueryPerson", c -> QueryPersonReply.builder().customIdList("a,b,a,,c,b").totalPersonNum(6)
                .queryPersonNum(6).result("ok").build());
        IntStream.range(0, 25).forEach(i -> cam.addPerson(Person.builder().customId("s" + i).name("n" + i)
                .pic(PHOTO).build()));

        assertThat(persons.listIds("cam-1").get(5, TimeUnit.SECONDS)).containsExactly("a", "b", "c");
        SearchPersonListReply r = persons.search("cam-1", null, true, 10).get(5, TimeUnit.SECONDS);
        assertThat(r.persons()).hasSize(25);
        assertThat(r.persons()).extracting(Person::customId).doesNotHaveDuplicates();
        assertThat(r.totalPersonNum()).isEqualTo(25);
        List<SearchPersonListRequest> asked = commands("SearchPersonList").stream()
                .map(m -> m.info(SearchPersonListRequest.class)).toList();
        assertThat(asked).extracting(SearchPersonListRequest::beginNo).containsExactly(0, 10, 20);
        assertThat(asked).extracting(SearchPersonListRequest::deviceId).containsOnly("cam-1");

        SearchPersonListReply onePage = persons.search("cam-1",
                SearchPersonListRequest.builder().beginNo(10).requestCount(10).build(), false, 10).get(5, TimeUnit.SECONDS);
        assertThat(onePage.persons()).extracting(Person::customId).startsWith("s10").hasSize(10);
        assertThat(Set.copyOf(commands("SearchPersonList").stream().map(ReceivedCommand::messageId).toList()))
                .hasSize(4);
    }
}
