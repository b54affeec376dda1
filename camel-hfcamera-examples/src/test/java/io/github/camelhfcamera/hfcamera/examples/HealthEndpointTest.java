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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.session.DeviceState;
import io.github.camelhfcamera.hfcamera.simulator.Await;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health checks over HTTP in Camel Main, with the properties of the component reference ("Health checks in Camel
 * Main") as written, in a Camel Main application with the component; only the port is a free one.
 */
class HealthEndpointTest {

    private static final Path ADOC = Path.of("../camel-hfcamera-component/src/main/docs/hfcamera-component.adoc");

    /** The n-th properties block of the section, as a Map. */
    static Map<String, String> documented(int n) throws Exception {
        String adoc = Files.readString(ADOC);
        String section = adoc.substring(adoc.indexOf("=== Health checks in Camel Main"));
        section = section.substring(0, section.indexOf("\n=== ", 10) < 0 ? section.length()
                : section.indexOf("\n=== ", 10));
        Matcher block = Pattern.compile("\\[source,properties]\\n----\\n(.*?)----", Pattern.DOTALL).matcher(section);
        for (int i = 0; i <= n; i++) {
            assertThat(block.find()).as("properties block %d of the health section", i).isTrue();
        }
        Map<String, String> props = new LinkedHashMap<>();
        for (String line : block.group(1).split("\n")) {
            if (line.contains("=") && !line.startsWith("#")) {
                props.put(line.substring(0, line.indexOf('=')).trim(), line.substring(line.indexOf('=') + 1).trim());
            }
        }
        return props;
    }

    @Test
    void withThePlatformHttpServerOfTheApplicationOnTheSamePort(@TempDir Path tmp) throws Exception {
        Map<String, String> props = documented(1);
        assertThat(props).containsEntry("camel.management.port", "{{camel.server.port}}");
        // the examples application: REST facade on platform-http, the fixture's free camel.server.port
        props.remove("camel.server.port");
        props.put("events.dir", tmp.resolve("events").toString());
        props.put("snapshot.dir", tmp.resolve("snapshots").toString());
        try (ExamplesFixture fx = ExamplesFixture.start(props, false)) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(fx.url("/observe/health")))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThat(health.body()).contains("\"hfcamera\"", "consumer:");
            // the health checks answer a probe without a login; the application's own routes still need one
            HttpResponse<String> devices = http.send(fx.request("/api/devices").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(devices.statusCode()).as("the application's own routes still answer").isEqualTo(200);
        }
    }

    @Test
    void theDocumentedPropertiesServeTheComponentsChecks() throws Exception {
        Map<String, String> props = documented(0);
        assertThat(props).containsEntry("camel.management.enabled", "true")
                .containsEntry("camel.management.healthCheckEnabled", "true").containsKey("camel.management.port");
        int port = ExamplesFixture.freePort();
        props.put("camel.management.port", Integer.toString(port));
        try (EmbeddedBroker broker = EmbeddedBroker.create();
             SimulatedFleet fleet = CameraSimulator.builder().brokerUrl(broker.brokerUrl()).deviceIds("cam-1")
                     .heartbeatInterval(Duration.ofMillis(500)).start()) {
            Main main = new Main();
            props.forEach(main::addInitialProperty);
            main.addInitialProperty("camel.component.hfcamera.brokerUrl", broker.brokerUrl());
            main.configure().addRoutesBuilder(new RouteBuilder() {
                @Override
                public void configure() {
                    from("hfcamera:events?type=status").to("log:status");
                }
            });
            main.start();
            try {
                HfCameraComponent hf = main.getCamelContext().getComponent("hfcamera", HfCameraComponent.class);
                Await.until(() -> hf.getDevices().stream().anyMatch(d -> d.state() == DeviceState.ONLINE),
                        Duration.ofSeconds(15), "cam-1 online");
                HttpClient http = HttpClient.newHttpClient();
                HttpResponse<String> all = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/observe/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(all.body()).contains("\"hfcamera\"", "consumer:");
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/observe/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
                assertThat(ready.body()).contains("\"hfcamera\"");
            } finally {
                main.stop();
            }
        }
    }
}
