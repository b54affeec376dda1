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
import java.util.HashSet;
import java.util.Set;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.HfCameraConstants;
import io.github.camelhfcamera.hfcamera.protocol.model.SysTime;
import io.github.camelhfcamera.hfcamera.session.PersonsResult;
import io.github.camelhfcamera.hfcamera.simulator.Jpegs;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.broker.Broker;
import io.github.camelhfcamera.hfcamera.simulator.broker.MosquittoBroker;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The key end-to-end tests once more against a real Eclipse Mosquitto, started on a free port from the
 * {@code mosquitto} binary (.ci/run installs it). On CI a missing binary fails the class; elsewhere it is skipped.
 */
class MosquittoE2eTest extends E2eTestSupport {

    @BeforeAll
    static void startBroker() {
        if (!MosquittoBroker.isAvailable()) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("mosquitto is not installed: .ci/run installs it (apt-get install"
                                                + " mosquitto)");
            }
            assumeTrue(false, "mosquitto binary not installed");
        }
        broker = MosquittoBroker.create();
    }

    @Override
    void configure(HfCameraComponent c) {
        c.getConfiguration().setSharedSubscriptionGroup("fleet");
        c.getConfiguration().setClientId("platform-a");
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("hfcamera:events?type=RecPush").routeId("records")
                        .process(e -> {
                            if (Boolean.TRUE.equals(failNext)) {
                                failNext = false;
                                throw new IllegalStateException("database down");
                            }
                        })
                        .to("mock:records");
            }
        };
    }

    volatile Boolean failNext = false;

    @Test
    void personsInBatchesAndCommands() throws Exception {
        SimulatedCamera cam = fleet("cam-1").camera("cam-1");

        PersonsResult r = template.requestBody("hfcamera:persons?deviceId=cam-1", people(1500, "m"),
                PersonsResult.class);
        assertThat(r.succeededCount()).isEqualTo(1500);
        assertThat(cam.receivedCommands("EditPersonsNew")).hasSize(2);
        assertThat(cam.persons()).hasSize(1500);

        assertThat(template.requestBody("hfcamera:command?deviceId=cam-1&operator=GetSysTime", (Object) null))
                .isInstanceOf(SysTime.class);
        byte[] jpeg = template.requestBody("hfcamera:command?deviceId=cam-1&operator=GetSceneSnap", (Object) null,
                byte[].class);
        assertThat(Jpegs.isPicture(jpeg)).isTrue();
    }

    @Test
    void recordsAreAcknowledgedOnlyAfterSuccessAndOnlineOnce() {
        SimulatedCamera cam = fleet(b -> b.resumeMode(true).resendInterval(Duration.ofMillis(500)), "cam-1")
                .camera("cam-1");
        awaitEventsSubscribed();
        cam.awaitOnlineAcked(WAIT);
        assertThat(cam.receivedCommands("Online-Ack")).hasSize(1);
        failNext = true;

        cam.pushRecord();

        cam.awaitPendingAcks(0, WAIT);
        assertThat(cam.stats().recordsResent()).isGreaterThanOrEqualTo(1);
        assertThat(getMockEndpoint("mock:records").getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void reconnectsAfterABrokerRestart() {
        SimulatedCamera cam = fleet("cam-1").camera("cam-1");
        awaitEventsSubscribed();

        broker.stop();
        await().atMost(WAIT).until(() -> !hfcamera().isConnected());
        broker.start();
        await().atMost(Duration.ofSeconds(40)).until(() -> hfcamera().isConnected());
        awaitEventsSubscribed();
        cam.awaitConnected(Duration.ofSeconds(40));

        cam.pushRecord();
        await().atMost(WAIT).until(() -> getMockEndpoint("mock:records").getReceivedCounter() == 1);
        assertThat(template.requestBody("hfcamera:command?deviceId=cam-1&operator=GetSysTime", (Object) null))
                .isInstanceOf(SysTime.class);
    }

    @Test
    void twoInstancesSplitTheRecords() throws Exception {
        SimulatedCamera cam = fleet("cam-1").camera("cam-1");
        try (CamelContext other = secondInstance("platform-b")) {
            awaitEventsSubscribed();

            for (int i = 0; i < 20; i++) {
                cam.pushRecord();
            }
            MockEndpoint mine = getMockEndpoint("mock:records");
            MockEndpoint theirs = other.getEndpoint("mock:records", MockEndpoint.class);
            await().atMost(WAIT).until(() -> mine.getReceivedCounter() + theirs.getReceivedCounter() >= 20);
            Set<Object> ids = new HashSet<>();
            mine.getReceivedExchanges().forEach(e -> ids.add(e.getMessage().getHeader(HfCameraConstants.RECORD_ID)));
            theirs.getReceivedExchanges().forEach(e -> ids.add(e.getMessage().getHeader(HfCameraConstants.RECORD_ID)));
            assertThat(mine.getReceivedCounter()).isPositive();
            assertThat(theirs.getReceivedCounter()).isPositive();
            assertThat(ids).hasSize(20);
            assertThat(other.createProducerTemplate().requestBody("hfcamera:command?deviceId=cam-1&operator=GetSysTime",
                    (Object) null)).isInstanceOf(SysTime.class);
        }
    }
}
