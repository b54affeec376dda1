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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelhfcamera.hfcamera.HfCameraOperation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The persons sink offers the component's operations (those that change persons), spelled as the enum spells them. */
class PersonsSinkOperationTest {

    @Test
    void theSinksOperationsAreTheComponentsEnum() throws Exception {
        Path dir = Path.of(System.getProperty("kamelets.dir", "src/main/resources/kamelets"));
        JsonNode operation = KameletRules.YAML.readTree(dir.resolve("hfcamera-persons-sink.kamelet.yaml").toFile())
                .path("spec").path("definition").path("properties").path("operation");
        List<String> offered = new ArrayList<>();
        operation.path("enum").forEach(n -> offered.add(n.asText()));

        assertThat(offered).containsExactly(HfCameraOperation.upsert.name(), HfCameraOperation.add.name(),
                HfCameraOperation.delete.name());
        assertThat(Arrays.stream(HfCameraOperation.values()).map(Enum::name)).contains(
                operation.path("default").asText());
    }
}
