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
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Every Kamelet of the project obeys the catalog's rules, and each rule is shown to catch its breach. */
class KameletRulesTest {

    private static final String VERSION = System.getProperty("project.version", "0.1.0-SNAPSHOT");
    private final KameletRules rules = new KameletRules(VERSION);

    @Test
    void everyKameletOfTheProjectFollowsTheCatalogRules() throws Exception {
        Path dir = Path.of(System.getProperty("kamelets.dir", "src/main/resources/kamelets"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder(
                    "hfcamera-events-source.kamelet.yaml", "hfcamera-persons-sink.kamelet.yaml",
                    "hfcamera-command-action.kamelet.yaml");
        }
        assertThat(rules.check(dir)).isEmpty();
    }

    @Test
    void aBrokenKameletIsReportedRuleByRule(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("wrong-name.kamelet.yaml"), """
                apiVersion: camel.apache.org/v1
                kind: Kamelet
                metadata:
                  name: broken-thing
                  annotations:
                    camel.apache.org/catalog.version: "0.0.1"
                  labels:
                    camel.apache.org/kamelet.type: "source"
                spec:
                  definition:
                    title: "Broken Thing"
                    description: "broken"
                    type: object
                    required: [brokerUrl, brokerUrl, missing]
                    properties:
                      brokerUrl:
                        title: the broker url
                        type: string
                      password:
                        title: Password
                        description: secret
                        type: string
                      unused:
                        title: Unused
                        description: never used
                        type: string
                      secret:
                        title: Secret
                        description: a secret
                        type: string
                        format: password
                  template:
                    from:
                      uri: "hfcamera:events"
                      parameters:
                        brokerUrl: "{{brokerUrl}}"
                        password: "{{?password}}"
                        secret: "{{secret}}"
                        other: "{{undeclared}}"
                      steps:
                        - to: "log:x"
                """);
        List<String> errors = rules.check(dir);
        assertThat(errors).anyMatch(e -> e.contains("file name must be"))
                .anyMatch(e -> e.contains("name must end with -source"))
                .anyMatch(e -> e.contains("kamelet.icon"))
                .anyMatch(e -> e.contains("catalog.version must be the project version"))
                .anyMatch(e -> e.contains("provider is missing"))
                .anyMatch(e -> e.contains("must end with 'Source'"))
                .anyMatch(e -> e.contains("'brokerUrl' listed twice"))
                .anyMatch(e -> e.contains("'missing' is not defined"))
                .anyMatch(e -> e.contains("'brokerUrl' has no description"))
                .anyMatch(e -> e.contains("non-capitalized word in its title: 'broker'"))
                .anyMatch(e -> e.contains("title starting with 'the'") || e.contains("non-capitalized"))
                .anyMatch(e -> e.contains("'password' holds a password but is not declared with format: password"))
                .anyMatch(e -> e.contains("'secret' has format password but not the descriptor"))
                .anyMatch(e -> e.contains("'unused' is declared but never used"))
                .anyMatch(e -> e.contains("'undeclared' is used but not declared"))
                .anyMatch(e -> e.contains("dependency 'mvn:io.github.camelhfcamera:camel-hfcamera-component:"))
                .anyMatch(e -> e.contains("dependency 'camel:log' is missing"));
    }
}
