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
package io.github.camelhfcamera.hfcamera.itest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.HfCameraConstants;
import io.github.camelhfcamera.hfcamera.HfCameraJdbcStateRepository;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.protocol.model.PersonBatch;
import io.github.camelhfcamera.hfcamera.session.HfPersonSyncRefusedException;
import io.github.camelhfcamera.hfcamera.session.PersonFailure;
import io.github.camelhfcamera.hfcamera.session.PersonSyncProgress;
import io.github.camelhfcamera.hfcamera.session.PersonSyncResult;
import io.github.camelhfcamera.hfcamera.simulator.ReceivedCommand;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hfcamera:persons?operation=sync} against simulated cameras on an embedded Artemis: a fleet sync, an
 * application restart with the state in a file or a database, maxDeletes, dry runs and per-person refusals. What the
 * cameras received is checked, not only the result.
 */
class PersonSyncE2eTest extends E2eTestSupport {

    static final String SYNC = "hfcamera:persons?operation=sync";

    @TempDir
    Path tmp;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedBroker.create();
    }

    /** An application: its own context and component, the sync state in {@code repository}. */
    CamelContext application(StateRepository<String, String> repository) throws Exception {
        CamelContext app = new DefaultCamelContext();
        HfCameraComponent c = component();
        c.getConfiguration().setSyncStateRepository(repository);
        app.addComponent("hfcamera", c);
        app.start();
        return app;
    }

    static Exchange sync(CamelContext app, String uri, String devices, Object body) {
        ProducerTemplate t = app.createProducerTemplate();
        return t.request(uri, e -> {
            e.getMessage().setHeader(HfCameraConstants.DEVICE_ID, devices);
            e.getMessage().setBody(body);
        });
    }

    @SuppressWarnings("unchecked")
    static Map<String, PersonSyncResult> results(Exchange out) {
        assertThat(out.getException()).isNull();
        return out.getMessage().getBody(Map.class);
    }

    /** The persons the camera received in EditPersonsNew batches. */
    static List<String> upserted(SimulatedCamera cam) {
        List<String> ids = new ArrayList<>();
        for (ReceivedCommand c : cam.receivedCommands("EditPersonsNew")) {
            c.info(PersonBatch.class).persons().forEach(p -> ids.add(p.customId()));
        }
        return ids;
    }

    /** The commands the camera received, without the component's acknowledgements (Online-Ack, PushAck). */
    static List<String> operators(SimulatedCamera cam) {
        return cam.receivedCommands().stream().map(ReceivedCommand::operator)
                .filter(o -> !o.equals("Online-Ack") && !o.equals("PushAck")).toList();
    }

    /** The same list with every 100th person renamed: 50 changes in 5,000. */
    static List<Person> fiftyChanged(List<Person> staff, Set<String> changed) {
        List<Person> next = new ArrayList<>(staff);
        for (int i = 0; i < next.size(); i += next.size() / 50) {
            next.set(i, next.get(i).toBuilder().name("renamed " + i).build());
            changed.add(next.get(i).customId());
        }
        return next;
    }

    @Test
    void fiveThousandPersonsToThreeCamerasThenARestartSendsOnlyTheFiftyChanged() throws Exception {
        SimulatedFleet fleet = fleet("cam-1", "cam-2", "cam-3");
        List<SimulatedCamera> cams = List.of(fleet.camera("cam-1"), fleet.camera("cam-2"), fleet.camera("cam-3"));
        List<Person> staff = people(5000, "p");
        java.io.File file = tmp.resolve("hfcamera-sync.state").toFile();
        // 15,000 entries: a file store above FileStateRepository's default 1 MB is rewritten on every entry
        FileStateRepository firstRepository = FileStateRepository.fileStateRepository(file, 64L * 1024 * 1024);

        CamelContext first = application(firstRepository);
        Map<String, PersonSyncResult> initial;
        try {
            initial = results(sync(first, SYNC, "cam-1,cam-2,cam-3", staff));
        } finally {
            first.stop();
            firstRepository.stop();
        }

        assertThat(initial).containsOnlyKeys("cam-1", "cam-2", "cam-3");
        for (SimulatedCamera cam : cams) {
            PersonSyncResult r = initial.get(cam.id());
            assertThat(r.addedCount()).isEqualTo(5000);
            assertThat(r.updated()).isEmpty();
            assertThat(r.deleted()).isEmpty();
            assertThat(r.refused()).isEmpty();
            // five batches of 1000
            assertThat(r.commands()).isEqualTo(5);
            assertThat(cam.persons()).hasSize(5000);
            assertThat(upserted(cam)).hasSize(5000);
            // the list was read page by page (RequestCount 1000 at the most)
            assertThat(cam.receivedCommands("SearchPersonList")).isNotEmpty();
            cam.clearReceivedCommands();
        }

        // the application restarts: a new context, the state read back from the file
        Set<String> changed = new HashSet<>();
        List<Person> next = fiftyChanged(staff, changed);
        FileStateRepository secondRepository = FileStateRepository.fileStateRepository(file, 64L * 1024 * 1024);
        CamelContext second = application(secondRepository);
        Map<String, PersonSyncResult> after;
        try {
            after = results(sync(second, SYNC, "cam-1,cam-2,cam-3", next));
        } finally {
            second.stop();
            secondRepository.stop();
        }

        assertThat(changed).hasSize(50);
        for (SimulatedCamera cam : cams) {
            PersonSyncResult r = after.get(cam.id());
            assertThat(r.updated()).containsExactlyInAnyOrderElementsOf(changed);
            assertThat(r.unchanged()).isEqualTo(4950);
            assertThat(r.added()).isEmpty();
            assertThat(r.deleted()).isEmpty();
            // what the camera received: the 50 changed persons, once, and no other change
            assertThat(upserted(cam)).containsExactlyInAnyOrderElementsOf(changed);
            assertThat(operators(cam))
                    .containsOnly("SearchPersonList", "EditPersonsNew");
            assertThat(cam.person("p100")).map(Person::name).hasValue("renamed 100");
            assertThat(cam.persons()).hasSize(5000);
        }
    }

    static boolean postgresqlUp() {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
            return c.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void aRestartWithTheStateInH2SendsOnlyWhatChanged() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:sync-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        restartWithStateIn(h2, "hfcamera_sync_state");
    }

    @Test
    void aRestartWithTheStateInPostgresqlSendsOnlyWhatChanged() throws Exception {
        Assumptions.assumeTrue(postgresqlUp(), "no PostgreSQL accepting connections on 127.0.0.1:5432");
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL("jdbc:postgresql://127.0.0.1:5432/test");
        pg.setUser("postgres");
        String schema = "hfcamera_itest_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        try {
            restartWithStateIn(pg, schema + ".hfcamera_sync_state");
        } finally {
            try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
                s.execute("drop schema " + schema + " cascade");
            }
        }
    }

    private void restartWithStateIn(DataSource ds, String table) throws Exception {
        SimulatedFleet fleet = fleet("db-1", "db-2");
        List<Person> staff = people(400, "d");

        HfCameraJdbcStateRepository firstRepository = new HfCameraJdbcStateRepository(ds);
        firstRepository.setTableName(table);
        CamelContext first = application(firstRepository);
        try {
            Map<String, PersonSyncResult> r = results(sync(first, SYNC, "db-1,db-2", staff));
            assertThat(r.get("db-1").addedCount()).isEqualTo(400);
            assertThat(r.get("db-2").addedCount()).isEqualTo(400);
        } finally {
            first.stop();
        }

        List<Person> next = new ArrayList<>(staff);
        next.set(7, next.get(7).toBuilder().telnum1("555-0107").build());
        next.set(300, next.get(300).toBuilder().pic(io.github.camelhfcamera.hfcamera.protocol.Image.ofJpeg(
                io.github.camelhfcamera.hfcamera.simulator.Jpegs.jpeg(20_000, "d300-new"))).build());
        next.remove(399);
        fleet.camera("db-1").clearReceivedCommands();
        fleet.camera("db-2").clearReceivedCommands();
        HfCameraJdbcStateRepository secondRepository = new HfCameraJdbcStateRepository(ds);
        secondRepository.setTableName(table);
        CamelContext second = application(secondRepository);
        try {
            Map<String, PersonSyncResult> r = results(sync(second, SYNC, "db-1,db-2", next));
            for (String d : List.of("db-1", "db-2")) {
                assertThat(r.get(d).updated()).containsExactly("d7", "d300");
                assertThat(r.get(d).deleted()).containsExactly("d399");
                assertThat(r.get(d).unchanged()).isEqualTo(397);
                SimulatedCamera cam = fleet.camera(d);
                assertThat(upserted(cam)).containsExactly("d7", "d300");
                assertThat(cam.receivedCommands("DeletePersons")).hasSize(1);
                assertThat(cam.person("d7")).map(Person::telnum1).hasValue("555-0107");
                assertThat(cam.person("d399")).isEmpty();
            }
        } finally {
            second.stop();
        }
    }

    @Test
    void maxDeletesRefusesAnEmptyListAndNothingIsDeleted() throws Exception {
        SimulatedFleet fleet = fleet("md-1", "md-2");
        for (SimulatedCamera cam : List.of(fleet.camera("md-1"), fleet.camera("md-2"))) {
            IntStream.range(0, 20).forEach(i -> cam.addPerson(Person.of("m" + i, "Staff " + i)));
            cam.clearReceivedCommands();
        }

        Exchange out = template.request(SYNC + "&deviceId=md-1,md-2&maxDeletes=10%",
                e -> e.getMessage().setBody(List.of()));

        assertThat(out.getException()).isInstanceOfSatisfying(HfPersonSyncRefusedException.class, e -> {
            assertThat(e.getMessage()).contains("maxDeletes=10%", "md-1 would lose 20 of its 20 persons",
                    "md-2 would lose 20", "the limit is 2", "nothing was changed");
            assertThat(e.plannedDeletes("md-1")).isEqualTo(20);
            assertThat(e.limit("md-2")).isEqualTo(2);
        });
        for (SimulatedCamera cam : List.of(fleet.camera("md-1"), fleet.camera("md-2"))) {
            assertThat(cam.personCount()).isEqualTo(20);
            assertThat(operators(cam)).containsOnly("SearchPersonList");
        }
    }

    @Test
    void aDryRunReturnsThePlanAndSendsNothing() throws Exception {
        SimulatedCamera cam = fleet("dry-1").camera("dry-1");
        IntStream.range(0, 10).forEach(i -> cam.addPerson(Person.of("r" + i, "Staff " + i)));
        cam.clearReceivedCommands();
        List<Person> list = new ArrayList<>(people(12, "r"));
        list.remove(0);

        Exchange out = template.request(SYNC + "&deviceId=dry-1", e -> {
            e.getMessage().setHeader(HfCameraConstants.DRY_RUN, true);
            e.getMessage().setBody(list);
        });

        assertThat(out.getException()).isNull();
        PersonSyncResult plan = out.getMessage().getBody(PersonSyncResult.class);
        assertThat(plan.dryRun()).isTrue();
        assertThat(plan.added()).containsExactly("r10", "r11");
        assertThat(plan.updated()).hasSize(9);
        assertThat(plan.deleted()).containsExactly("r0");
        assertThat(plan.commands()).isZero();
        assertThat(operators(cam)).containsOnly("SearchPersonList");
        assertThat(cam.personCount()).isEqualTo(10);
        assertThat(cam.person("r0")).isPresent();
    }

    @Test
    void perPersonRefusalsCarryTheDeviceCodeAndText() throws Exception {
        SimulatedCamera cam = fleet("ref-1").camera("ref-1");
        List<Person> list = new ArrayList<>(people(4, "f"));
        // the camera cannot download this photo (batch errcode 465), and a new person needs one (481)
        // (a URL nothing answers on, handed to the camera as given: preparePhotos=false)
        list.set(1, list.get(1).toBuilder().pic(null).picUri("http://127.0.0.1:1/photos/f1.jpg").build());
        list.add(Person.of("f-no-photo", "No Photo"));

        Exchange out = template.request(SYNC + "&preparePhotos=false&deviceId=ref-1",
                e -> e.getMessage().setBody(list));

        assertThat(out.getException()).isNull();
        PersonSyncResult r = out.getMessage().getBody(PersonSyncResult.class);
        assertThat(r.added()).containsExactly("f0", "f2", "f3");
        assertThat(r.refused()).extracting(PersonFailure::customId, PersonFailure::errcode)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("f1", 465),
                        org.assertj.core.groups.Tuple.tuple("f-no-photo", 481));
        assertThat(r.refused()).allSatisfy(f -> assertThat(f.text()).isNotBlank().doesNotStartWith("errcode"));
        assertThat(out.getMessage().getHeader(HfCameraConstants.FAILED_COUNT)).isEqualTo(2);
        assertThat(out.getMessage().getHeader(HfCameraConstants.SUCCEEDED_COUNT)).isEqualTo(3);
        assertThat(cam.person("f1")).isEmpty();
        assertThat(cam.person("f-no-photo")).isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, PersonSyncProgress> progress = out.getMessage().getHeader(HfCameraConstants.SYNC_PROGRESS,
                Map.class);
        assertThat(progress.get("ref-1")).satisfies(p -> {
            assertThat(p.finished()).isTrue();
            assertThat(p.batch()).isEqualTo(p.batches()).isEqualTo(1);
            assertThat(p.done()).isEqualTo(p.total()).isEqualTo(5);
            assertThat(p.refused()).isEqualTo(2);
        });

        // the refused persons are sent again by the next sync; the others are not
        cam.clearReceivedCommands();
        PersonSyncResult again = template.requestBody(SYNC + "&preparePhotos=false&deviceId=ref-1", list,
                PersonSyncResult.class);
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(upserted(cam)).containsExactlyInAnyOrder("f1", "f-no-photo");
    }
}
