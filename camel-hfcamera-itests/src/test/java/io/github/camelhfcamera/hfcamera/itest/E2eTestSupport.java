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
package io.github.camelhfcamera.hfcamera.itest;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.Broker;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;

import static org.awaitility.Awaitility.await;

/**
 * A Camel context whose hfcamera component talks to simulated cameras through a real broker. Subclasses choose the
 * broker in their {@code @BeforeAll}. Heartbeats are short (300 ms) and batches fast, to keep the suite quick.
 */
abstract class E2eTestSupport extends CamelTestSupport {

    static final Duration HEARTBEAT = Duration.ofMillis(300);
    static final Duration WAIT = Duration.ofSeconds(20);

    static Broker broker;
    /** The face photo of the persons of {@link #people}: one JPEG, prepared once per exchange. */
    static final io.github.camelhfcamera.hfcamera.protocol.Image FACE = io.github.camelhfcamera.hfcamera.protocol.Image
            .ofJpeg(io.github.camelhfcamera.hfcamera.simulator.Jpegs.jpeg(20_000, "face"));
    final List<SimulatedFleet> fleets = new CopyOnWriteArrayList<>();

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    @AfterEach
    void closeFleets() {
        fleets.forEach(SimulatedFleet::close);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext ctx = super.createCamelContext();
        ctx.addComponent("hfcamera", component());
        return ctx;
    }

    /**
     * A component on the test broker with short timeouts and heartbeats, serving the persons' photos to the cameras
     * (photoServer on 127.0.0.1, a free port).
     */
    HfCameraComponent component() {
        HfCameraComponent c = new HfCameraComponent();
        c.getConfiguration().setPhotoServer(true);
        c.getConfiguration().setBrokerUrl(broker.brokerUrl());
        c.getConfiguration().setHeartbeatInterval(HEARTBEAT.toMillis());
        c.getConfiguration().setBusyRetryDelay(200);
        c.getConfiguration().setRequestTimeout(5000);
        c.getConfiguration().setBatchTimeout(30000);
        configure(c);
        return c;
    }

    /** Component options of a test class. */
    void configure(HfCameraComponent component) {
    }

    HfCameraComponent hfcamera() {
        return context.getComponent("hfcamera", HfCameraComponent.class);
    }

    /** Simulated cameras on the test broker, connected and acknowledged online. */
    SimulatedFleet fleet(UnaryOperator<CameraSimulator.Builder> options, String... ids) {
        CameraSimulator.Builder b = CameraSimulator.builder().brokerUrl(broker.brokerUrl()).deviceIds(ids)
                .heartbeatInterval(HEARTBEAT).fastBatches().reconnectDelay(Duration.ofMillis(300));
        SimulatedFleet fleet = options.apply(b).start();
        fleets.add(fleet);
        return fleet;
    }

    SimulatedFleet fleet(String... ids) {
        return fleet(b -> b, ids);
    }

    /** Waits until the broker confirmed the component's record subscriptions. */
    void awaitEventsSubscribed(CamelContext ctx) {
        HfCameraComponent c = ctx.getComponent("hfcamera", HfCameraComponent.class);
        await().atMost(WAIT).until(() -> c.getSession() != null && c.getSession().isEventsSubscribed());
    }

    void awaitEventsSubscribed() {
        awaitEventsSubscribed(context);
    }

    /**
     * A second application instance on the same broker (its own component, client id and context) with a RecPush
     * route to its own mock:records, started and subscribed. Close it after use.
     */
    CamelContext secondInstance(String clientId) throws Exception {
        CamelContext other = new org.apache.camel.impl.DefaultCamelContext();
        HfCameraComponent c = component();
        c.getConfiguration().setClientId(clientId);
        other.addComponent("hfcamera", c);
        other.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("hfcamera:events?type=RecPush").to("mock:records");
            }
        });
        other.start();
        awaitEventsSubscribed(other);
        return other;
    }

    /** Persons with a photo given as bytes: the component's photo server serves it to the cameras. */
    static List<Person> people(int n, String prefix) {
        return IntStream.range(0, n).mapToObj(i -> Person.builder().customId(prefix + i).name("n" + i)
                .personType(0).pic(FACE).build()).toList();
    }

    /** An http URL nothing listens on: the camera's download fails. */
    static String unreachable(String name) throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + s.getLocalPort() + "/" + name + ".jpg";
        }
    }
}
