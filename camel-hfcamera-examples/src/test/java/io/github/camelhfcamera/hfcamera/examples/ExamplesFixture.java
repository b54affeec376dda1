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

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.session.DeviceState;
import io.github.camelhfcamera.hfcamera.simulator.Await;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

/** An embedded Artemis, simulated cameras cam-1 and cam-2 and the examples application (Camel Main) on a free port. */
final class ExamplesFixture implements AutoCloseable {

    /** The login of the REST facade and the console in the tests. */
    static final String USER = "admin";
    static final String PASSWORD = "test-password-1";
    /** The bearer token of the REST facade in the tests. */
    static final String TOKEN = "test-token-0123456789";

    final EmbeddedBroker broker;
    final SimulatedFleet fleet;
    final Main main;
    final int port;

    private ExamplesFixture(EmbeddedBroker broker, SimulatedFleet fleet, Main main, int port) {
        this.broker = broker;
        this.fleet = fleet;
        this.main = main;
        this.port = port;
    }

    /** Starts everything; the HR timer stays idle (tests call direct:hr-sync) unless the properties say otherwise. */
    static ExamplesFixture start(Map<String, String> properties, boolean resumeMode) throws Exception {
        EmbeddedBroker broker = EmbeddedBroker.create();
        int port = freePort();
        Map<String, String> props = new LinkedHashMap<>();
        props.put("camel.component.hfcamera.brokerUrl", broker.brokerUrl());
        props.put("camel.component.hfcamera.heartbeatInterval", "500");
        props.put("camel.server.port", Integer.toString(port));
        props.put("hr.delay", "3600000");
        props.put("hr.period", "3600000");
        props.put("examples.auth.user", USER);
        props.put("examples.auth.password", PASSWORD);
        props.put("examples.auth.token", TOKEN);
        props.putAll(properties);
        Main main = ExamplesApp.create(props);
        main.start();
        SimulatedFleet fleet = CameraSimulator.builder()
                .brokerUrl(broker.brokerUrl())
                .deviceIds("cam-1", "cam-2")
                .heartbeatInterval(Duration.ofMillis(500))
                .resumeMode(resumeMode)
                .resendInterval(Duration.ofSeconds(2))
                .fastBatches()
                .start();
        fleet.awaitOnlineAcked(Duration.ofSeconds(15));
        HfCameraComponent hf = main.getCamelContext().getComponent("hfcamera", HfCameraComponent.class);
        Await.until(() -> hf.getDevices().stream().filter(d -> d.state() == DeviceState.ONLINE).count() == 2,
                Duration.ofSeconds(15), "cam-1 and cam-2 online in the component's registry");
        return new ExamplesFixture(broker, fleet, main, port);
    }

    CamelContext context() {
        return main.getCamelContext();
    }

    ProducerTemplate template() {
        return context().createProducerTemplate();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** A request to {@code path} with the fixture's HTTP Basic login. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20))
                .header("Authorization", basic(USER, PASSWORD));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws Exception {
        try {
            fleet.close();
        } finally {
            try {
                main.stop();
            } finally {
                broker.close();
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
