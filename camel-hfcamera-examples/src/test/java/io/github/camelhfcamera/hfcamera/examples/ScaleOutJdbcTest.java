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

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, 1: three processes of the examples application write the records into one PostgreSQL table
 * ({@link EventsToJdbcRoutes}: Camel's JdbcMessageIdRepository on the same database, in the row's transaction, as
 * the shared dedupe), one of them killed with {@code kill -9} mid-stream and started again. Every one of the 10,000
 * records is in the table exactly once (its primary key is (device_id, record_id): a second row would have failed the
 * insert), no camera holds a record without PushAck, and every process's commands were answered to it.
 */
class ScaleOutJdbcTest extends ScaleOutSupport {

    private TestPostgres pg;

    @Override
    void closeDownstream() {
        if (pg != null) {
            pg.close();
        }
    }

    @Override
    Map<String, String> downstream() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("examples.jdbc", "true");
        p.put("jdbc.url", pg.url);
        p.put("jdbc.user", pg.user);
        p.put("jdbc.table", pg.table("hf_records"));
        p.put("jdbc.repositoryTable", pg.table("camel_messageprocessed"));
        p.put("jdbc.poolSize", "4");
        return p;
    }

    @Override
    long stored() {
        return query("SELECT count(*) FROM " + pg.table("hf_records"));
    }

    @Override
    long storedBy(String instance) {
        return query("SELECT count(*) FROM " + pg.table("hf_records") + " WHERE instance = '" + instance + "'");
    }

    @Test
    void threeProcessesOneKilledStoreEveryRecordExactlyOnce() throws Exception {
        pg = TestPostgres.start();
        System.out.println("PostgreSQL: " + pg);

        Set<String> pushed = runScenario();

        Set<String> rows = new HashSet<>();
        Map<String, Integer> perInstance = new TreeMap<>();
        try (Connection c = pg.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT device_id, record_id, instance FROM " + pg.table("hf_records"))) {
            while (rs.next()) {
                assertThat(rows.add(rs.getString(1) + "/" + rs.getLong(2))).as("a second row for %s/%d",
                        rs.getString(1), rs.getLong(2)).isTrue();
                perInstance.merge(rs.getString(3), 1, Integer::sum);
            }
        }
        System.out.println("rows per instance: " + perInstance);
        assertThat(rows).hasSize(RECORDS).isEqualTo(pushed);
        assertThat(perInstance).as("rows written by each process").containsOnlyKeys("scale-app-1", "scale-app-2",
                "scale-app-3");
        assertThat(query("SELECT count(*) FROM " + pg.table("camel_messageprocessed")))
                .as("dedupe keys, one per record").isEqualTo(RECORDS);
    }

    private long query(String sql) {
        try (Connection c = pg.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
