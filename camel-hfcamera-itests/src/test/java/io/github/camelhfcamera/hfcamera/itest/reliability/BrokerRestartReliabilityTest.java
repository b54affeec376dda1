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
package io.github.camelhfcamera.hfcamera.itest.reliability;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.protocol.model.SysTime;
import io.github.camelhfcamera.hfcamera.session.HfCameraConnectionException;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.Broker;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import io.github.camelhfcamera.hfcamera.simulator.broker.MosquittoBroker;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * Issue 7, fault 2: the broker goes down in the middle of 10,000 records (resume mode) and comes back on the same
 * port. The component reconnects with its subscriptions, a command waiting for its answer fails at once with a clear
 * error, and every record arrives exactly once.
 */
class BrokerRestartReliabilityTest extends ReliabilitySupport {

    @Test
    void embeddedArtemisRestartsMidStream() throws Exception {
        try (EmbeddedBroker b = EmbeddedBroker.create()) {
            restartMidStream(b);
        }
    }

    @Test
    void mosquittoIsKilledAndRestartedMidStream() throws Exception {
        assertThat(MosquittoBroker.isAvailable()).as("the mosquitto binary (apt-get install mosquitto)").isTrue();
        try (MosquittoBroker b = MosquittoBroker.create()) {
            restartMidStream(b);
        }
    }

    void restartMidStream(Broker broker) throws Exception {
        HfCameraComponent c = component(broker.brokerUrl(), "platform");
        c.getConfiguration().setRequestTimeout(30_000); // the failure below must not be a timeout
        CamelContext ctx = start(c, new RouteBuilder() {
            @Override
            public void configure() {
                from("hfcamera:events?type=recognition").process(downstream::accept);
                // a read is safe to repeat: the route retries it through Camel's redelivery, while the broker is away
                // and while the component still takes the camera for offline after it (a will of the camera's old
                // connection can come after its new Online; the camera is then asked, and answers)
                from("direct:clock")
                        .onException(HfCameraConnectionException.class,
                                io.github.camelhfcamera.hfcamera.HfCameraDeviceUnavailableException.class)
                        .maximumRedeliveries(-1).redeliveryDelay(200)
                        .end()
                        .to("hfcamera:command?deviceId=cam-1&operator=GetSysTime");
            }
        });
        SimulatedFleet fleet = fleet(broker.brokerUrl(), b -> b.resumeMode(true));
        SimulatedCamera cam = fleet.camera("cam-1");
        ProducerTemplate template = ctx.createProducerTemplate();

        Set<String> pushed = ConcurrentHashMap.newKeySet();
        Thread pusher = pushInBackground(fleet, pushed, round -> { });
        await().atMost(WAIT).until(() -> downstream.distinct() >= RECORDS / 4);

        cam.stopAnswering();
        CompletableFuture<Object> inFlight = template.asyncRequestBody(
                "hfcamera:command?deviceId=cam-1&operator=GetSysTime", null);
        cam.awaitCommand("GetSysTime", WAIT);
        long down = System.nanoTime();
        broker.stop();

        Throwable failed = catchThrowable(inFlight::join);
        assertThat(Duration.ofNanos(System.nanoTime() - down)).isLessThan(Duration.ofSeconds(20));
        assertThat(failed).hasRootCauseInstanceOf(HfCameraConnectionException.class)
                .hasStackTraceContaining("was lost before cam-1 answered GetSysTime");
        await().atMost(WAIT).until(() -> !c.isConnected());
        CompletableFuture<org.apache.camel.Exchange> retried = template.asyncSend("direct:clock", e -> { });
        Thread.sleep(1000); // refused a few times while the broker is away

        broker.start();
        cam.resumeAnswering();
        await().atMost(WAIT).until(() -> c.getSession().isEventsSubscribed());
        pusher.join();

        org.apache.camel.Exchange clock = retried.get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        assertThat(clock.getException()).isNull();
        assertThat(clock.getMessage().getBody()).as("the safe command, redelivered by the route until the broker was back")
                .isInstanceOf(SysTime.class);
        assertThat(clock.getMessage().getHeader(org.apache.camel.Exchange.REDELIVERY_COUNTER, Integer.class))
                .as("refused while the broker was away").isGreaterThan(0);
        downstream.assertExactlyOnce(pushed);
        awaitAllAcknowledged(fleet);
        assertThat(c.getSession().stats().reconnects()).isGreaterThanOrEqualTo(1);
        assertThat(template.requestBody("hfcamera:command?deviceId=cam-1&operator=GetSysTime", (Object) null))
                .isInstanceOf(SysTime.class);
    }
}
