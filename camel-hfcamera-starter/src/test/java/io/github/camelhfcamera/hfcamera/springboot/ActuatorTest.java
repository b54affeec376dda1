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
package io.github.camelhfcamera.hfcamera.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Spring Boot application with the starter, Actuator and Micrometer's Prometheus registry, an events route and two
 * simulated cameras on an embedded broker: the component's health check is in /actuator/health and in its
 * readiness group, its meters in /actuator/prometheus.
 */
@SpringBootTest(classes = ActuatorTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {
                        "camel.component.hfcamera.heartbeat-interval=500",
                        "camel.component.hfcamera.client-id=actuator-test",
                        "management.endpoints.web.exposure.include=health,prometheus",
                        "management.endpoint.health.show-details=always",
                        "management.endpoint.health.probes.enabled=true",
                        "management.endpoint.health.group.readiness.include=readinessState,camelReadinessState,camelHealth",
                        "camel.health.exposure-level=full" })
// Spring Boot's tests turn the metrics export (and so the Prometheus registry) off unless asked
@AutoConfigureObservability(tracing = false)
// closed after the class, and with it the broker and the cameras
@DirtiesContext
class ActuatorTest {

    static EmbeddedBroker broker;
    static SimulatedFleet fleet;

    @SpringBootApplication
    static class App {
        /** The broker and the cameras close with the application, after Camel stopped (a bean is destroyed then). */
        @Bean(destroyMethod = "close")
        AutoCloseable simulator() {
            return () -> {
                fleet.close();
                broker.close();
            };
        }

        @Bean
        RouteBuilder events() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("hfcamera:events?type=recognition").routeId("recognitions").log("a recognition record");
                }
            };
        }
    }

    @DynamicPropertySource
    static void broker(DynamicPropertyRegistry registry) {
        broker = EmbeddedBroker.create();
        fleet = CameraSimulator.builder().brokerUrl(broker.brokerUrl()).deviceIds("cam-1", "cam-2")
                .heartbeatInterval(Duration.ofMillis(500)).start();
        registry.add("camel.component.hfcamera.broker-url", broker::brokerUrl);
    }

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthShowsTheComponentWithItsDevices() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            HttpResponse<String> r = get("/actuator/health");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode camel = json.readTree(r.body()).path("components").path("camelHealth");
            assertThat(camel.path("status").asText()).as(r.body()).isEqualTo("UP");
            assertThat(camel.path("details").path("hfcamera").asText()).as(r.body()).isEqualTo("UP");
            JsonNode data = camel.path("details").path("hfcamera.data");
            assertThat(data.path("devices.online").asText()).as(r.body()).isEqualTo("2");
            assertThat(data.path("connections").asText()).isEqualTo("1");
            assertThat(data.path("brokerUrl").asText()).isEqualTo(broker.brokerUrl());
        });
    }

    @Test
    void readinessGroupHasTheComponentsChecks() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            HttpResponse<String> r = get("/actuator/health/readiness");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode body = json.readTree(r.body());
            assertThat(body.path("status").asText()).isEqualTo("UP");
            JsonNode details = body.path("components").path("camelHealth").path("details");
            assertThat(details.path("hfcamera").asText()).as(r.body()).isEqualTo("UP");
            assertThat(details.path("hfcamera.data").path("devices.online").asText()).as(r.body()).isEqualTo("2");
            // the events consumer's own check, under the route's consumer
            assertThat(details.path("consumer:recognitions").asText()).as(r.body()).isEqualTo("UP");
            assertThat(details.path("consumer:recognitions.data").path("check.id").asText())
                    .isEqualTo("hfcamera-consumer-recognitions");
        });
    }

    @Test
    void prometheusShowsTheComponentsMeters() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            HttpResponse<String> r = get("/actuator/prometheus");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(r.body()).containsPattern("(?m)^hfcamera_connected\\{[^}]*\\} 1\\.0$")
                    .containsPattern("(?m)^hfcamera_devices\\{[^}]*state=\"online\"[^}]*\\} 2\\.0$")
                    .containsPattern("(?m)^hfcamera_events_received_total\\{[^}]*\\} \\d+\\.0$");
        });
    }
}
