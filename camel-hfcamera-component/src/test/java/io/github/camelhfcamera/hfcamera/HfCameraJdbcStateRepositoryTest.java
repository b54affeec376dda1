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

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The persons sync's JDBC StateRepository on embedded H2 and, when one accepts connections on 127.0.0.1:5432, on
 * PostgreSQL (in a schema of its own, dropped afterwards; the PostgreSQL case is skipped where none runs).
 */
class HfCameraJdbcStateRepositoryTest {

    static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of(Named.of("H2", "h2")), Arguments.of(Named.of("PostgreSQL", "postgresql")));
    }

    static boolean postgresqlUp() {
        try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "")) {
            return c.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    /** A data source and a table name of its own; the schema (PostgreSQL) is dropped by {@code close}. */
    record Db(DataSource ds, String table, AutoCloseable cleanup) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            cleanup.close();
        }
    }

    static Db open(String kind) throws Exception {
        String name = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        if (kind.equals("h2")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            h2.setUser("sa");
            return new Db(h2, "hfcamera_sync_state", () -> {
                try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
                    s.execute("shutdown");
                }
            });
        }
        Assumptions.assumeTrue(postgresqlUp(), "no PostgreSQL accepting connections on 127.0.0.1:5432");
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(PG_URL);
        pg.setUser("postgres");
        String schema = "hfcamera_test_" + name;
        try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        return new Db(pg, schema + ".sync_state", () -> {
            try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
                s.execute("drop schema " + schema + " cascade");
            }
        });
    }

    static HfCameraJdbcStateRepository repository(Db db) {
        HfCameraJdbcStateRepository r = new HfCameraJdbcStateRepository(db.ds());
        r.setTableName(db.table());
        r.start();
        return r;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsValuesAcrossInstancesAndReplacesThem(String kind) throws Exception {
        try (Db db = open(kind)) {
            HfCameraJdbcStateRepository first = repository(db);
            assertThat(first.getState("hfcamera.sync/cam-1/a")).isNull();
            first.setState("hfcamera.sync/cam-1/a", "hash-1");
            first.setState("hfcamera.sync/cam-1/a", "hash-2");
            first.setState("hfcamera.sync/cam-1/b%3Dc", "");
            first.stop();

            // a new instance on the same table (the application restarted): the table is there, the values too
            HfCameraJdbcStateRepository second = repository(db);
            assertThat(second.getState("hfcamera.sync/cam-1/a")).isEqualTo("hash-2");
            assertThat(second.getState("hfcamera.sync/cam-1/b%3Dc")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void readsAndWritesInBulk(String kind) throws Exception {
        try (Db db = open(kind)) {
            HfCameraJdbcStateRepository repo = repository(db);
            Map<String, String> batch = new LinkedHashMap<>();
            for (int i = 0; i < 1200; i++) {
                batch.put("hfcamera.sync/cam-1/p" + i, "h" + i);
            }
            repo.putAll(batch);
            // a second batch overwrites some of them
            repo.putAll(Map.of("hfcamera.sync/cam-1/p7", "changed", "hfcamera.sync/cam-1/p8", ""));

            List<String> keys = new ArrayList<>(batch.keySet());
            keys.add("hfcamera.sync/cam-1/never");
            Map<String, String> read = repo.getAll(keys);

            assertThat(read).hasSize(1200).doesNotContainKey("hfcamera.sync/cam-1/never")
                    .containsEntry("hfcamera.sync/cam-1/p0", "h0").containsEntry("hfcamera.sync/cam-1/p1199", "h1199")
                    .containsEntry("hfcamera.sync/cam-1/p7", "changed").containsEntry("hfcamera.sync/cam-1/p8", "");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void concurrentWritersOfTheSameKeysBothSucceed(String kind) throws Exception {
        try (Db db = open(kind)) {
            HfCameraJdbcStateRepository repo = repository(db);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> writes = new ArrayList<>();
                for (int w = 0; w < 2; w++) {
                    String value = "writer-" + w;
                    writes.add(pool.submit(() -> {
                        for (int round = 0; round < 20; round++) {
                            repo.putAll(Map.of("k1", value, "k2", value));
                        }
                    }));
                }
                for (Future<?> f : writes) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(repo.getState("k1")).startsWith("writer-");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aBadTableNameIsRefusedWhenItStarts(String kind) throws Exception {
        try (Db db = open(kind)) {
            HfCameraJdbcStateRepository repo = new HfCameraJdbcStateRepository(db.ds());
            repo.setTableName("state; drop table x");
            assertThatThrownBy(repo::start).hasMessageContaining("tableName")
                    .hasMessageContaining("state; drop table x");
        }
    }
}
