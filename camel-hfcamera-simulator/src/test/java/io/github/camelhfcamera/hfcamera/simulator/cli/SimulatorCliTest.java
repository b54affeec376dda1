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
package io.github.camelhfcamera.hfcamera.simulator.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelhfcamera.hfcamera.simulator.TestClient;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatorCliTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static String run(StringWriter out, String... args) {
        CommandLine cl = SimulatorCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        return String.valueOf(cl.execute(args));
    }

    @Test
    void helpListsTheOptions() {
        StringWriter out = new StringWriter();
        assertThat(run(out, "--help")).isEqualTo("0");
        assertThat(out.toString()).contains("--broker", "--devices", "--device-prefix", "--topic-prefix",
                "--heartbeat", "--resume", "--rate", "--pic-bytes", "--scene-bytes", "--multiplexed",
                "--batch-timing", "--embedded-broker", "FireSmokeSnapPush");
    }

    @Test
    void badOptionsAreRefused() {
        StringWriter out = new StringWriter();
        assertThat(run(out, "--heartbeat", "soon")).isEqualTo("2");
        assertThat(out.toString()).contains("not a duration");
        StringWriter out2 = new StringWriter();
        assertThat(run(out2, "--embedded-broker", "0", "--rate", "GetSysTime=1", "--duration", "1s"))
                .isNotEqualTo("0");
        assertThat(out2.toString()).contains("not an event kind");
    }

    @Test
    void durationsParse() {
        SimulatorCli.DurationConverter c = new SimulatorCli.DurationConverter();
        assertThat(c.convert("200ms")).isEqualTo(Duration.ofMillis(200));
        assertThat(c.convert("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.convert("1.5m")).isEqualTo(Duration.ofSeconds(90));
        assertThat(c.convert("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(c.convert("45")).isEqualTo(Duration.ofSeconds(45));
        assertThat(c.convert("PT10S")).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void runsCamerasAgainstABrokerForAWhile() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.create();
             TestClient platform = new TestClient(broker.brokerUrl(), "site/#")) {
            StringWriter out = new StringWriter();
            CompletableFuture<String> exit = CompletableFuture.supplyAsync(() -> run(out, "--broker",
                    broker.brokerUrl(), "--devices", "3", "--device-prefix", "gate-", "--topic-prefix", "site",
                    "--heartbeat", "200ms", "--rate", "FireSmokeSnapPush=600", "--multiplexed",
                    "--batch-timing", "fast", "--duration", "3s", "--stats-interval", "1s"));
            platform.await(m -> m.topic().equals("site/basic") && m.text().contains("gate-3"), WAIT);
            platform.await(m -> m.topic().equals("site/heartbeat"), WAIT);
            platform.await(m -> m.topic().equals("site/gate-2/Snap") && m.text().contains("FireSmokeSnapPush"), WAIT);
            platform.publish("site/gate-1", "{\"messageId\":\"c1\",\"operator\":\"Versions\",\"info\":{}}");
            assertThat(platform.await(m -> m.topic().equals("site/gate-1/Ack"), WAIT).text()).contains("Versions-Ack");
            assertThat(exit.get(15, TimeUnit.SECONDS)).isEqualTo("0");
            assertThat(out.toString()).contains("3 simulated cameras (gate-1..gate-3)", "connected 3/3", "Stopping");
        }
    }

    @Test
    void startsItsOwnBroker() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        StringWriter out = new StringWriter();
        CompletableFuture<String> exit = CompletableFuture.supplyAsync(() -> run(out, "--embedded-broker",
                String.valueOf(port), "--devices", "2", "--duration", "2s", "--heartbeat", "300ms"));
        try (TestClient platform = awaitClient("tcp://127.0.0.1:" + port, "mqtt/face/heartbeat")) {
            assertThat(platform.await(m -> m.text().contains("HeartBeat"), WAIT).text()).contains("sim-");
        }
        assertThat(exit.get(15, TimeUnit.SECONDS)).isEqualTo("0");
        assertThat(out.toString()).contains("Embedded Artemis MQTT broker at tcp://127.0.0.1:" + port);
    }

    private static TestClient awaitClient(String url, String topic) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                return new TestClient(url, topic);
            } catch (IllegalStateException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }
}
