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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelhfcamera.hfcamera.simulator.Await;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Example 3: routes/snapshot.yaml (YAML DSL) writes the scene of a camera as a JPEG file, on a timer or on POST. */
class SnapshotYamlTest {

    @TempDir
    static Path tmp;
    private static ExamplesFixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = ExamplesFixture.start(Map.of(
                "examples.yamlRoutes", "classpath:routes/snapshot.yaml",
                "snapshot.enabled", "true",
                "snapshot.period", "500",
                "snapshot.deviceId", "cam-1",
                "snapshot.dir", tmp.resolve("snapshots").toString()), false);
    }

    @AfterAll
    static void stop() throws Exception {
        if (fx != null) {
            fx.close();
        }
    }

    private static List<Path> jpegsOf(String deviceId) throws Exception {
        Path dir = tmp.resolve("snapshots");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(deviceId + "-")
                                 && p.getFileName().toString().endsWith(".jpg")).toList();
        }
    }

    @Test
    void theTimerWritesRealJpegsOfTheConfiguredCamera() throws Exception {
        Await.until(() -> {
            try {
                return jpegsOf("cam-1").stream().filter(Jpeg::isJpeg).count() >= 2;
            } catch (Exception e) {
                return false;
            }
        }, Duration.ofSeconds(15), "two JPEG snapshots of cam-1");
        assertThat(fx.fleet.camera("cam-1").receivedCommands()).anySatisfy(
                c -> assertThat(c.operator()).isEqualTo("GetSceneSnap"));
    }

    @Test
    void aPostWritesASnapshotOfThatCameraAndNamesTheFile() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                fx.request("/api/devices/cam-2/snapshot")
                        .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode json = new ObjectMapper().readTree(r.body());
        assertThat(json.get("deviceId").asText()).isEqualTo("cam-2");
        Path file = Path.of(json.get("file").asText());
        if (!file.isAbsolute()) {
            file = tmp.resolve("snapshots").resolve(file.getFileName());
        }
        assertThat(file).exists();
        assertThat(Jpeg.isJpeg(file)).as("%s is a JPEG", file).isTrue();
        assertThat(jpegsOf("cam-2")).hasSize(1);
    }
}
