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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.HfCameraConstants;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.PushedEvent;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.junit.jupiter.api.AfterEach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the fault tests share: a fleet of 20 simulated cameras pushing 10,000 recognition records, Camel contexts with
 * an hfcamera component on a given broker, and a downstream that counts how often each record arrived. Heartbeats
 * (300 ms) and resends (500 ms) are short so that each fault plays out in seconds.
 */
abstract class ReliabilitySupport {

    static final int DEVICES = 20;
    static final int RECORDS = 10_000;
    static final Duration HEARTBEAT = Duration.ofMillis(300);
    static final Duration RESEND = Duration.ofSeconds(2);
    static final Duration WAIT = Duration.ofSeconds(60);

    final List<SimulatedFleet> fleets = new CopyOnWriteArrayList<>();
    final List<CamelContext> contexts = new CopyOnWriteArrayList<>();
    final Downstream downstream = new Downstream();

    @AfterEach
    void closeAll() {
        contexts.forEach(CamelContext::stop);
        fleets.forEach(SimulatedFleet::close);
    }

    /** 20 cameras cam-1..cam-20 on the broker, small pictures, connected and acknowledged online. */
    SimulatedFleet fleet(String brokerUrl, UnaryOperator<CameraSimulator.Builder> options) {
        CameraSimulator.Builder b = CameraSimulator.builder().brokerUrl(brokerUrl).devices(DEVICES, "cam-")
                .heartbeatInterval(HEARTBEAT).resendInterval(RESEND).reconnectDelay(Duration.ofMillis(300))
                .picBytes(600).sceneBytes(1_000).fastBatches().receivedHistory(100).recordHistory(RECORDS);
        SimulatedFleet fleet = options.apply(b).start();
        fleets.add(fleet);
        fleet.awaitOnlineAcked(WAIT);
        return fleet;
    }

    /** A component on the broker with the short device intervals of these tests. */
    static HfCameraComponent component(String brokerUrl, String clientId) {
        HfCameraComponent c = new HfCameraComponent();
        c.getConfiguration().setBrokerUrl(brokerUrl);
        c.getConfiguration().setClientId(clientId);
        c.getConfiguration().setHeartbeatInterval(HEARTBEAT.toMillis());
        c.getConfiguration().setRequestTimeout(5000);
        return c;
    }

    /** Starts a context with this component and these routes, and waits until its record topics are subscribed. */
    CamelContext start(HfCameraComponent component, RoutesBuilder routes) throws Exception {
        CamelContext ctx = new DefaultCamelContext();
        ctx.addComponent("hfcamera", component);
        ctx.addRoutes(routes);
        ctx.start();
        contexts.add(ctx);
        await().atMost(WAIT).until(() -> component.getSession() != null && component.getSession().isEventsSubscribed());
        return ctx;
    }

    /**
     * Pushes {@link #RECORDS} recognition records, round-robin over the cameras ({@code RECORDS / DEVICES} rounds),
     * and returns the keys {@code deviceId/recordId} of all of them. {@code afterRound} runs after each round.
     */
    static Set<String> pushAll(SimulatedFleet fleet, IntConsumer afterRound) {
        Set<String> keys = ConcurrentHashMap.newKeySet();
        List<SimulatedCamera> cams = new ArrayList<>(fleet.cameras());
        for (int round = 0; round < RECORDS / cams.size(); round++) {
            for (SimulatedCamera cam : cams) {
                PushedEvent e = cam.pushRecord();
                keys.add(cam.id() + "/" + e.id());
            }
            afterRound.accept(round);
        }
        assertThat(keys).hasSize(RECORDS);
        return keys;
    }

    /** Runs {@link #pushAll} on its own thread. */
    static Thread pushInBackground(SimulatedFleet fleet, Set<String> into, IntConsumer afterRound) {
        Thread t = new Thread(() -> into.addAll(pushAll(fleet, afterRound)), "test-pusher");
        t.start();
        return t;
    }

    /** Waits until every camera of the fleet has no record waiting for its PushAck. */
    static void awaitAllAcknowledged(SimulatedFleet fleet) {
        await().atMost(WAIT).until(() -> fleet.cameras().stream().allMatch(c -> c.pendingAcks() == 0));
    }

    /** The system the records go to: counts each record (device and record id) it received. */
    static final class Downstream {
        final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
        final List<Consumer<Exchange>> before = new CopyOnWriteArrayList<>();

        void accept(Exchange e) {
            before.forEach(b -> b.accept(e));
            String key = e.getMessage().getHeader(HfCameraConstants.DEVICE_ID) + "/"
                         + e.getMessage().getHeader(HfCameraConstants.RECORD_ID);
            received.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        }

        int distinct() {
            return received.size();
        }

        /** Every expected record exactly once, nothing else. */
        void assertExactlyOnce(Set<String> expected) {
            long t0 = System.nanoTime();
            try {
                await().atMost(WAIT).until(() -> received.keySet().containsAll(expected));
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                Set<String> missing = new java.util.TreeSet<>(expected);
                missing.removeAll(received.keySet());
                throw new AssertionError(missing.size() + " of " + expected.size() + " records never arrived, e.g. "
                                         + missing.stream().limit(10).toList(), e);
            }
            System.out.printf("all %d records arrived %d ms after the last push%n", expected.size(),
                    (System.nanoTime() - t0) / 1_000_000);
            assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(received.entrySet()).filteredOn(en -> en.getValue().get() != 1)
                    .as("records routed more than once").isEmpty();
        }
    }

    /**
     * An idempotent repository standing for a shared store (a database table): each instance of an application has
     * its own object, stopping one forgets nothing, and all see the same keys.
     */
    static final class SharedStore extends ServiceSupport implements IdempotentRepository {
        private final Set<String> keys;

        SharedStore(Set<String> keys) {
            this.keys = keys;
        }

        @Override
        public boolean add(String key) {
            return keys.add(key);
        }

        @Override
        public boolean contains(String key) {
            return keys.contains(key);
        }

        @Override
        public boolean remove(String key) {
            return keys.remove(key);
        }

        @Override
        public boolean confirm(String key) {
            return true;
        }

        @Override
        public void clear() {
            keys.clear();
        }
    }
}
