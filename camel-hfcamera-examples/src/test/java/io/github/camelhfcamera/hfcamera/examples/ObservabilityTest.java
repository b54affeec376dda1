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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.session.DeviceState;
import io.github.camelhfcamera.hfcamera.simulator.Await;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Camel Main application with the observability a user turns on (camel.metrics.enabled and the management
 * server's /observe endpoints), two simulated cameras: Prometheus finds the hfcamera meters, and a camera that loses
 * its network never makes /observe/health/live answer 503 (under Kubernetes: a restart of the pod).
 */
class ObservabilityTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static EmbeddedBroker broker;
    private static SimulatedFleet fleet;
    private static Main main;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        broker = EmbeddedBroker.create();
        port = ExamplesFixture.freePort();
        main = new Main();
        main.addInitialProperty("camel.component.hfcamera.brokerUrl", broker.brokerUrl());
        main.addInitialProperty("camel.component.hfcamera.heartbeatInterval", "500");
        main.addInitialProperty("camel.metrics.enabled", "true");
        main.addInitialProperty("camel.management.enabled", "true");
        main.addInitialProperty("camel.management.port", Integer.toString(port));
        main.addInitialProperty("camel.management.metricsEnabled", "true");
        main.addInitialProperty("camel.management.healthCheckEnabled", "true");
        main.addInitialProperty("camel.health.exposureLevel", "full");
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("hfcamera:events?type=recognition").routeId("records").log("${header.CamelHfCameraRecordId}");
                from("direct:time").routeId("time").to("hfcamera:command?operator=GetSysTime");
            }
        });
        main.start();
        fleet = CameraSimulator.builder().brokerUrl(broker.brokerUrl()).deviceIds("cam-1", "cam-2")
                .heartbeatInterval(Duration.ofMillis(500)).start();
        fleet.awaitOnlineAcked(Duration.ofSeconds(15));
        HfCameraComponent hf = main.getCamelContext().getComponent("hfcamera", HfCameraComponent.class);
        Await.until(() -> hf.getDevicesOnline() == 2, Duration.ofSeconds(15), "cam-1 and cam-2 online");
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (fleet != null) {
                fleet.close();
            }
        } finally {
            try {
                if (main != null) {
                    main.stop();
                }
            } finally {
                if (broker != null) {
                    broker.close();
                }
            }
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void prometheusScrapesTheHfcameraMeters() throws Exception {
        main.getCamelContext().createProducerTemplate().sendBodyAndHeader("direct:time", null,
                "CamelHfCameraDeviceId", "cam-2");
        fleet.camera("cam-2").pushRecord();
        HfCameraComponent hf = main.getCamelContext().getComponent("hfcamera", HfCameraComponent.class);
        Await.until(() -> hf.getPushAcks() >= 1, Duration.ofSeconds(15), "the record acknowledged");

        HttpResponse<String> r = get("/observe/metrics");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).containsPattern("hfcamera_devices\\{[^}]*state=\"online\"[^}]*\\} 2\\.0")
                .containsPattern("hfcamera_commands_seconds_count\\{[^}]*operator=\"GetSysTime\"[^}]*outcome=\"ok\""
                                 + "[^}]*\\} 1")
                .containsPattern("hfcamera_events_routed_total\\{[^}]*\\} [1-9]")
                .containsPattern("hfcamera_pushacks_sent_total\\{[^}]*\\} 1\\.0")
                .contains("hfcamera_bad_input_total{").contains("hfcamera_commands_pending{")
                .contains("hfcamera_connected{");
    }

    @Test
    void aCameraThatLosesItsNetworkNeverTakesLivenessDown() throws Exception {
        HfCameraComponent hf = main.getCamelContext().getComponent("hfcamera", HfCameraComponent.class);
        fleet.camera("cam-1").loseNetwork();
        try {
            Await.until(() -> hf.getDevices().stream().anyMatch(d -> d.deviceId().equals("cam-1")
                                                                     && d.state() != DeviceState.ONLINE),
                    Duration.ofSeconds(15), "cam-1 down in the registry");

            HttpResponse<String> live = get("/observe/health/live");
            assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
            // data=true: with the checks' details
            HttpResponse<String> ready = get("/observe/health/ready?data=true");
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
            assertThat(ready.body()).contains("devices.down").contains("cam-1");
        } finally {
            fleet.camera("cam-1").restoreNetwork();
            Await.until(() -> hf.getDevicesOnline() == 2, Duration.ofSeconds(30), "cam-1 back online");
        }
    }
}
