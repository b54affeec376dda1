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
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhfcamera.hfcamera.HfCameraConstants;
import io.github.camelhfcamera.hfcamera.HfCameraEventJson;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.commons.dbcp2.BasicDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Camera records into a PostgreSQL table, exactly once across any number of instances of the application (Java
 * DSL; {@code examples.jdbc=true}). Each recognition record (RecPush) becomes one row of {@code jdbc.table}, unique
 * on {@code (device_id, record_id)}, with the event JSON (without image bytes) and the {@code clientId} of the
 * instance that wrote it.
 *
 * <p>The dedupe is Camel's {@link JdbcMessageIdRepository} on the same database, in the same transaction as the
 * row: the record's key ({@code deviceId/RecPush/recordId}) and its row are committed together or not at all. An
 * instance killed in the middle of a record leaves neither behind, so the camera's resend (resume mode), taken by
 * another instance of the {@code sharedSubscriptionGroup}, is written there; a record written before is recognised by
 * its key, and the resend is acknowledged without a second row. A resend that reaches a second instance while the
 * first one is still writing waits for the first one's transaction (the repository's primary key), then counts as a
 * duplicate. The component sends the PushAck only after the transaction committed.
 *
 * <p>(Why not the component's own {@code idempotentRepository} option with the same repository: the component adds
 * a record's key before it routes the record, in a transaction of its own. An instance killed between that and the
 * row leaves the key without the row, and the other instances then take the camera's resend for a duplicate and
 * acknowledge it: the record is lost. That option fits a repository private to one instance, as the default
 * in-memory one, which the instances keep here.)
 *
 * <p>Properties: {@code jdbc.url} (required, {@code jdbc:postgresql://...}), {@code jdbc.user}, {@code jdbc.password},
 * {@code jdbc.table} [{@code hf_records}], {@code jdbc.repositoryTable} [{@code CAMEL_MESSAGEPROCESSED}],
 * {@code jdbc.processorName} [{@code hfcamera-records}], {@code jdbc.poolSize} [{@code 8}]. Both tables are created
 * when missing.
 */
public class EventsToJdbcRoutes extends RouteBuilder {

    /** Header: true when the record was written, false when it had been written before (a duplicate). */
    public static final String STORED = "HfJdbcStored";

    private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?";

    @Override
    public void configure() throws Exception {
        PropertiesComponent pc = getContext().getPropertiesComponent();
        String url = pc.resolveProperty("jdbc.url").orElseThrow(() -> new IllegalArgumentException(
                "jdbc.url is required with examples.jdbc=true (e.g. jdbc:postgresql://127.0.0.1:5432/test)"));
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("jdbc.url must start with jdbc:postgresql: (the statements use"
                    + " PostgreSQL's ON CONFLICT), was " + url);
        }
        String table = name(pc, "jdbc.table", "hf_records");
        String repositoryTable = name(pc, "jdbc.repositoryTable", "CAMEL_MESSAGEPROCESSED");
        String processorName = pc.resolveProperty("jdbc.processorName").orElse("hfcamera-records");
        int poolSize = Integer.parseInt(pc.resolveProperty("jdbc.poolSize").orElse("8"));
        if (poolSize < 1 || poolSize > 100) {
            throw new IllegalArgumentException("jdbc.poolSize must be between 1 and 100, was " + poolSize);
        }
        String instance = pc.resolveProperty("camel.component.hfcamera.clientId").orElse("");

        BasicDataSource dataSource = new BasicDataSource();
        dataSource.setUrl(url);
        pc.resolveProperty("jdbc.user").ifPresent(dataSource::setUsername);
        pc.resolveProperty("jdbc.password").ifPresent(dataSource::setPassword);
        dataSource.setMaxTotal(poolSize);
        dataSource.setMaxIdle(poolSize);
        createTables(dataSource, table, repositoryTable);

        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // the same DataSource and transaction manager kind as the route's insert: add() joins its transaction
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(dataSource, tx, processorName);
        repository.setCreateTableIfNotExists(false);
        // a resend taken by a second instance waits for the first one's transaction instead of adding its key twice
        repository.setInsertString("INSERT INTO CAMEL_MESSAGEPROCESSED (processorName, messageId, createdAt)"
                                   + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
        repository.setTableName(repositoryTable);
        getContext().getRegistry().bind("hfRecordsRepository", repository);
        // started with the context, before the route; the pool closed when the context stops
        getContext().addService(repository, true);
        BasicDataSource pool = dataSource;
        getContext().addService(new ServiceSupport() {
            @Override
            protected void doStop() throws Exception {
                pool.close();
            }
        }, true);
        String insert = "INSERT INTO " + table + " (device_id, record_id, operator, instance, event)"
                        + " VALUES (?, ?, ?, ?, ?)";

        from("hfcamera:events?type=RecPush").routeId("events-to-jdbc")
                .process(e -> {
                    String deviceId = e.getMessage().getHeader(HfCameraConstants.DEVICE_ID, String.class);
                    Long recordId = e.getMessage().getHeader(HfCameraConstants.RECORD_ID, Long.class);
                    String operator = e.getMessage().getHeader(HfCameraConstants.OPERATOR, String.class);
                    if (deviceId == null || recordId == null) {
                        throw new IllegalArgumentException("a RecPush without " + (deviceId == null ? "device id"
                                : "RecordID") + " cannot be stored");
                    }
                    String json = eventJson(e);
                    String key = deviceId + "/" + operator + "/" + recordId;
                    Boolean stored = tx.execute(status -> {
                        if (!repository.add(key)) {
                            return false;
                        }
                        jdbc.update(insert, deviceId, recordId, operator, instance, json);
                        return true;
                    });
                    e.getMessage().setHeader(STORED, stored);
                })
                .log(org.apache.camel.LoggingLevel.DEBUG, "${header." + HfCameraConstants.DEVICE_ID + "} record ${header."
                     + HfCameraConstants.RECORD_ID + "} stored: ${header." + STORED + "}");
    }

    private static String eventJson(Exchange e) {
        ObjectNode json = HfCameraEventJson.toJson(e);
        json.remove("pictures");
        return json.toString();
    }

    private static String name(PropertiesComponent pc, String key, String def) {
        String v = pc.resolveProperty(key).orElse(def);
        if (!v.matches(NAME)) {
            throw new IllegalArgumentException(key + " must be a plain (schema.)table name, was " + v);
        }
        return v;
    }

    /**
     * The records table and the repository's, when missing. Instances starting together may race to create them:
     * PostgreSQL's IF NOT EXISTS can still fail on the catalog's unique index then, and the second try sees the table.
     */
    static void createTables(DataSource ds, String table, String repositoryTable) throws SQLException {
        String[] ddl = {
            "CREATE TABLE IF NOT EXISTS " + table + " (device_id VARCHAR(64) NOT NULL, record_id BIGINT NOT NULL,"
            + " operator VARCHAR(32) NOT NULL, instance VARCHAR(128), event TEXT NOT NULL,"
            + " stored_at TIMESTAMP NOT NULL DEFAULT now(), PRIMARY KEY (device_id, record_id))",
            "CREATE TABLE IF NOT EXISTS " + repositoryTable + " (processorName VARCHAR(255) NOT NULL,"
            + " messageId VARCHAR(100) NOT NULL, createdAt TIMESTAMP, PRIMARY KEY (processorName, messageId))" };
        for (String statement : ddl) {
            for (int attempt = 1;; attempt++) {
                try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                    s.execute(statement);
                    break;
                } catch (SQLException x) {
                    if (attempt >= 3) {
                        throw x;
                    }
                }
            }
        }
    }
}
