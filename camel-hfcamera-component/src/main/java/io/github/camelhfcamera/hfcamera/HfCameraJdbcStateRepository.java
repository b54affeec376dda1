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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.github.camelhfcamera.hfcamera.session.PersonSyncState;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A {@link StateRepository} in a database table, for the persons sync's {@code syncStateRepository} (Camel 4.17 has
 * no JDBC StateRepository of its own). Plain JDBC on the DataSource the application gives (tested on PostgreSQL and
 * H2); the table is created when it is missing:
 *
 * <pre>
 * create table hfcamera_sync_state (state_key varchar(512) primary key, state_value varchar(512) not null)
 * </pre>
 *
 * The sync reads the hashes of a device in bulk ({@code select ... where state_key in (...)}) and saves what a batch
 * confirmed in one transaction (batched updates, then inserts of the new keys), so a sync of thousands of persons
 * takes a few round trips per batch.
 */
public class HfCameraJdbcStateRepository extends ServiceSupport implements StateRepository<String, String>,
        PersonSyncState {

    private static final int IN_CHUNK = 500;

    private DataSource dataSource;
    private String tableName = "hfcamera_sync_state";
    private boolean createTable = true;

    public HfCameraJdbcStateRepository() {
    }

    public HfCameraJdbcStateRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void doStart() throws Exception {
        if (dataSource == null) {
            throw new IllegalArgumentException("HfCameraJdbcStateRepository needs a dataSource");
        }
        if (!tableName.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?")) {
            throw new IllegalArgumentException("tableName must be a plain (schema.)table name, was " + tableName);
        }
        if (!createTable) {
            return;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) from " + tableName + " where 1 = 0")) {
                return;
            } catch (SQLException missing) {
                // no table yet
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
            }
            s.execute("create table " + tableName + " (state_key varchar(512) primary key,"
                    + " state_value varchar(512) not null)");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    @Override
    public String getState(String key) {
        return get(key);
    }

    @Override
    public void setState(String key, String value) {
        put(key, value);
    }

    @Override
    public String get(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("select state_value from " + tableName
                     + " where state_key = ?")) {
            p.setString(1, key);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new RuntimeCamelException("cannot read the sync state from " + tableName + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void put(String key, String value) {
        putAll(Map.of(key, value));
    }

    @Override
    public Map<String, String> getAll(Collection<String> keys) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(keys);
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < all.size(); from += IN_CHUNK) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
                StringBuilder sql = new StringBuilder("select state_key, state_value from ").append(tableName)
                        .append(" where state_key in (");
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "?" : ",?");
                }
                try (PreparedStatement p = c.prepareStatement(sql.append(')').toString())) {
                    for (int i = 0; i < chunk.size(); i++) {
                        p.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            out.put(rs.getString(1), rs.getString(2));
                        }
                    }
                }
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new RuntimeCamelException("cannot read the sync state from " + tableName + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Stores the entries in one transaction: an update of each key, then an insert of the keys no row had, in key
     * order so that two writers do not deadlock. When a concurrent writer inserted one of the keys in between, the
     * transaction is rolled back and tried again (then the key is updated), up to five times.
     */
    @Override
    public void putAll(Map<String, String> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Map<String, String> sorted = new java.util.TreeMap<>(entries);
        SQLException failure = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                write(sorted);
                return;
            } catch (SQLException e) {
                if (failure != null) {
                    e.addSuppressed(failure);
                }
                failure = e;
            }
        }
        throw new RuntimeCamelException("cannot save the sync state in " + tableName + ": " + failure.getMessage(),
                failure);
    }

    private void write(Map<String, String> entries) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement upd = c.prepareStatement("update " + tableName
                    + " set state_value = ? where state_key = ?");
                 PreparedStatement ins = c.prepareStatement("insert into " + tableName
                         + " (state_key, state_value) values (?, ?)")) {
                List<Map.Entry<String, String>> list = new ArrayList<>(entries.entrySet());
                for (Map.Entry<String, String> e : list) {
                    upd.setString(1, e.getValue() == null ? "" : e.getValue());
                    upd.setString(2, e.getKey());
                    upd.addBatch();
                }
                int[] counts = upd.executeBatch();
                boolean any = false;
                for (int i = 0; i < list.size(); i++) {
                    Map.Entry<String, String> e = list.get(i);
                    int n = counts[i];
                    if (n == Statement.SUCCESS_NO_INFO) {
                        // a driver that does not count batched rows: this key alone
                        upd.clearBatch();
                        upd.setString(1, e.getValue() == null ? "" : e.getValue());
                        upd.setString(2, e.getKey());
                        n = upd.executeUpdate();
                    }
                    if (n == 0) {
                        ins.setString(1, e.getKey());
                        ins.setString(2, e.getValue() == null ? "" : e.getValue());
                        ins.addBatch();
                        any = true;
                    }
                }
                if (any) {
                    ins.executeBatch();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String getTableName() {
        return tableName;
    }

    /** The table, {@code table} or {@code schema.table}; {@code hfcamera_sync_state} by default. */
    public void setTableName(String tableName) {
        this.tableName = tableName;
    }

    public boolean isCreateTable() {
        return createTable;
    }

    /** Create the table when it is missing (default true). */
    public void setCreateTable(boolean createTable) {
        this.createTable = createTable;
    }
}
