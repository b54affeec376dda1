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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The HR database: embedded H2 by default, PostgreSQL when the JDBC URL says so. */
public final class HrDataSource {

    private HrDataSource() {
    }

    public static DataSource create(String jdbcUrl, String user, String password) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(jdbcUrl);
            ds.setUser(user == null ? "sa" : user);
            ds.setPassword(password == null ? "" : password);
            return ds;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(jdbcUrl);
            if (user != null && !user.isEmpty()) {
                ds.setUser(user);
            }
            if (password != null && !password.isEmpty()) {
                ds.setPassword(password);
            }
            return ds;
        }
        throw new IllegalArgumentException("hr.jdbcUrl must start with jdbc:h2: or jdbc:postgresql:, was " + jdbcUrl);
    }

    /** Creates the staff table when it is missing and fills it with the rows (the demo's list). */
    public static void createIfMissing(DataSource ds, String table, List<Map<String, Object>> rows)
            throws SQLException {
        if (!table.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?")) {
            throw new IllegalArgumentException("hr.table must be a plain (schema.)table name, was " + table);
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                return;
            } catch (SQLException missing) {
                // no table yet: create it
            }
            s.execute("create table " + table + " (custom_id varchar(48) primary key, name varchar(32) not null, "
                    + "gender int, person_type int, id_card varchar(32), telnum1 varchar(32), photo varchar(128))");
            try (PreparedStatement p = c.prepareStatement("insert into " + table
                    + " (custom_id, name, gender, person_type, id_card, telnum1, photo) values (?,?,?,?,?,?,?)")) {
                for (Map<String, Object> r : rows) {
                    p.setString(1, str(r.get("customId")));
                    p.setString(2, str(r.get("name")));
                    p.setObject(3, num(r.get("gender")));
                    p.setObject(4, num(r.get("personType")));
                    p.setString(5, str(r.get("idCard")));
                    p.setString(6, str(r.get("telnum1")));
                    p.setString(7, str(r.get("photo")));
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
    }

    private static String str(Object o) {
        return o == null || o.toString().isEmpty() ? null : o.toString();
    }

    private static Integer num(Object o) {
        String s = str(o);
        return s == null ? null : Integer.valueOf(s);
    }
}
