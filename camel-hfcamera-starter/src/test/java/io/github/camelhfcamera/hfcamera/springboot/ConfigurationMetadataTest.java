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
package io.github.camelhfcamera.hfcamera.springboot;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metadata Spring Boot tools read from the starter's jar (META-INF/spring-configuration-metadata.json, as the
 * class path has it) names every option of the component's hfcamera.json, with the component's description and
 * default: an option added to the component and not to the starter, or a description changed in one place only,
 * fails here.
 */
class ConfigurationMetadataTest {

    @Test
    void everyComponentOptionIsInTheMetadataWithItsDescriptionAndDefault() throws Exception {
        JsonNode metadata;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("META-INF/spring-configuration-metadata.json on the class path").isNotNull();
            metadata = new ObjectMapper().readTree(in);
        }
        Map<String, JsonNode> byName = new HashMap<>();
        metadata.get("properties").forEach(p -> byName.put(p.get("name").asText(), p));

        Map<String, JsonNode> options = StarterFiles.options(StarterFiles.componentJson());
        assertThat(options).hasSizeGreaterThan(30);
        for (Map.Entry<String, JsonNode> e : options.entrySet()) {
            String name = "camel.component.hfcamera." + StarterFiles.kebab(e.getKey());
            JsonNode option = e.getValue();
            assertThat(byName).as("metadata of " + e.getKey()).containsKey(name);
            JsonNode p = byName.get(name);
            assertThat(p.path("description").asText()).as("description of " + name)
                    .isEqualTo(option.get("description").asText());
            assertThat(p.path("defaultValue")).as("default of " + name).isEqualTo(option.path("defaultValue"));
            assertThat(p.path("sourceType").asText()).isEqualTo(HfCameraComponentConfiguration.class.getName());
        }
        assertThat(byName).containsKeys("camel.component.hfcamera.enabled",
                "camel.component.hfcamera.customizer.enabled", "camel.component.hfcamera.broker-url",
                "camel.component.hfcamera.ssl-context-parameters",
                "camel.component.hfcamera.use-global-ssl-context-parameters");
        // nothing else: every property of the metadata is an option or one of the two switches
        assertThat(byName).hasSize(options.size() + 2);
    }
}
