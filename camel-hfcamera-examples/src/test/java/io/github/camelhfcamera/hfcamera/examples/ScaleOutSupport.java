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
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.PushedEvent;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.MosquittoBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 19, scale-out across processes: three JVMs of the examples application ({@link ExamplesProcess}), each its
 * own clientId, one sharedSubscriptionGroup, on a private Mosquitto; 20 simulated cameras in resume mode push 10,000
 * recognition records; one process is killed with {@code kill -9} mid-stream and started again later. Meanwhile
 * every process is sent GetSysTime commands through its REST facade, each answer to come back to the process that
 * sent the command. The subclasses give the downstream and say what it holds.
 */
abstract class ScaleOutSupport {

    static final int DEVICES = 20;
    static final int RECORDS = 10_000;
    static final int INSTANCES = 3;
    static final String GROUP = "scale-fleet";
    /** Records a camera sends again when no PushAck came within this time. */
    static final Duration RESEND = Duration.ofSeconds(5);
    /** The cameras push one record each this often: 250 records a second over the fleet. */
    static final Duration ROUND_EVERY = Duration.ofMillis(80);
    static final Duration WAIT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    MosquittoBroker broker;
    SimulatedFleet fleet;
    final List<ExamplesProcess> apps = new CopyOnWriteArrayList<>();
    private CommandProbe probe;

    @BeforeEach
    void requireMosquitto() {
        if (!MosquittoBroker.isAvailable()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI=true but the mosquitto binary is missing (.ci/run installs it)");
            }
            assumeTrue(false, "mosquitto binary not installed (apt-get install mosquitto)");
        }
    }

    @AfterEach
    void stopAll() {
        // in this order, each whatever the others did: no JVM, broker or camera outlives the test
        try {
            if (probe != null) {
                probe.stop();
            }
        } finally {
            try {
                apps.forEach(ExamplesProcess::close);
            } finally {
                try {
                    if (fleet != null) {
                        fleet.close();
                    }
                } finally {
                    try {
                        if (broker != null) {
                            broker.close();
                        }
                    } finally {
                        closeDownstream();
                    }
                }
            }
        }
    }

    /** The processes' logs, kept after the test: target/scale-out-logs/{test class}. */
    Path logDir() throws IOException {
        Path dir = Path.of("target", "scale-out-logs", getClass().getSimpleName());
        java.nio.file.Files.createDirectories(dir);
        return dir;
    }

    /** Called last, once the processes are gone. */
    void closeDownstream() throws RuntimeException {
    }

    /** The downstream's properties for every process (besides broker, clientId, group). */
    abstract Map<String, String> downstream();

    /** How many distinct records the downstream holds now. */
    abstract long stored();

    /** How many records the downstream holds from this instance, or -1 when it does not say. */
    long storedBy(String instance) {
        return -1;
    }

    /**
     * The whole scenario; returns the keys {@code deviceId/recordId} pushed. The subclass then checks its downstream.
     */
    Set<String> runScenario() throws Exception {
        broker = MosquittoBroker.create();
        for (int i = 1; i <= INSTANCES; i++) {
            Map<String, String> p = new java.util.LinkedHashMap<>(downstream());
            p.put("camel.component.hfcamera.brokerUrl", broker.brokerUrl());
            p.put("camel.component.hfcamera.sharedSubscriptionGroup", GROUP);
            // lenient: on two busy cores a heartbeat can come late, and a camera taken for lost refuses commands
            p.put("camel.component.hfcamera.heartbeatInterval", "5000");
            p.put("camel.component.hfcamera.dropImages", "true");
            apps.add(ExamplesProcess.create("scale-app-" + i, p, logDir()).start());
        }
        for (ExamplesProcess app : apps) {
            app.awaitReady(WAIT);
        }
        fleet = CameraSimulator.builder().brokerUrl(broker.brokerUrl()).devices(DEVICES, "cam-")
                .heartbeatInterval(Duration.ofSeconds(2)).resumeMode(true).resendInterval(RESEND)
                .reconnectDelay(Duration.ofMillis(300)).picBytes(600).sceneBytes(1_000).fastBatches()
                .receivedHistory(100).recordHistory(RECORDS).start();
        fleet.awaitOnlineAcked(WAIT);

        probe = new CommandProbe(apps);
        probe.start();
        Set<String> pushed = ConcurrentHashMap.newKeySet();
        AtomicReference<Throwable> pusherFailed = new AtomicReference<>();
        Thread pusher = new Thread(() -> {
            try {
                pushAll(pushed);
            } catch (Throwable t) {
                pusherFailed.set(t);
            }
        }, "scale-pusher");
        pusher.start();
        try {
            ExamplesProcess victim = apps.get(1);
            poll(() -> stored() >= RECORDS / 4, WAIT, "a quarter of the records stored", this::state);
            probe.down(victim);
            victim.kill();
            long atKill = stored();
            System.out.printf("%s killed (kill -9) with %d records stored%n", victim.name, atKill);
            // the two others go on alone for a while, then the third one comes back
            poll(() -> stored() >= atKill + RECORDS / 10, WAIT, "1,000 more records stored by the other two",
                    this::state);
            victim.start();
            victim.awaitReady(WAIT);
            probe.up(victim);
            long atRestart = stored();
            long victimsAtRestart = storedBy(victim.name);
            System.out.printf("%s started again with %d records stored%n", victim.name, atRestart);
            pusher.join(WAIT.toMillis());
            assertThat(pusher.isAlive()).as("the cameras pushed every record within %s", WAIT).isFalse();
            assertThat(pusherFailed.get()).as("the pusher's failure").isNull();
            poll(() -> stored() >= RECORDS, WAIT, "all records stored", this::state);
            poll(() -> fleet.cameras().stream().allMatch(c -> c.pendingAcks() == 0), WAIT,
                    "every record acknowledged to its camera", this::state);
            // the restarted process answers commands too, and takes records again (when the downstream says who
            // stored what)
            int after = probe.answered(victim);
            poll(() -> probe.answered(victim) > after, WAIT, victim.name + " answering after its restart",
                    this::state);
            if (atRestart < RECORDS && victimsAtRestart >= 0) {
                assertThat(storedBy(victim.name)).as("records stored by %s after its restart", victim.name)
                        .isGreaterThan(victimsAtRestart);
            }
        } finally {
            pusher.interrupt();
            probe.stop();
        }
        assertThat(pushed).hasSize(RECORDS);
        for (SimulatedCamera cam : fleet.cameras()) {
            assertThat(cam.pendingAcks()).as("records of %s without PushAck", cam.id()).isZero();
        }
        probe.assertEveryProcessAnswered();
        System.out.printf("GetSysTime through the REST facades: %s%nfleet: %s%n", probe, fleet.stats());
        return pushed;
    }

    /**
     * At most this many records wait for their PushAck over the fleet: the cameras push as fast as that allows. Kept
     * below what the downstream acknowledges within {@link #RESEND}, or every record would be sent twice.
     */
    int inFlight() {
        return 800;
    }

    /** 500 rounds of one record per camera, keeping at most {@link #inFlight()} unacknowledged over the fleet. */
    private void pushAll(Set<String> keys) throws InterruptedException {
        List<SimulatedCamera> cams = new ArrayList<>(fleet.cameras());
        int inFlight = inFlight();
        // 250 records a second at most (a round every 80 ms): the stream lasts long enough for the killed process
        // to come back while records still flow
        long next = System.nanoTime();
        for (int round = 0; round < RECORDS / cams.size(); round++) {
            next += ROUND_EVERY.toNanos();
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            // flow control, as a real fleet has: cameras store what the platform has not acknowledged yet
            while (cams.stream().mapToInt(SimulatedCamera::pendingAcks).sum() > inFlight) {
                Thread.sleep(20);
            }
            for (SimulatedCamera cam : cams) {
                PushedEvent e = cam.pushRecord();
                keys.add(cam.id() + "/" + e.id());
            }
        }
    }

    String state() {
        return "stored " + stored() + " of " + RECORDS + ", pending PushAcks "
               + fleet.cameras().stream().mapToInt(SimulatedCamera::pendingAcks).sum() + ", commands " + probe;
    }

    /** Waits for a condition that costs a query: every 200 ms. */
    static void poll(BooleanSupplier condition, Duration timeout, String what, Supplier<String> state)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what + "; "
                                         + state.get());
            }
            Thread.sleep(200);
        }
    }

    /**
     * Sends GetSysTime to a random camera through each running process's REST facade, one process after the other,
     * and counts per process the answers (the camera's clock, which only the process that sent the command receives:
     * the answer topic is not shared) and the failures. A process marked down (being killed) is left out, and what
     * it was asked just before is not counted.
     */
    static final class CommandProbe {
        private final List<ExamplesProcess> apps;
        private final Map<String, AtomicInteger> answered = new ConcurrentHashMap<>();
        private final Map<String, List<String>> failed = new ConcurrentHashMap<>();
        private final Set<String> down = ConcurrentHashMap.newKeySet();
        private volatile boolean running = true;
        private Thread thread;

        CommandProbe(List<ExamplesProcess> apps) {
            this.apps = apps;
            apps.forEach(a -> {
                answered.put(a.name, new AtomicInteger());
                failed.put(a.name, new CopyOnWriteArrayList<>());
            });
        }

        void start() {
            thread = new Thread(this::loop, "scale-command-probe");
            thread.setDaemon(true);
            thread.start();
        }

        void down(ExamplesProcess app) {
            down.add(app.name);
        }

        void up(ExamplesProcess app) {
            down.remove(app.name);
        }

        int answered(ExamplesProcess app) {
            return answered.get(app.name).get();
        }

        void stop() {
            running = false;
            if (thread != null) {
                try {
                    thread.join(20_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private void loop() {
            while (running) {
                for (ExamplesProcess app : apps) {
                    if (!running || down.contains(app.name)) {
                        continue;
                    }
                    String cam = "cam-" + ThreadLocalRandom.current().nextInt(1, DEVICES + 1);
                    try {
                        HttpResponse<String> r = app.post("/api/devices/" + cam + "/commands/GetSysTime");
                        JsonNode body = r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
                        if (body != null && body.size() > 0) {
                            answered.get(app.name).incrementAndGet();
                        } else if (!down.contains(app.name)) {
                            failed.get(app.name).add(cam + ": HTTP " + r.statusCode() + " " + r.body());
                        }
                    } catch (IOException e) {
                        if (!down.contains(app.name)) {
                            failed.get(app.name).add(cam + ": " + e);
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void assertEveryProcessAnswered() {
            for (ExamplesProcess app : apps) {
                assertThat(failed.get(app.name)).as("GetSysTime through %s that failed", app.name).isEmpty();
                assertThat(answered.get(app.name).get()).as("GetSysTime answered to %s", app.name)
                        .isGreaterThanOrEqualTo(5);
            }
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            answered.forEach((k, v) -> b.append(k).append('=').append(v.get()).append(" ok/")
                    .append(failed.get(k).size()).append(" failed; "));
            return b.toString();
        }
    }
}
