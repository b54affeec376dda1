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
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.github.camelhfcamera.hfcamera.protocol.HfValidationException;
import io.github.camelhfcamera.hfcamera.protocol.model.DeletePersonsRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.protocol.model.PersonBatch;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.Jpegs;
import io.github.camelhfcamera.hfcamera.simulator.ReceivedCommand;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.test.EmbeddedBrokerExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The person sync against simulated cameras on an embedded broker: the plan from the device's list and the saved
 * hashes, batches, per-person refusals, maxDeletes, dry runs and paged reads. The cameras are seeded directly
 * (addPerson), so that the syncs mostly update persons the camera holds and need no photo download.
 */
class HfPersonSyncTest {

    @RegisterExtension
    static final EmbeddedBrokerExtension broker = new EmbeddedBrokerExtension();

    HfSession session;
    HfPersons persons;
    PersonSyncState state;
    HfPersonSync sync;
    SimulatedFleet fleet;
    SimulatedCamera cam1;
    SimulatedCamera cam2;

    @BeforeEach
    void start() {
        session = new HfSession(new HfSessionConfig().brokerUrl(broker.url()).requestTimeout(Duration.ofSeconds(3))
                .batchTimeout(Duration.ofSeconds(20)).busyRetryDelay(Duration.ofMillis(100)));
        session.start();
        persons = new HfPersons(session);
        state = PersonSyncState.inMemory();
        sync = new HfPersonSync(session, persons, state);
        fleet = CameraSimulator.builder().brokerUrl(broker.url()).deviceIds("cam-1", "cam-2").fastBatches().start();
        cam1 = fleet.camera("cam-1");
        cam2 = fleet.camera("cam-2");
        cam1.awaitOnlineAcked(Duration.ofSeconds(10));
        cam2.awaitOnlineAcked(Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        session.close();
        fleet.close();
    }

    static List<Person> staff(int n) {
        return IntStream.range(0, n).mapToObj(i -> Person.builder().customId("s" + i).name("Staff " + i)
                .personType(0).build()).toList();
    }

    /** Seeds the camera with the persons, as if an earlier application had put them there. */
    static void seed(SimulatedCamera cam, List<Person> list) {
        list.forEach(cam::addPerson);
        cam.clearReceivedCommands();
    }

    Map<String, PersonSyncResult> run(List<Person> list, HfPersonSync.Options options, String... devices)
            throws Exception {
        return sync.sync(List.of(devices), list, options).get(30, TimeUnit.SECONDS);
    }

    /** The commands the camera received, without the platform's acknowledgements (Online-Ack, PushAck). */
    static List<String> operators(SimulatedCamera cam) {
        return cam.receivedCommands().stream().map(ReceivedCommand::operator)
                .filter(o -> !o.equals("Online-Ack") && !o.equals("PushAck")).toList();
    }

    static int personsSent(SimulatedCamera cam) {
        return cam.receivedCommands("EditPersonsNew").stream()
                .mapToInt(c -> c.info(PersonBatch.class).persons().size()).sum();
    }

    @Test
    void firstSyncUpsertsAndDeletesThenOnlyChangesAreSent() throws Exception {
        List<Person> list = new ArrayList<>(staff(10));
        seed(cam1, list);
        cam1.addPerson(Person.of("gone-1", "Left"));
        cam1.addPerson(Person.of("gone-2", "Left too"));
        cam1.addWebPerson("added on the web page");
        // a person with a base64 photo goes alone, as EditPerson
        list.add(Person.builder().customId("new-1").name("New").personType(0).pic(Jpegs.image(5_000, "new-1"))
                .build());
        cam1.clearReceivedCommands();

        PersonSyncResult first = run(list, HfPersonSync.Options.defaults(), "cam-1").get("cam-1");

        assertThat(first.dryRun()).isFalse();
        assertThat(first.added()).containsExactly("new-1");
        // held by the camera, but this repository never synced them: sent once
        assertThat(first.updated()).hasSize(10);
        assertThat(first.deleted()).containsExactlyInAnyOrder("gone-1", "gone-2");
        assertThat(first.unchanged()).isZero();
        assertThat(first.refused()).isEmpty();
        assertThat(first.onDevice()).isEqualTo(12);
        assertThat(first.commands()).isEqualTo(3);
        assertThat(cam1.receivedCommands("DeletePersons")).singleElement().satisfies(c -> assertThat(
                c.info(DeletePersonsRequest.class).customIds()).containsExactlyInAnyOrder("gone-1", "gone-2"));
        assertThat(personsSent(cam1)).isEqualTo(10);
        assertThat(cam1.receivedCommands("EditPerson")).hasSize(1);
        assertThat(cam1.persons()).extracting(Person::customId).hasSize(11).doesNotContain("gone-1", "gone-2");
        // the person added on the web page (no customId) is left alone
        assertThat(cam1.personCount()).isEqualTo(12);

        // nothing changed: only the list is read
        cam1.clearReceivedCommands();
        PersonSyncResult again = run(list, HfPersonSync.Options.defaults(), "cam-1").get("cam-1");
        assertThat(again.changed()).isFalse();
        assertThat(again.unchanged()).isEqualTo(11);
        assertThat(again.commands()).isZero();
        assertThat(operators(cam1)).containsOnly("SearchPersonList");

        // one change: that person alone, still as a batch
        cam1.clearReceivedCommands();
        list.set(3, list.get(3).toBuilder().name("Staff three").build());
        PersonSyncResult changed = run(list, HfPersonSync.Options.defaults(), "cam-1").get("cam-1");
        assertThat(changed.updated()).containsExactly("s3");
        assertThat(changed.unchanged()).isEqualTo(10);
        assertThat(cam1.receivedCommands("EditPersonsNew")).singleElement().satisfies(c -> assertThat(
                c.info(PersonBatch.class).persons()).extracting(Person::customId).containsExactly("s3"));
        assertThat(cam1.person("s3")).map(Person::name).hasValue("Staff three");

        // the state is per device: a second camera holding the same persons gets them once
        seed(cam2, staff(10));
        PersonSyncResult other = run(list, HfPersonSync.Options.defaults(), "cam-2").get("cam-2");
        assertThat(other.updated()).hasSize(10);
        assertThat(other.added()).containsExactly("new-1");
    }

    @Test
    void aPhotoChangeIsAChange() throws Exception {
        Person lisa = Person.builder().customId("lisa").name("Lisa").personType(0)
                .picUri("http://photos.example/lisa-1.jpg").build();
        seed(cam1, List.of(lisa.toBuilder().picUri(null).build()));
        state.put(HfPersonSync.stateKey("cam-1", "lisa"), sync.contentHash(lisa));

        assertThat(run(List.of(lisa), HfPersonSync.Options.defaults(), "cam-1").get("cam-1").unchanged()).isOne();
        assertThat(sync.contentHash(lisa.toBuilder().picUri("http://photos.example/lisa-2.jpg").build()))
                .isNotEqualTo(sync.contentHash(lisa));
        assertThat(sync.contentHash(lisa.toBuilder().picUri(null).pic(Jpegs.image(3_000, "a")).build()))
                .isNotEqualTo(sync.contentHash(lisa.toBuilder().picUri(null).pic(Jpegs.image(3_000, "b")).build()));
    }

    @Test
    void refusalsCarryTheDeviceCodeAndAreSentAgainNextTime() throws Exception {
        List<Person> list = new ArrayList<>(staff(3));
        seed(cam1, list);
        // a new person without a photo: EditPersonsNew refuses it (481)
        list.add(Person.of("no-photo", "No Photo"));

        PersonSyncResult r = run(list, HfPersonSync.Options.defaults(), "cam-1").get("cam-1");

        assertThat(r.updated()).containsExactly("s0", "s1", "s2");
        assertThat(r.added()).isEmpty();
        assertThat(r.refused()).singleElement().satisfies(f -> {
            assertThat(f.customId()).isEqualTo("no-photo");
            assertThat(f.errcode()).isEqualTo(481);
            assertThat(f.text()).isNotBlank().doesNotStartWith("errcode");
        });
        assertThat(state.get(HfPersonSync.stateKey("cam-1", "no-photo"))).isNullOrEmpty();

        cam1.clearReceivedCommands();
        PersonSyncResult again = run(list, HfPersonSync.Options.defaults(), "cam-1").get("cam-1");
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.refused()).extracting(PersonFailure::customId).containsExactly("no-photo");
        assertThat(cam1.receivedCommands("EditPersonsNew")).singleElement().satisfies(c -> assertThat(
                c.info(PersonBatch.class).persons()).extracting(Person::customId).containsExactly("no-photo"));
    }

    @Test
    void maxDeletesRefusesAnEmptyListAndNothingChangesOnAnyDevice() throws Exception {
        seed(cam1, staff(20));
        seed(cam2, staff(4));
        List<PersonSyncProgress> progress = new CopyOnWriteArrayList<>();
        HfPersonSync.Options options = new HfPersonSync.Options(MaxDeletes.parse("maxDeletes", "50%"), false,
                1000, progress::add);

        // cam-2 would lose 2 of 4 (within 50%), cam-1 20 of 20
        List<Person> two = staff(2);
        assertThatThrownBy(() -> run(two, options, "cam-1", "cam-2"))
                .hasCauseInstanceOf(HfPersonSyncRefusedException.class)
                .cause().hasMessageContaining("maxDeletes=50%").hasMessageContaining("cam-1 would lose 18 of its 20")
                .hasMessageContaining("the limit is 10").hasMessageContaining("nothing was changed")
                .hasMessageNotContaining("cam-2 would");

        assertThat(cam1.personCount()).isEqualTo(20);
        assertThat(cam2.personCount()).isEqualTo(4);
        for (SimulatedCamera cam : List.of(cam1, cam2)) {
            assertThat(operators(cam)).containsOnly("SearchPersonList");
        }
        assertThat(progress).isEmpty();

        // an empty list, absolute limit
        HfPersonSync.Options five = new HfPersonSync.Options(MaxDeletes.parse("maxDeletes", "5"), false, 1000, null);
        assertThatThrownBy(() -> run(List.of(), five, "cam-1"))
                .cause().isInstanceOfSatisfying(HfPersonSyncRefusedException.class, e -> {
                    assertThat(e.devices()).containsExactly("cam-1");
                    assertThat(e.plannedDeletes("cam-1")).isEqualTo(20);
                    assertThat(e.limit("cam-1")).isEqualTo(5);
                });
        assertThat(cam1.personCount()).isEqualTo(20);

        // within the limit it goes through
        PersonSyncResult r = run(staff(16), five, "cam-1").get("cam-1");
        assertThat(r.deleted()).containsExactlyInAnyOrder("s16", "s17", "s18", "s19");
        assertThat(cam1.personCount()).isEqualTo(16);
    }

    @Test
    void aDryRunReturnsThePlanAndSendsNothing() throws Exception {
        List<Person> list = new ArrayList<>(staff(5));
        seed(cam1, list);
        run(list, HfPersonSync.Options.defaults(), "cam-1");
        cam1.addPerson(Person.of("extra", "Extra"));
        list.set(0, list.get(0).toBuilder().name("Changed").build());
        list.add(Person.of("new", "New"));
        cam1.clearReceivedCommands();

        PersonSyncResult plan = run(list, new HfPersonSync.Options(null, true, 1000, null), "cam-1").get("cam-1");

        assertThat(plan.dryRun()).isTrue();
        assertThat(plan.added()).containsExactly("new");
        assertThat(plan.updated()).containsExactly("s0");
        assertThat(plan.deleted()).containsExactly("extra");
        assertThat(plan.unchanged()).isEqualTo(4);
        assertThat(plan.commands()).isZero();
        assertThat(operators(cam1)).containsOnly("SearchPersonList");
        assertThat(cam1.person("s0")).map(Person::name).hasValue("Staff 0");
        assertThat(cam1.person("extra")).isPresent();
        // nothing was saved either: the real sync does the same
        PersonSyncResult real = run(list, HfPersonSync.Options.defaults(), "cam-1").get("cam-1");
        assertThat(real.updated()).containsExactly("s0");
        assertThat(real.deleted()).containsExactly("extra");
    }

    @Test
    void theListIsReadPageByPageAndProgressIsToldPerBatch() throws Exception {
        seed(cam1, staff(25));
        List<PersonSyncProgress> progress = new CopyOnWriteArrayList<>();

        PersonSyncResult r = run(staff(20), new HfPersonSync.Options(null, false, 10, progress::add), "cam-1")
                .get("cam-1");

        assertThat(r.onDevice()).isEqualTo(25);
        assertThat(r.deleted()).hasSize(5);
        assertThat(cam1.receivedCommands("SearchPersonList")).hasSize(3);
        // the plan, then DeletePersons, then EditPersonsNew
        assertThat(progress).hasSize(3);
        assertThat(progress.get(0).batch()).isZero();
        assertThat(progress.get(0).total()).isEqualTo(25);
        assertThat(progress.get(1)).satisfies(p -> {
            assertThat(p.batch()).isEqualTo(1);
            assertThat(p.batches()).isEqualTo(2);
            assertThat(p.operator()).isEqualTo("DeletePersons");
            assertThat(p.succeeded()).isEqualTo(5);
            assertThat(p.done()).isEqualTo(5);
            assertThat(p.finished()).isFalse();
        });
        assertThat(progress.get(2)).satisfies(p -> {
            assertThat(p.operator()).isEqualTo("EditPersonsNew");
            assertThat(p.done()).isEqualTo(25);
            assertThat(p.finished()).isTrue();
        });
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsRead() {
        List<Person> twice = List.of(Person.of("a", "A"), Person.of("a", "A again"));
        assertThatThrownBy(() -> sync.sync(List.of("cam-1"), twice, HfPersonSync.Options.defaults()))
                .isInstanceOf(HfValidationException.class).hasMessageContaining("body[1].customId");
        assertThatThrownBy(() -> sync.sync(List.of("cam-1"), null, HfPersonSync.Options.defaults()))
                .isInstanceOf(HfValidationException.class).hasMessageContaining("body");
        assertThat(operators(cam1)).doesNotContain("SearchPersonList");
    }

    @Test
    void maxDeletesIsANumberOrAPercent() {
        assertThat(MaxDeletes.parse("maxDeletes", "50").limit(10)).isEqualTo(50);
        assertThat(MaxDeletes.parse("maxDeletes", "10%").limit(1005)).isEqualTo(100);
        assertThat(MaxDeletes.parse("maxDeletes", "2.5 %").limit(100)).isEqualTo(2);
        assertThat(MaxDeletes.parse("maxDeletes", "0").limit(100)).isZero();
        assertThat(MaxDeletes.parse("maxDeletes", null).limit(100)).isEqualTo(Integer.MAX_VALUE);
        assertThat(MaxDeletes.parse("maxDeletes", "10%")).hasToString("10%");
        for (String bad : List.of("ten", "-1", "120%", "%")) {
            assertThatThrownBy(() -> MaxDeletes.parse("maxDeletes", bad)).isInstanceOf(HfValidationException.class)
                    .hasMessageContaining("maxDeletes").hasMessageContaining("'" + bad + "'")
                    .hasMessageContaining("10%");
        }
    }
}
