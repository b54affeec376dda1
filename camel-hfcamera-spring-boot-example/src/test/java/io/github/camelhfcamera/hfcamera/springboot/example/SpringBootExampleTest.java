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

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.Broker;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import io.github.camelhfcamera.hfcamera.simulator.broker.MosquittoBroker;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The example application as it is configured by its application.yaml, against Mosquitto (the simulator's
 * MosquittoBroker; the embedded Artemis where no mosquitto binary is installed), two simulated cameras in resume
 * mode and an in-process Kafka: the HR table synced on the schedule (PostgreSQL on 127.0.0.1:5432 when it accepts
 * connections, in a table of the test's own, dropped afterwards; the embedded H2 database otherwise), a change in
 * it on the next run, the cameras' records in Kafka, the REST endpoint's commands behind the token, Actuator.
 */
@SpringBootTest(classes = { HfCameraSpringBootExample.class, SpringBootExampleTest.Services.class }, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
// Spring Boot's tests turn the metrics export (and so /actuator/prometheus) off unless asked
@AutoConfigureObservability(tracing = false)
// closed after the class, and with it the test's services
@DirtiesContext
class SpringBootExampleTest {

    static final String TOKEN = "test-token-0123456789";
    static final String TABLE = "hr_sb_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    static Broker broker;
    static SimulatedFleet fleet;
    static EmbeddedKafka kafka;
    static Path images;
    static int port;

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) throws Exception {
        if (MosquittoBroker.isAvailable()) {
            broker = MosquittoBroker.create();
        } else if (System.getenv("CI") != null) {
            throw new IllegalStateException("mosquitto is not installed: .ci/run installs it (apt-get install"
                                            + " mosquitto)");
        } else {
            broker = EmbeddedBroker.create();
        }
        kafka = EmbeddedKafka.start();
        images = Files.createTempDirectory("sb-example-images");
        port = freePort();
        fleet = CameraSimulator.builder().brokerUrl(broker.brokerUrl()).deviceIds("cam-1", "cam-2")
                .heartbeatInterval(Duration.ofMillis(500)).resumeMode(true).resendInterval(Duration.ofSeconds(2))
                .fastBatches().start();
        registry.add("server.port", () -> port);
        registry.add("camel.component.hfcamera.broker-url", broker::brokerUrl);
        registry.add("camel.component.hfcamera.heartbeat-interval", () -> "500");
        registry.add("camel.component.kafka.brokers", kafka::bootstrapServers);
        registry.add("events.imageDir", images::toString);
        registry.add("examples.api.token", () -> TOKEN);
        registry.add("hr.table", () -> TABLE);
        registry.add("hr.embedded-url", () -> "jdbc:h2:mem:" + TABLE + ";DB_CLOSE_DELAY=-1");
        registry.add("hr.delay", () -> "200");
        registry.add("hr.period", () -> "1500");
    }

    /**
     * The services close with the application, after Camel stopped (a bean is destroyed then): first the HR table
     * of the test, then the cameras, Kafka and the broker.
     */
    @TestConfiguration
    static class Services {
        @Bean(destroyMethod = "close")
        AutoCloseable testServices() {
            return () -> {
                try {
                    if (postgresUp()) {
                        try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", "");
                             Statement s = c.createStatement()) {
                            s.execute("drop table if exists " + TABLE);
                        }
                    }
                } finally {
                    fleet.close();
                    kafka.close();
                    broker.close();
                }
            };
        }
    }

    static boolean postgresUp() {
        try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", "")) {
            return c.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    @Autowired
    @Qualifier("hrDataSource")
    DataSource hrDataSource;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theHrTableIsSyncedToEveryCameraOnTheScheduleAndSoIsAChange() throws Exception {
        assertThat(hrDataSource instanceof PGSimpleDataSource).as("PostgreSQL when it is up, H2 otherwise")
                .isEqualTo(postgresUp());
        SimulatedCamera cam1 = fleet.camera("cam-1");
        SimulatedCamera cam2 = fleet.camera("cam-2");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (SimulatedCamera cam : List.of(cam1, cam2)) {
                assertThat(cam.persons()).extracting(Person::customId).hasSize(12).contains("E1001", "E1012");
            }
        });
        try (Connection c = hrDataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update " + TABLE + " set name = 'Bruno Costa-Silva' where custom_id = 'E1002'");
            s.executeUpdate("delete from " + TABLE + " where custom_id = 'E1012'");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (SimulatedCamera cam : List.of(cam1, cam2)) {
                assertThat(cam.person("E1002")).map(Person::name).hasValue("Bruno Costa-Silva");
                assertThat(cam.persons()).extracting(Person::customId).hasSize(11).doesNotContain("E1012");
            }
        });
    }

    @Test
    void recordsReachKafkaAndAreAcknowledgedToTheCamera() throws Exception {
        SimulatedCamera cam1 = fleet.camera("cam-1");
        awaitOnline();
        cam1.pushRecord();
        cam1.pushRecord();
        // resume mode: the camera keeps a record until its PushAck, which follows Kafka's ack
        cam1.awaitPendingAcks(0, Duration.ofSeconds(30));
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = List.of(new TopicPartition("hfcamera.recognition", 0));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= 2;
            });
        }
        for (ConsumerRecord<String, String> r : records) {
            assertThat(r.key()).isEqualTo("cam-1");
            JsonNode event = json.readTree(r.value());
            assertThat(event.path("deviceId").asText()).isEqualTo("cam-1");
            assertThat(event.path("group").asText()).isEqualTo("recognition");
            assertThat(r.value()).as("no image bytes in Kafka").doesNotContain("/9j/");
        }
    }

    @Test
    void theRestEndpointRunsCommandsBehindTheToken() throws Exception {
        awaitOnline();
        HttpResponse<String> ok = post("/api/devices/cam-2/commands/GetSysTime", "Bearer " + TOKEN);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/json"));
        assertThat(json.readTree(ok.body()).isObject()).as(ok.body()).isTrue();
        assertThat(fleet.camera("cam-2").receivedCommands())
                .anySatisfy(c -> assertThat(c.operator()).isEqualTo("GetSysTime"));

        assertThat(post("/api/devices/cam-2/commands/GetSysTime", null).statusCode()).isEqualTo(401);
        assertThat(post("/api/devices/cam-2/commands/GetSysTime", "Bearer wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> bad = post("/api/devices/cam-2/commands/NotAnOperator", "Bearer " + TOKEN);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("operator");
    }

    @Test
    void actuatorShowsTheComponentInReadinessAndPrometheus() throws Exception {
        awaitOnline();
        HttpResponse<String> ready = get("/actuator/health/readiness");
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        JsonNode camel = json.readTree(ready.body()).path("components").path("camelHealth").path("details");
        assertThat(camel.path("hfcamera").asText()).as(ready.body()).isEqualTo("UP");
        HttpResponse<String> prometheus = get("/actuator/prometheus");
        assertThat(prometheus.statusCode()).as(prometheus.body()).isEqualTo(200);
        assertThat(prometheus.body()).containsPattern("(?m)^hfcamera_devices\\{[^}]*state=\"online\"[^}]*\\} 2\\.0$");
    }

    private void awaitOnline() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            HttpResponse<String> r = get("/actuator/health");
            assertThat(json.readTree(r.body()).path("components").path("camelHealth").path("details")
                    .path("hfcamera.data").path("devices.online").asText()).as(r.body()).isEqualTo("2");
        });
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
