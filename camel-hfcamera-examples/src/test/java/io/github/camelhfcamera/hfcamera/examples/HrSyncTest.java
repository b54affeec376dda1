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
package io.github.camelhfcamera.hfcamera.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Example 2: HR to cameras. First sync, a change, a removal; from the embedded H2 table, a CSV file, and
 * PostgreSQL (a schema of its own on 127.0.0.1:5432, dropped afterwards) when one accepts connections.
 */
class HrSyncTest {

    private static final List<String> STAFF = List.of("E1001", "E1002", "E1003", "E1004", "E1005", "E1006", "E1007",
            "E1008", "E1009", "E1010", "E1011", "E1012");

    @TempDir
    Path tmp;

    @Test
    void syncsTheH2TableToEveryCamera() throws Exception {
        try (ExamplesFixture fx = ExamplesFixture.start(Map.of("examples.yamlRoutes", "classpath:routes/snapshot.yaml",
                "hr.jdbcUrl", "jdbc:h2:mem:hr-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"),
                false)) {
            DataSource ds = fx.context().getRegistry().lookupByNameAndType("hrDataSource", DataSource.class);
            firstSyncChangeAndRemoval(fx, sql -> {
                try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                    s.executeUpdate(sql.replace("{table}", "hr_staff"));
                }
            });
        }
    }

    @Test
    void syncsACsvFile() throws Exception {
        Path csv = tmp.resolve("staff.csv");
        try (var in = StaffCsv.open("classpath:demo/staff.csv")) {
            Files.write(csv, in.readAllBytes());
        }
        try (ExamplesFixture fx = ExamplesFixture.start(Map.of("examples.yamlRoutes", "classpath:routes/snapshot.yaml",
                "hr.source", "csv", "hr.csv", csv.toString()), false)) {
            firstSyncChangeAndRemoval(fx, sql -> {
                // the same change and removal, made to the file
                List<String> lines = Files.readAllLines(csv);
                if (sql.startsWith("update")) {
                    lines.replaceAll(l -> l.startsWith("E1002,") ? l.replace("Bruno Costa", "Bruno Costa-Silva") : l);
                } else {
                    lines.removeIf(l -> l.startsWith("E1012,"));
                }
                Files.write(csv, lines);
            });
        }
    }

    @Test
    void syncsAPostgresqlTable() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:5432/test";
        boolean up;
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            up = c.isValid(2);
        } catch (Exception e) {
            up = false;
        }
        Assumptions.assumeTrue(up, "no PostgreSQL accepting connections on 127.0.0.1:5432");
        String schema = "hfcamera_examples_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        DataSource ds = HrDataSource.create(url, "postgres", "");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        try {
            HrDataSource.createIfMissing(ds, schema + ".hr_staff", new StaffCsv("classpath:demo/staff.csv").read());
            try (ExamplesFixture fx = ExamplesFixture.start(Map.of(
                    "examples.yamlRoutes", "classpath:routes/snapshot.yaml",
                    "hr.jdbcUrl", url, "hr.user", "postgres", "hr.table", schema + ".hr_staff"),
                    false)) {
                firstSyncChangeAndRemoval(fx, sql -> {
                    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                        s.executeUpdate(sql.replace("{table}", schema + ".hr_staff"));
                    }
                });
            }
        } finally {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("drop schema " + schema + " cascade");
            }
        }
    }

    @Test
    void keepsWhatWasSyncedInTheStateFileAndRefusesAnEmptyExport() throws Exception {
        Path csv = tmp.resolve("staff.csv");
        try (var in = StaffCsv.open("classpath:demo/staff.csv")) {
            Files.write(csv, in.readAllBytes());
        }
        Path state = tmp.resolve("hr-sync.state");
        try (ExamplesFixture fx = ExamplesFixture.start(Map.of("examples.yamlRoutes", "classpath:routes/snapshot.yaml",
                "hr.source", "csv", "hr.csv", csv.toString(), "hr.syncState", state.toString()), false)) {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Integer>> first = fx.template().requestBody("direct:hr-sync", null, Map.class);
            assertThat(first.get("cam-2")).containsEntry("upserted", 12).containsEntry("synced", 12);
            // one line per person and camera, under the component's keys
            List<String> lines = Files.readAllLines(state);
            assertThat(lines).hasSize(24).allMatch(l -> l.startsWith("hfcamera.sync/cam-"));
            assertThat(lines).anyMatch(l -> l.startsWith("hfcamera.sync/cam-1/E1007="));

            // the export comes back empty: more than hr.maxDeletes (10) deletions, refused, nothing deleted
            Files.write(csv, List.of("customId,name,gender,personType,idCard,telnum1,photo"));
            org.apache.camel.Exchange out = fx.template().request("direct:hr-sync", e -> { });
            assertThat(out.getException()).hasMessageContaining("maxDeletes=10")
                    .hasMessageContaining("would lose 12 of its 12 persons");
            for (SimulatedCamera cam : List.of(fx.fleet.camera("cam-1"), fx.fleet.camera("cam-2"))) {
                assertThat(cam.persons()).hasSize(12);
            }
        }
    }

    interface Change {
        void apply(String sql) throws Exception;
    }

    private static void firstSyncChangeAndRemoval(ExamplesFixture fx, Change change) throws Exception {
        SimulatedCamera cam1 = fx.fleet.camera("cam-1");
        SimulatedCamera cam2 = fx.fleet.camera("cam-2");
        cam1.addPerson(Person.of("not-in-hr", "Left Over"));

        // first sync: the whole list, the photos served to the cameras by the component (photoServer)
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Integer>> first = fx.template().requestBody("direct:hr-sync", null, Map.class);

        assertThat(first).containsOnlyKeys("cam-1", "cam-2");
        assertThat(first.get("cam-1")).containsEntry("upserted", 12).containsEntry("deleted", 1)
                .containsEntry("refused", 0);
        for (SimulatedCamera cam : List.of(cam1, cam2)) {
            assertThat(cam.persons()).extracting(Person::customId).containsExactlyInAnyOrderElementsOf(STAFF);
        }
        assertThat(cam1.receivedCommands()).anySatisfy(c -> assertThat(c.operator()).isEqualTo("EditPersonsNew"));
        // what the console and the demo show: the run finished on both cameras, every change answered
        HrSync hr = fx.context().getRegistry().lookupByNameAndType("hrSync", HrSync.class);
        io.github.camelhfcamera.hfcamera.simulator.Await.until(() -> Boolean.FALSE.equals(hr.progress().get("running")),
                java.time.Duration.ofSeconds(10), "the HR run to be over");
        assertThat(hr.progress()).containsEntry("devices", 2).containsEntry("devicesDone", 2)
                .containsEntry("devicesFailed", 0).containsEntry("upsertsDone", 25).containsEntry("upsertsTotal", 25)
                .containsKey("finishedAt");
        assertThat(hr.syncedPerDevice()).containsEntry("cam-1", 12).containsEntry("cam-2", 12);

        // nothing changed: nothing sent
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Integer>> again = fx.template().requestBody("direct:hr-sync", null, Map.class);
        assertThat(again.get("cam-1")).containsEntry("upserted", 0).containsEntry("deleted", 0);
        // what decides whether the route logs the run at INFO: a change, or nothing
        assertThat(HrSync.changed(first)).isTrue();
        assertThat(HrSync.changed(again)).isFalse();

        // a change
        change.apply("update {table} set name = 'Bruno Costa-Silva' where custom_id = 'E1002'");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Integer>> changed = fx.template().requestBody("direct:hr-sync", null, Map.class);
        assertThat(changed.get("cam-2")).containsEntry("upserted", 1).containsEntry("deleted", 0);
        assertThat(HrSync.changed(changed)).isTrue();
        assertThat(cam2.person("E1002")).map(Person::name).hasValue("Bruno Costa-Silva");

        // a removal
        change.apply("delete from {table} where custom_id = 'E1012'");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Integer>> removed = fx.template().requestBody("direct:hr-sync", null, Map.class);
        assertThat(removed.get("cam-1")).containsEntry("upserted", 0).containsEntry("deleted", 1);
        for (SimulatedCamera cam : List.of(cam1, cam2)) {
            assertThat(cam.persons()).extracting(Person::customId).hasSize(11).doesNotContain("E1012");
        }
    }
}
