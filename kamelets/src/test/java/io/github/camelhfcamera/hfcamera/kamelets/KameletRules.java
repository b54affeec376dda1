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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The rules of the Apache Camel Kamelet catalog's validator (script/validator in apache/camel-kamelets), applied to
 * this project's Kamelets. One deliberate difference: the catalog requires the provider "Apache Software
 * Foundation"; a third-party catalog names itself, so the provider must only be present.
 */
final class KameletRules {

    static final String CREDENTIALS = "urn:camel:group:credentials";
    private static final Pattern PARAM = Pattern.compile("\\{\\{\\??([A-Za-z0-9-._]+)(?::[^}]*)?}}");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "for", "and",
            "or", "with", "by", "at", "from", "as", "is", "be", "per");

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String projectVersion;
    private final String componentDependency;

    KameletRules(String projectVersion) {
        this.projectVersion = projectVersion;
        this.componentDependency = "mvn:io.github.camelhfcamera:camel-hfcamera-component:" + projectVersion;
    }

    /** Every rule broken by the Kamelet files in {@code dir}; empty when they are all valid. */
    List<String> check(Path dir) throws IOException {
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".kamelet.yaml")).sorted().toList();
        }
        List<String> errors = new ArrayList<>();
        if (files.isEmpty()) {
            errors.add("no Kamelets in " + dir);
        }
        Map<String, String> titles = new HashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        for (Path file : files) {
            JsonNode k = YAML.readTree(file.toFile());
            String name = k.path("metadata").path("name").asText();
            String where = "kamelet " + name + " (" + file.getFileName() + ")";
            checkOne(k, name, file, where, errors);
            String title = k.path("spec").path("definition").path("title").asText();
            String description = k.path("spec").path("definition").path("description").asText();
            if (titles.put(title, name) != null) {
                errors.add(where + ": duplicate title '" + title + "'");
            }
            if (descriptions.put(description, name) != null) {
                errors.add(where + ": duplicate description");
            }
        }
        return errors;
    }

    private void checkOne(JsonNode k, String name, Path file, String where, List<String> errors) {
        if (!"camel.apache.org/v1".equals(k.path("apiVersion").asText()) || !"Kamelet".equals(k.path("kind").asText())) {
            errors.add(where + ": apiVersion must be camel.apache.org/v1 and kind Kamelet");
        }
        if (!file.getFileName().toString().equals(name + ".kamelet.yaml")) {
            errors.add(where + ": file name must be the Kamelet's name + .kamelet.yaml");
        }
        String type = k.path("metadata").path("labels").path("camel.apache.org/kamelet.type").asText();
        if (!Set.of("source", "sink", "action").contains(type)) {
            errors.add(where + ": label camel.apache.org/kamelet.type must be source, sink or action, not '" + type + "'");
        } else if (!name.endsWith("-" + type)) {
            errors.add(where + ": name must end with -" + type);
        }
        JsonNode annotations = k.path("metadata").path("annotations");
        if (!annotations.path("camel.apache.org/kamelet.icon").asText().startsWith("data:image/")) {
            errors.add(where + ": annotation camel.apache.org/kamelet.icon must be a data:image/ URI");
        }
        if (!projectVersion.equals(annotations.path("camel.apache.org/catalog.version").asText())) {
            errors.add(where + ": annotation camel.apache.org/catalog.version must be the project version " + projectVersion);
        }
        if (annotations.path("camel.apache.org/provider").asText().isBlank()) {
            errors.add(where + ": annotation camel.apache.org/provider is missing");
        }
        JsonNode def = k.path("spec").path("definition");
        String title = def.path("title").asText();
        if (title.isEmpty()) {
            errors.add(where + ": definition has no title");
        } else if (type.length() > 1
                && !title.endsWith(type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1))) {
            errors.add(where + ": title '" + title + "' must end with '"
                    + type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1) + "'");
        }
        if (def.path("description").asText().isEmpty()) {
            errors.add(where + ": definition has no description");
        }
        if (!"object".equals(def.path("type").asText())) {
            errors.add(where + ": definition type must be object");
        }
        JsonNode props = def.path("properties");
        Set<String> required = new HashSet<>();
        for (JsonNode r : def.path("required")) {
            if (!required.add(r.asText())) {
                errors.add(where + ": required property '" + r.asText() + "' listed twice");
            }
            if (!props.has(r.asText())) {
                errors.add(where + ": required property '" + r.asText() + "' is not defined");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            checkProperty(where, e.getKey(), e.getValue(), errors);
        }
        JsonNode template = k.path("spec").path("template");
        if (template.isMissingNode()) {
            errors.add(where + ": no template");
            return;
        }
        Set<String> used = new HashSet<>();
        Set<String> schemes = new HashSet<>();
        boolean[] jackson = { false };
        walk(template, null, used, schemes, jackson);
        // the template's own beans are referenced as {{name}} too
        Set<String> beans = new HashSet<>();
        template.path("beans").forEach(b -> beans.add(b.path("name").asText()));
        for (String p : used) {
            if (!props.has(p) && !beans.contains(p)) {
                errors.add(where + ": parameter '" + p + "' is used but not declared");
            }
        }
        for (Iterator<String> it = props.fieldNames(); it.hasNext(); ) {
            String p = it.next();
            if (!used.contains(p)) {
                errors.add(where + ": parameter '" + p + "' is declared but never used");
            }
        }
        Set<String> deps = new HashSet<>();
        k.path("spec").path("dependencies").forEach(d -> deps.add(d.asText()));
        Set<String> needed = new HashSet<>();
        for (String scheme : schemes) {
            needed.add(scheme.equals("hfcamera") ? componentDependency : "camel:" + scheme);
        }
        if (jackson[0]) {
            needed.add("camel:jackson");
        }
        for (String n : needed) {
            if (!deps.contains(n)) {
                errors.add(where + ": dependency '" + n + "' is missing");
            }
        }
    }

    private static void checkProperty(String where, String key, JsonNode p, List<String> errors) {
        String at = where + ": property '" + key + "'";
        if (p.path("type").asText().isEmpty()) {
            errors.add(at + " has no type");
        }
        String title = p.path("title").asText();
        if (title.isEmpty()) {
            errors.add(at + " has no title");
        } else {
            for (String w : title.split(" ")) {
                if (!w.isEmpty() && !STOP_WORDS.contains(w.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(w.charAt(0))) {
                    errors.add(at + " has a non-capitalized word in its title: '" + w + "'");
                }
            }
            for (String article : new String[] { "The ", "A ", "An " }) {
                if (title.startsWith(article)) {
                    errors.add(at + " has a title starting with '" + article.trim() + "'");
                }
            }
        }
        if (p.path("description").asText().isEmpty()) {
            errors.add(at + " has no description");
        }
        boolean credentials = false;
        for (JsonNode d : p.path("x-descriptors")) {
            credentials |= CREDENTIALS.equals(d.asText());
        }
        if ("password".equals(p.path("format").asText()) && !credentials) {
            errors.add(at + " has format password but not the descriptor " + CREDENTIALS);
        }
        if (key.toLowerCase(Locale.ROOT).contains("password") && !"password".equals(p.path("format").asText())) {
            errors.add(at + " holds a password but is not declared with format: password");
        }
    }

    private static void walk(JsonNode node, String field, Set<String> used, Set<String> schemes, boolean[] jackson) {
        if (node.isTextual()) {
            Matcher m = PARAM.matcher(node.asText());
            while (m.find()) {
                used.add(m.group(1));
            }
            if ("uri".equals(field) || "to".equals(field)) {
                Matcher s = SCHEME.matcher(node.asText());
                if (s.find()) {
                    schemes.add(s.group(1));
                }
            }
        } else if (node.isObject()) {
            if ("json".equals(field)) {
                jackson[0] |= "Jackson".equalsIgnoreCase(node.path("library").asText("Jackson"));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(e.getValue(), e.getKey(), used, schemes, jackson);
            }
        } else if (node.isArray()) {
            for (JsonNode c : node) {
                walk(c, field, used, schemes, jackson);
            }
        }
    }
}
