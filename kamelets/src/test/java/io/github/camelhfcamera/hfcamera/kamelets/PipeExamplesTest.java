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
package io.github.camelhfcamera.hfcamera.kamelets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Camel K Pipe examples in docs/kamelets parse, and every reference to one of this project's Kamelets gives
 * all its required properties and only properties it declares. Each of our Kamelets has an example.
 */
class PipeExamplesTest {

    @Test
    void everyPipeExampleFitsTheKameletsItUses() throws Exception {
        Path kameletDir = Path.of(System.getProperty("kamelets.dir", "src/main/resources/kamelets"));
        Path pipeDir = Path.of(System.getProperty("pipes.dir", "../docs/kamelets"));
        Map<String, JsonNode> kamelets = new HashMap<>();
        try (var files = Files.list(kameletDir)) {
            for (Path f : files.toList()) {
                JsonNode k = KameletRules.YAML.readTree(f.toFile());
                kamelets.put(k.path("metadata").path("name").asText(), k);
            }
        }
        List<Path> pipes;
        try (var files = Files.list(pipeDir)) {
            pipes = files.filter(p -> p.toString().endsWith(".pipe.yaml")).sorted().toList();
        }
        assertThat(pipes).isNotEmpty();
        Set<String> exampled = new HashSet<>();
        List<String> errors = new ArrayList<>();
        for (Path pipe : pipes) {
            JsonNode p = KameletRules.YAML.readTree(pipe.toFile());
            assertThat(p.path("apiVersion").asText()).as(pipe + " apiVersion").isEqualTo("camel.apache.org/v1");
            assertThat(p.path("kind").asText()).as(pipe + " kind").isEqualTo("Pipe");
            List<JsonNode> endpoints = new ArrayList<>();
            endpoints.add(p.path("spec").path("source"));
            p.path("spec").path("steps").forEach(endpoints::add);
            endpoints.add(p.path("spec").path("sink"));
            for (JsonNode e : endpoints) {
                assertThat(e.path("ref").path("kind").asText()).as(pipe + " ref kind").isEqualTo("Kamelet");
                String name = e.path("ref").path("name").asText();
                JsonNode k = kamelets.get(name);
                if (k == null) {
                    assertThat(name).as(pipe + ": a Kamelet of ours must exist").doesNotStartWith("hfcamera-");
                    continue;
                }
                exampled.add(name);
                JsonNode def = k.path("spec").path("definition");
                JsonNode props = e.path("properties");
                def.path("required").forEach(r -> {
                    if (!props.has(r.asText())) {
                        errors.add(pipe.getFileName() + ": " + name + " needs property " + r.asText());
                    }
                });
                props.fieldNames().forEachRemaining(f -> {
                    if (!def.path("properties").has(f)) {
                        errors.add(pipe.getFileName() + ": " + name + " has no property " + f);
                    }
                });
            }
        }
        assertThat(errors).isEmpty();
        assertThat(exampled).containsExactlyInAnyOrderElementsOf(kamelets.keySet());
    }
}
