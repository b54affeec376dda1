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

import java.net.ServerSocket;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where PostgreSQL does not answer, the HR database is the embedded H2 one, without waiting long. */
class HrDatabaseTest {

    @Test
    void fallsBackToTheEmbeddedDatabaseWhenPostgresqlDoesNotAnswer() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        DataSource ds = HrDatabase.choose("jdbc:postgresql://127.0.0.1:" + closed + "/test", "postgres", "", 2,
                "jdbc:h2:mem:fallback-test;DB_CLOSE_DELAY=-1");
        assertThat(ds).isInstanceOf(JdbcDataSource.class);
        try (var c = ds.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        }
    }
}
