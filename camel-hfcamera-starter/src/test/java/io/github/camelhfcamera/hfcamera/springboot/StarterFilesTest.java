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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's generated files, HfCameraComponentConfiguration.java and spring-configuration-metadata.json under
 * src/generated, are what {@link StarterFiles} writes from the component's hfcamera.json. When a component option
 * changes, run this test once with {@code -Dhfcamera.updateDocs=true} to write them again.
 */
class StarterFilesTest {

    static final Path SOURCE = Path.of("src/generated/java/io/github/camelhfcamera/hfcamera/springboot/"
                                       + "HfCameraComponentConfiguration.java");
    static final Path METADATA = Path.of("src/generated/resources/META-INF/spring-configuration-metadata.json");

    @Test
    void configurationClassIsTheOneOfTheComponentsMetadata() throws Exception {
        check(SOURCE, StarterFiles.configurationSource(StarterFiles.componentJson()));
    }

    @Test
    void springConfigurationMetadataIsTheOneOfTheComponentsMetadata() throws Exception {
        check(METADATA, StarterFiles.metadata(StarterFiles.componentJson()));
    }

    private static void check(Path file, String generated) throws Exception {
        String current = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (Boolean.getBoolean("hfcamera.updateDocs") && !current.equals(generated)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated, StandardCharsets.UTF_8);
            current = generated;
        }
        assertThat(current).as(file + " out of date with the component's hfcamera.json: run StarterFilesTest with"
                                + " -Dhfcamera.updateDocs=true").isEqualTo(generated);
    }

    @Test
    void everyOptionIsAFieldOfTheConfigurationClass() throws Exception {
        JsonNode component = StarterFiles.componentJson();
        for (String option : StarterFiles.options(component).keySet()) {
            assertThat(HfCameraComponentConfiguration.class.getDeclaredField(option)).as(option).isNotNull();
        }
        assertThat(HfCameraComponentConfiguration.class.getDeclaredFields())
                .hasSize(StarterFiles.options(component).size());
    }
}
