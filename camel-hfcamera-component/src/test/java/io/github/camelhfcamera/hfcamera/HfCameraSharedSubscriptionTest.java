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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.github.camelhfcamera.hfcamera.protocol.HfMessage;
import io.github.camelhfcamera.hfcamera.protocol.model.SysTime;
import io.github.camelhfcamera.hfcamera.test.FakeCamera;
import io.github.camelhfcamera.hfcamera.test.TestBroker;
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

    TestBroker broker;
    CamelContext a;
    CamelContext b;
    FakeCamera cam;

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] { a, b, cam, broker }) {
            if (c != null) {
                c.close();
            }
        }
    }

    CamelContext instance(String name) throws Exception {
        CamelContext ctx = new DefaultCamelContext();
        HfCameraComponent component = new HfCameraComponent();
        component.setBrokerUrl(broker.url());
        component.setClientId("platform-" + name);
        component.setSharedSubscriptionGroup("fleet");
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
        broker = TestBroker.started();
        a = instance("a");
        b = instance("b");
        cam = new FakeCamera(broker.url(), "cam-1");
        cam.answer(c -> new HfMessage<>("GetSysTime-Ack", c.messageId(), 200,
                Map.of("facesluiceId", "cam-1", "SysTime", "2020-04-02 18:59:54", "result", "ok"), Map.of()));
        for (CamelContext ctx : List.of(a, b)) {
            await().until(() -> ctx.getComponent("hfcamera", HfCameraComponent.class).getSession().isEventsSubscribed());
        }

        for (int i = 1; i <= 20; i++) {
            cam.recPush(i);
        }
        MockEndpoint ma = a.getEndpoint("mock:records", MockEndpoint.class);
        MockEndpoint mb = b.getEndpoint("mock:records", MockEndpoint.class);
        await().until(() -> ma.getReceivedCounter() + mb.getReceivedCounter() >= 20);
        await().until(() -> cam.received("PushAck").size() >= 20);

        Set<Object> ids = new HashSet<>();
        ma.getReceivedExchanges().forEach(e -> ids.add(e.getMessage().getHeader(HfCameraConstants.RECORD_ID)));
        mb.getReceivedExchanges().forEach(e -> ids.add(e.getMessage().getHeader(HfCameraConstants.RECORD_ID)));
        assertThat(ma.getReceivedCounter()).isPositive();
        assertThat(mb.getReceivedCounter()).isPositive();
        assertThat(ma.getReceivedCounter() + mb.getReceivedCounter()).isEqualTo(20);
        assertThat(ids).hasSize(20);
        assertThat(cam.received("PushAck")).hasSize(20);

        // both send a command at once: each gets the answer to its own
        try (ProducerTemplate pa = a.createProducerTemplate(); ProducerTemplate pb = b.createProducerTemplate()) {
            CompletableFuture<Object> ra = pa.asyncRequestBody("hfcamera:command?deviceId=cam-1&operator=GetSysTime",
                    null);
            CompletableFuture<Object> rb = pb.asyncRequestBody("hfcamera:command?deviceId=cam-1&operator=GetSysTime",
                    null);
            assertThat(ra.get()).isInstanceOf(SysTime.class);
            assertThat(rb.get()).isInstanceOf(SysTime.class);
        }
        assertThat(cam.received("GetSysTime")).hasSize(2);
    }
}
