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

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes the starter's two generated files from the component's own metadata (hfcamera.json, in the component's
 * jar): the configuration class {@code HfCameraComponentConfiguration} (one field per component option, its javadoc
 * the option's description) and {@code META-INF/spring-configuration-metadata.json} (name, type, description and
 * default of every option, as Spring Boot's configuration processor would write them). {@link StarterFilesTest}
 * compares them with the committed files and rewrites them with {@code -Dhfcamera.updateDocs=true}.
 */
final class StarterFiles {

    static final String COMPONENT_JSON = "META-INF/io/github/camelhfcamera/hfcamera/hfcamera.json";
    static final String PREFIX = "camel.component.hfcamera";
    static final String PACKAGE = "io.github.camelhfcamera.hfcamera.springboot";
    static final String CLASS = PACKAGE + ".HfCameraComponentConfiguration";
    static final String CUSTOMIZER_TYPE = "org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon"
                                          + "$CustomizerProperties";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StarterFiles() {
    }

    /** The component's hfcamera.json, from the classpath (the component's jar, or its target/classes). */
    static JsonNode componentJson() throws IOException {
        try (InputStream in = StarterFiles.class.getClassLoader().getResourceAsStream(COMPONENT_JSON)) {
            if (in == null) {
                throw new IllegalStateException(COMPONENT_JSON + " is not on the classpath");
            }
            return JSON.readTree(in);
        }
    }

    /** The component options by name, sorted: name to their metadata (type, javaType, description, default...). */
    static Map<String, JsonNode> options(JsonNode component) {
        Map<String, JsonNode> options = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = component.get("componentProperties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            options.put(e.getKey(), e.getValue());
        }
        return options;
    }

    /** {@code brokerUrl} to {@code broker-url}: the canonical (kebab-case) form of Spring Boot's property names. */
    static String kebab(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                b.append('-').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The Java type of the option in the configuration class: the wrapper of a primitive (unset stays null, so that
     * only the options a user sets are copied to the component), a duration as a String (Camel's syntax: 5000 in
     * milliseconds, or 5s, 1m30s), an object as its own type (set by bean reference, #bean:name).
     */
    static String javaType(JsonNode option) {
        String javaType = option.get("javaType").asText();
        if ("duration".equals(option.path("type").asText())) {
            return "java.lang.String";
        }
        switch (javaType) {
        case "boolean":
            return "java.lang.Boolean";
        case "int":
            return "java.lang.Integer";
        case "long":
            return "java.lang.Long";
        default:
            return javaType;
        }
    }

    /** The source of HfCameraComponentConfiguration. */
    static String configurationSource(JsonNode component) {
        Map<String, JsonNode> options = options(component);
        StringBuilder s = new StringBuilder();
        s.append(HEADER);
        s.append("package ").append(PACKAGE).append(";\n\n");
        s.append("import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;\n");
        s.append("import org.springframework.boot.context.properties.ConfigurationProperties;\n\n");
        javadoc(s, "", component.get("component").get("description").asText()
                + "\n<p>\nThe options of the hfcamera component, camel.component.hfcamera.*: one field per option of"
                + " the component's metadata (hfcamera.json), its description as javadoc. An option left unset keeps"
                + " the component's default; only the options set are copied to the component. A property under"
                + " camel.component.hfcamera that is not an option fails the binding (ignoreUnknownFields = false)."
                + "\n<p>\nGenerated by StarterFilesTest from hfcamera.json - do not edit this file!");
        s.append("@ConfigurationProperties(prefix = \"").append(PREFIX).append("\", ignoreUnknownFields = false)\n");
        s.append("public class HfCameraComponentConfiguration extends ComponentConfigurationPropertiesCommon {\n");
        for (Map.Entry<String, JsonNode> e : options.entrySet()) {
            s.append('\n');
            javadoc(s, "    ", e.getValue().get("description").asText());
            s.append("    private ").append(javaType(e.getValue())).append(' ').append(e.getKey()).append(";\n");
        }
        for (Map.Entry<String, JsonNode> e : options.entrySet()) {
            String name = e.getKey();
            String type = javaType(e.getValue());
            String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            s.append('\n');
            s.append("    public ").append(type).append(" get").append(cap).append("() {\n");
            s.append("        return ").append(name).append(";\n");
            s.append("    }\n\n");
            s.append("    public void set").append(cap).append('(').append(type).append(' ').append(name)
                    .append(") {\n");
            s.append("        this.").append(name).append(" = ").append(name).append(";\n");
            s.append("    }\n");
        }
        s.append("}\n");
        return s.toString();
    }

    /** spring-configuration-metadata.json: the options with their description and default, as hfcamera.json says. */
    static String metadata(JsonNode component) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> groups = new ArrayList<>();
        groups.add(map("name", PREFIX, "type", CLASS, "sourceType", CLASS));
        groups.add(map("name", PREFIX + ".customizer", "type", CUSTOMIZER_TYPE, "sourceType", CLASS,
                "sourceMethod", "getCustomizer()"));
        root.put("groups", groups);
        List<Object> properties = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : options(component).entrySet()) {
            JsonNode o = e.getValue();
            Map<String, Object> p = map("name", PREFIX + "." + kebab(e.getKey()), "type", javaType(o),
                    "description", o.get("description").asText(), "sourceType", CLASS);
            if (o.has("defaultValue")) {
                p.put("defaultValue", o.get("defaultValue"));
            }
            if (o.path("deprecated").asBoolean(false)) {
                p.put("deprecated", true);
            }
            properties.add(p);
        }
        properties.add(map("name", PREFIX + ".customizer.enabled", "type", "java.lang.Boolean",
                "description", "Whether the component customizer of the hfcamera component (the options above) is"
                               + " applied. This is enabled by default.",
                "sourceType", CUSTOMIZER_TYPE, "defaultValue", true));
        properties.add(map("name", PREFIX + ".enabled", "type", "java.lang.Boolean",
                "description", "Whether to enable auto configuration of the hfcamera component. This is enabled by"
                               + " default.",
                "sourceType", CLASS, "defaultValue", true));
        root.put("properties", properties);
        root.put("hints", List.of());
        return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /** A javadoc comment of the text (HTML-escaped, {@code <p>} kept as given), wrapped at 112 columns. */
    private static void javadoc(StringBuilder s, String indent, String text) {
        s.append(indent).append("/**\n");
        for (String paragraph : text.split("\n")) {
            String escaped = "<p>".equals(paragraph) ? paragraph : paragraph.replace("&", "&amp;")
                    .replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;").replace("*/", "*&#47;");
            StringBuilder line = new StringBuilder();
            for (String word : escaped.split(" ")) {
                if (line.length() > 0 && indent.length() + 3 + line.length() + 1 + word.length() > 112) {
                    s.append(indent).append(" * ").append(line).append('\n');
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            s.append(indent).append(" *").append(line.length() > 0 ? " " + line : "").append('\n');
        }
        s.append(indent).append(" */\n");
    }

    private static final String HEADER = String.join("\n",
            "/*",
            " * Copyright 2026 The camel-hfcamera Authors",
            " *",
            " * Licensed under the Apache License, Version 2.0 (the \"License\");",
            " * you may not use this file except in compliance with the License.",
            " * You may obtain a copy of the License at",
            " *",
            " *      http://www.apache.org/licenses/LICENSE-2.0",
            " *",
            " * Unless required by applicable law or agreed to in writing, software",
            " * distributed under the License is distributed on an \"AS IS\" BASIS,",
            " * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.",
            " * See the License for the specific language governing permissions and",
            " * limitations under the License.",
            " */",
            "") + "\n";
}
