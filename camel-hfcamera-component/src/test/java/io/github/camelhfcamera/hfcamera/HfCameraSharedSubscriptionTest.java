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

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.github.camelhfcamera.hfcamera.protocol.model.SysTime;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two platform instances with one shared subscription group split the records and each gets its own answers. */
class HfCameraSharedSubscriptionTest {

    EmbeddedBroker broker;
    CamelContext a;
    CamelContext b;
    SimulatedFleet fleet;

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] { a, b, fleet, broker }) {
            if (c != null) {
                c.close();
            }
        }
    }

    CamelContext instance(String name) throws Exception {
        CamelContext ctx = new DefaultCamelContext();
        HfCameraComponent component = new HfCameraComponent();
        component.getConfiguration().setBrokerUrl(broker.brokerUrl());
        component.getConfiguration().setClientId("platform-" + name);
        component.getConfiguration().setSharedSubscriptionGroup("fleet");
        ctx.addComponent("hfcamera", component);
        ctx.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("hfcamera:events?type=RecPush").to("mock:records");
            }
        });
        ctx.start();
        return ctx;
    }

    @Test
    void twoInstancesSplitTheRecordsAndEachReceivesItsOwnAnswers() throws Exception {
        broker = EmbeddedBroker.create();
        a = instance("a");
        b = instance("b");
        fleet = CameraSimulator.builder().brokerUrl(broker.brokerUrl()).deviceIds("cam-1").picBytes(2_000)
                .sceneBytes(2_000).start();
        SimulatedCamera cam = fleet.camera("cam-1");
        for (CamelContext ctx : List.of(a, b)) {
            await().until(() -> ctx.getComponent("hfcamera", HfCameraComponent.class).getSession().isEventsSubscribed());
        }

        for (int i = 1; i <= 20; i++) {
            cam.pushRecord();
        }
        MockEndpoint ma = a.getEndpoint("mock:records", MockEndpoint.class);
        MockEndpoint mb = b.getEndpoint("mock:records", MockEndpoint.class);
        await().until(() -> ma.getReceivedCounter() + mb.getReceivedCounter() >= 20);
        await().until(() -> cam.receivedCommands("PushAck").size() >= 20);

        Set<Object> ids = new HashSet<>();
        ma.getReceivedExchanges().forEach(e -> ids.add(e.getMessage().getHeader(HfCameraConstants.RECORD_ID)));
        mb.getReceivedExchanges().forEach(e -> ids.add(e.getMessage().getHeader(HfCameraConstants.RECORD_ID)));
        assertThat(ma.getReceivedCounter()).isPositive();
        assertThat(mb.getReceivedCounter()).isPositive();
        assertThat(ma.getReceivedCounter() + mb.getReceivedCounter()).isEqualTo(20);
        assertThat(ids).hasSize(20);
        assertThat(cam.receivedCommands("PushAck")).hasSize(20);

        // both send a command at once: each gets the answer to its own
        try (ProducerTemplate pa = a.createProducerTemplate(); ProducerTemplate pb = b.createProducerTemplate()) {
            CompletableFuture<Object> ra = pa.asyncRequestBody("hfcamera:command?deviceId=cam-1&operator=GetSysTime",
                    null);
            CompletableFuture<Object> rb = pb.asyncRequestBody("hfcamera:command?deviceId=cam-1&operator=GetSysTime",
                    null);
            assertThat(ra.get()).isInstanceOf(SysTime.class);
            assertThat(rb.get()).isInstanceOf(SysTime.class);
        }
        assertThat(cam.receivedCommands("GetSysTime")).hasSize(2);
        // the camera notes a reply once it is published, which can be after the component already has it
        await().until(() -> cam.sentReplies().stream().filter(r -> r.operator().equals("GetSysTime-Ack")).count() == 2);
    }
}
