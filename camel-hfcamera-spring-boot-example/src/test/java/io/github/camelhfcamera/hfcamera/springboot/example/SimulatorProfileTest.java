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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The profile docs/spring-boot.md runs ({@code --spring.profiles.active=simulator}), as application.yaml configures
 * it: its embedded broker and simulated cameras, the HR sync, the events logged, the REST endpoint with the
 * profile's token. Only the ports (free ones, not 8080 and 11883) and the HR table (one of its own) are the test's.
 */
@SpringBootTest(classes = HfCameraSpringBootExample.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("simulator")
// closed after the class: its broker, cameras and HR timer stop with it
@DirtiesContext
class SimulatorProfileTest {

    static final String TABLE = "hr_sim_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    static int port;

    @DynamicPropertySource
    static void ports(DynamicPropertyRegistry registry) throws Exception {
        port = SpringBootExampleTest.freePort();
        int brokerPort = SpringBootExampleTest.freePort();
        registry.add("server.port", () -> port);
        registry.add("simulator.broker-port", () -> brokerPort);
        registry.add("hr.table", () -> TABLE);
        registry.add("hr.embedded-url", () -> "jdbc:h2:mem:" + TABLE + ";DB_CLOSE_DELAY=-1");
        registry.add("hr.delay", () -> "200");
        registry.add("hr.period", () -> "1500");
    }

    @Autowired
    SimulatedFleet cameras;
    @Autowired
    CamelContext camel;
    @Autowired
    @Qualifier("hrDataSource")
    DataSource hrDataSource;

    @AfterEach
    void dropTable() throws Exception {
        try (Connection c = hrDataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table " + TABLE);
        }
    }

    @Test
    void runsAgainstItsSimulatedCameras() throws Exception {
        assertThat(camel.getRoute("events-to-log")).as("Kafka is off in the profile").isNotNull();
        assertThat(camel.getRoute("events-to-kafka")).isNull();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String id : new String[] { "cam-1", "cam-2" }) {
                SimulatedCamera cam = cameras.camera(id);
                assertThat(cam.persons()).as(id).hasSize(12);
            }
        });
        HttpResponse<String> devices = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + port + "/api/devices"))
                .header("Authorization", "Bearer simulator-token").timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(devices.statusCode()).as(devices.body()).isEqualTo(200);
        assertThat(devices.body()).contains("\"deviceId\":\"cam-1\"", "\"deviceId\":\"cam-2\"", "ONLINE");
    }
}
