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
package io.github.camelhfcamera.hfcamera;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The option tables of hfcamera-component.adoc, rendered from the metadata Camel's tooling generates from the
 * annotations (hfcamera.json). Camel 4's tooling only writes Antora include lines into a component's .adoc, which
 * render on a Camel documentation site but not where this project's users read it; this test keeps literal tables
 * beside them, equal to the metadata. When an option changes, run it once with {@code -Dhfcamera.updateDocs=true}
 * to rewrite the tables, and commit the .adoc.
 */
class OptionTablesTest {

    private static final Path JSON = Path.of("src/generated/resources/META-INF/io/github/camelhfcamera/hfcamera/hfcamera.json");
    private static final Path ADOC = Path.of("src/main/docs/hfcamera-component.adoc");
    private static final String START = "// option tables (rendered from hfcamera.json by OptionTablesTest): START";
    private static final String END = "// option tables: END";

    @Test
    void everyOptionAndHeaderIsDocumented() throws IOException {
        JsonNode meta = new ObjectMapper().readTree(JSON.toFile());
        List<String> undocumented = new ArrayList<>();
        for (String section : List.of("componentProperties", "properties", "headers")) {
            meta.path(section).fields().forEachRemaining(e -> {
                if (e.getValue().path("description").asText().isBlank()) {
                    undocumented.add(section + "." + e.getKey());
                }
            });
        }
        assertThat(undocumented).as("options without a description").isEmpty();
    }

    @Test
    void theAdocTablesAreTheMetadatasTables() throws IOException {
        JsonNode meta = new ObjectMapper().readTree(JSON.toFile());
        String rendered = render(meta);
        String adoc = Files.readString(ADOC, StandardCharsets.UTF_8);
        int s = adoc.indexOf(START);
        int e = adoc.indexOf(END);
        assertThat(s).as("the .adoc has the marker " + START).isGreaterThanOrEqualTo(0);
        assertThat(e).as("the .adoc has the marker " + END).isGreaterThan(s);
        String current = adoc.substring(s + START.length(), e);
        if (Boolean.getBoolean("hfcamera.updateDocs") && !current.equals(rendered)) {
            Files.writeString(ADOC, adoc.substring(0, s + START.length()) + rendered + adoc.substring(e),
                    StandardCharsets.UTF_8);
            current = rendered;
        }
        assertThat(current).as("option tables out of date: run this test with -Dhfcamera.updateDocs=true")
                .isEqualTo(rendered);
    }

    static String render(JsonNode meta) {
        StringBuilder b = new StringBuilder("\n");
        table(b, "Component options", "Set on the component (`camel.component.hfcamera.*`); the shared ones are"
                + " copied to every endpoint, which may override them on its URI.", meta.path("componentProperties"), false);
        table(b, "Endpoint options", "`hfcamera:kind?option=value&...`", meta.path("properties"), true);
        b.append("=== Message headers\n\n[cols=\"2,1,5\",options=\"header\"]\n|===\n| Header | Type | Description\n");
        meta.path("headers").fields().forEachRemaining(e -> b.append("| `").append(e.getKey()).append("` | `")
                .append(e.getValue().path("javaType").asText()).append("` | ")
                .append(cell(e.getValue().path("description").asText())).append('\n'));
        b.append("|===\n\n");
        return b.toString();
    }

    private static void table(StringBuilder b, String title, String intro, JsonNode props, boolean endpoint) {
        b.append("=== ").append(title).append("\n\n").append(intro).append("\n\n")
                .append("[cols=\"2,1,1,5\",options=\"header\"]\n|===\n| Name | Default | Type | Description\n");
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) props::fields) {
            JsonNode p = e.getValue();
            String name = "`" + e.getKey() + "`" + (endpoint && "path".equals(p.path("kind").asText()) ? " (path)" : "")
                    + (p.path("required").asBoolean() ? " *required*" : "");
            String def = p.has("defaultValue") ? "`" + p.path("defaultValue").asText() + "`" : "";
            String type = p.path("type").asText() + (p.path("secret").asBoolean() ? " (secret)" : "");
            String desc = p.path("description").asText()
                    + (p.has("enum") ? " One of: " + String.join(", ", listOf(p.path("enum"))) + "." : "")
                    + (p.path("label").asText().isEmpty() ? "" : " _(" + p.path("label").asText() + ")_");
            b.append("| ").append(name).append(" | ").append(def).append(" | ").append(type).append(" | ")
                    .append(cell(desc)).append('\n');
        }
        b.append("|===\n\n");
    }

    private static List<String> listOf(JsonNode array) {
        List<String> l = new ArrayList<>();
        array.forEach(n -> l.add(n.asText()));
        return l;
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
