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
package io.github.camelhfcamera.hfcamera;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.ReceivedCommand;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.test.EmbeddedBrokerExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;

/** A Camel context with an hfcamera component on an embedded broker, and simulated cameras. */
abstract class HfCameraTestSupport extends CamelTestSupport {

    static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final EmbeddedBrokerExtension broker = new EmbeddedBrokerExtension();
    final List<SimulatedFleet> fleets = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeCameras() {
        for (SimulatedFleet f : fleets) {
            f.close();
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext ctx = super.createCamelContext();
        HfCameraComponent component = new HfCameraComponent();
        component.getConfiguration().setBrokerUrl(broker.url());
        component.getConfiguration().setRequestTimeout(3000);
        // the camera downloads every picURI: room for a thousand downloads on a busy build machine
        component.getConfiguration().setBatchTimeout(20_000);
        component.getConfiguration().setBusyRetryDelay(100);
        configure(component);
        ctx.addComponent("hfcamera", component);
        return ctx;
    }

    /** Sets the component's options for a test class. */
    void configure(HfCameraComponent component) {
    }

    HfCameraComponent component() {
        return context.getComponent("hfcamera", HfCameraComponent.class);
    }

    /**
     * Simulated cameras with test timings: fast batches, quick reconnects and reboots, small pictures; a heartbeat
     * interval (30 s) longer than any test, so they send a HeartBeat only when told.
     */
    CameraSimulator.Builder simulator(String... ids) {
        return CameraSimulator.builder().brokerUrl(broker.url()).deviceIds(ids).fastBatches()
                .reconnectDelay(Duration.ofMillis(200)).rebootDuration(Duration.ofMillis(300))
                .picBytes(2_000).sceneBytes(2_000);
    }

    /** Starts the cameras (connected and subscribed when it returns); closed after the test. */
    SimulatedFleet start(CameraSimulator.Builder simulator) {
        SimulatedFleet f = simulator.start();
        fleets.add(f);
        return f;
    }

    SimulatedCamera camera(String id) {
        return start(simulator(id)).camera(id);
    }

    /** The commands a camera received, without the platform's acknowledgements (Online-Ack, PushAck). */
    static List<ReceivedCommand> commands(SimulatedCamera cam) {
        return cam.receivedCommands().stream()
                .filter(c -> !Set.of("Online-Ack", "PushAck").contains(c.operator())).toList();
    }

    /** Waits until the broker confirmed the component's event subscriptions. */
    void awaitEventsSubscribed() {
        await().until(() -> component().getSession() != null && component().getSession().isEventsSubscribed());
    }
}
