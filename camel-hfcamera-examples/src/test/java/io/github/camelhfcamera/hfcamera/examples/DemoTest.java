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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelhfcamera.hfcamera.examples.demo.Demo;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-command demo, run in-process for a few seconds: its output folder and its summary. */
class DemoTest {

    @TempDir
    Path tmp;

    @Test
    void runsForItsDurationAndLeavesEventsAndASummary() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path output = tmp.resolve("out");

        int code = Demo.run(new String[] { "--duration", "12s", "--output", output.toString(), "--cameras", "2",
                "--summary-interval", "2s", "--event-rate", "120" },
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(printed + err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("devices online").contains("Output in");
        // bound to this machine only, and the console's login printed
        assertThat(printed).containsPattern("REST facade on http://127\\.0\\.0\\.1:\\d+ ")
                .containsPattern("Console: http://127\\.0\\.0\\.1:\\d+/console/ \\(user admin, password [A-Za-z0-9]{20}\\)");
        List<String> summaries = printed.lines().filter(l -> l.contains("devices online")).toList();
        // --duration counts from the start: the last summary is at 12 s, not 12 s after the routes started
        String lastLine = summaries.get(summaries.size() - 1);
        assertThat(Integer.parseInt(lastLine.substring(1, lastLine.indexOf('s')).trim())).isLessThanOrEqualTo(12);
        for (int i = 1; i < summaries.size(); i++) {
            assertThat(summaries.get(i)).as("the last summary printed once").isNotEqualTo(summaries.get(i - 1));
        }
        // the stop is reported and bounded: Camel's graceful shutdown, the cameras and the broker, well under the
        // 10 s shutdownTimeout a stuck in-flight exchange could take
        String stoppedLine = printed.lines().filter(l -> l.startsWith("Stopped in ")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(stoppedLine.substring("Stopped in ".length(), stoppedLine.indexOf(" s"))))
                .as(stoppedLine).isLessThan(10.0);
        // no snapshot was taken: the last line names only what is there
        assertThat(printed.lines().filter(l -> l.startsWith("Output in")).findFirst().orElseThrow())
                .endsWith("(events/, summary.txt)");

        String summary = Files.readString(output.resolve("summary.txt"));
        assertThat(summary).contains("devices online 2/2").contains("cam-1=12").contains("cam-2=12");

        ObjectMapper json = new ObjectMapper();
        for (String group : List.of("recognition", "stranger", "alarm")) {
            Path dir = output.resolve("events").resolve(group);
            List<Path> docs;
            try (Stream<Path> s = Files.list(dir)) {
                docs = s.filter(p -> p.toString().endsWith(".json")).toList();
            }
            assertThat(docs).as("%s JSON documents", group).isNotEmpty();
            for (Path doc : docs) {
                JsonNode n = json.readTree(doc.toFile());
                assertThat(n.get("group").asText()).isEqualTo(group);
                assertThat(n.get("deviceId").asText()).isIn("cam-1", "cam-2");
                // the component's event JSON (HfCameraEventJson), pictures as files instead of base64
                assertThat(n.has("operator") && n.has("time") && n.path("event").isObject()).as("%s", n).isTrue();
                assertThat(n.has("pictures")).isFalse();
                assertThat(Files.size(doc)).as("%s carries no image bytes", doc).isLessThan(4000);
                assertThat(n.get("pictureFiles")).as("images of %s", doc).isNotNull();
                n.get("pictureFiles").forEach(f -> assertThat(Jpeg.isJpeg(output.resolve("events").resolve(f.asText())))
                        .as("%s is a JPEG", f.asText()).isTrue());
            }
        }
        String summaryCounts = summary.substring(summary.indexOf("events:"));
        assertThat(summaryCounts).doesNotContain("recognition=0").doesNotContain("stranger=0")
                .doesNotContain("alarm=0");
    }

    @Test
    void withABrokerItUsesTheCamerasThereAndSyncsOnlyTheNamedOnes() throws Exception {
        Path output = tmp.resolve("real");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EmbeddedBroker broker = EmbeddedBroker.builder().credentials("platform", "s3cret").start();
             SimulatedFleet fleet = CameraSimulator.builder().brokerUrl(broker.brokerUrl())
                     .credentials("platform", "s3cret").deviceIds("gate-1", "gate-2")
                     .heartbeatInterval(Duration.ofMillis(500)).fastBatches().start()) {
            fleet.camera("gate-2").addPerson(Person.of("keep-me", "Not Synced"));

            int code = Demo.run(new String[] { "--broker", broker.brokerUrl(), "--username", "platform",
                    "--password", "s3cret", "--devices", "gate-1", "--duration", "8s", "--summary-interval", "2s",
                    "--console-password", "console-pass-1",
                    "--output", output.toString() }, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(code).as(printed).isZero();
            assertThat(printed).doesNotContain("simulated cameras").doesNotContain("s3cret")
                    .doesNotContain("console-pass-1").contains("(user admin, password as given)");
            assertThat(fleet.camera("gate-1").persons()).hasSize(12);
            assertThat(fleet.camera("gate-2").persons()).extracting(Person::customId).containsExactly("keep-me");
            assertThat(Files.readString(output.resolve("summary.txt"))).contains("devices online 2/2")
                    .contains("gate-1=12");
        }
    }

    @Test
    void helpListsTheOptions() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Demo.run(new String[] { "--help" }, new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--duration", "--broker", "--username",
                "--password", "--devices", "--output");
    }

    @Test
    void aBadDurationNamesTheOption() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Demo.run(new String[] { "--duration", "soon", "--output", tmp.toString() }, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--duration").contains("soon");
    }
}
