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
package io.github.camelhfcamera.hfcamera.springboot.example;

import java.sql.Connection;

import javax.sql.DataSource;

import io.github.camelhfcamera.hfcamera.examples.HrDataSource;
import io.github.camelhfcamera.hfcamera.examples.StaffCsv;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HR database, {@code hrDataSource}: PostgreSQL at {@code hr.postgres.url} when it accepts a connection within
 * {@code hr.postgres.connect-timeout} seconds, the embedded H2 database {@code hr.embedded-url} otherwise (as the
 * Camel Main examples' HrDataSource chooses by URL). The table {@code hr.table} is created and filled from
 * {@code hr.csv} when it is missing and {@code hr.create-table} is true.
 */
@Configuration(proxyBeanMethods = false)
public class HrDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(HrDatabase.class);

    @Bean
    public DataSource hrDataSource(@Value("${hr.postgres.url}") String postgresUrl,
                                   @Value("${hr.postgres.user:}") String user,
                                   @Value("${hr.postgres.password:}") String password,
                                   @Value("${hr.postgres.connect-timeout:2}") int connectTimeout,
                                   @Value("${hr.embedded-url}") String embeddedUrl,
                                   @Value("${hr.table}") String table,
                                   @Value("${hr.create-table:true}") boolean createTable,
                                   @Value("${hr.csv}") String csv) throws Exception {
        DataSource ds = choose(postgresUrl, user, password, connectTimeout, embeddedUrl);
        if (createTable) {
            HrDataSource.createIfMissing(ds, table, new StaffCsv(csv).read());
        }
        return ds;
    }

    /** PostgreSQL when it answers, otherwise the embedded database. */
    static DataSource choose(String postgresUrl, String user, String password, int connectTimeout,
                             String embeddedUrl) {
        if (postgresUrl != null && !postgresUrl.isBlank()) {
            DataSource pg = HrDataSource.create(postgresUrl, user, password);
            ((PGSimpleDataSource) pg).setConnectTimeout(connectTimeout);
            ((PGSimpleDataSource) pg).setLoginTimeout(connectTimeout);
            try (Connection c = pg.getConnection()) {
                if (c.isValid(connectTimeout)) {
                    LOG.info("HR database: PostgreSQL {}", postgresUrl);
                    return pg;
                }
            } catch (Exception e) {
                LOG.info("HR database: PostgreSQL {} not reachable ({}), using the embedded {}", postgresUrl,
                        e.getMessage(), embeddedUrl);
            }
        }
        LOG.info("HR database: embedded {}", embeddedUrl);
        return HrDataSource.create(embeddedUrl, null, null);
    }
}
