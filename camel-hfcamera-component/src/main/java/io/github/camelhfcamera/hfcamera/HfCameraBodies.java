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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelhfcamera.hfcamera.protocol.HfCodec;
import io.github.camelhfcamera.hfcamera.protocol.HfProtocolException;
import io.github.camelhfcamera.hfcamera.protocol.HfValidationException;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import org.apache.camel.Exchange;

/** Reads the bodies the producers accept: typed values, collections and arrays of them, Maps and JSON. */
final class HfCameraBodies {

    private HfCameraBodies() {
    }

    /** A Person, a collection / array / iterable of them (or of Maps), or JSON (an object or an array). */
    static List<Person> persons(Exchange exchange, HfCodec codec) {
        Object body = exchange.getMessage().getBody();
        List<Person> out = new ArrayList<>();
        for (Object o : elements(body, exchange, codec)) {
            out.add(o == null ? null : o instanceof Person p ? p : codec.convert(o, Person.class));
        }
        return out;
    }

    /** A customId, comma separated customIds, a collection / array of them (or of Persons / Maps), or JSON. */
    static List<String> customIds(Exchange exchange, HfCodec codec) {
        Object body = exchange.getMessage().getBody();
        List<String> out = new ArrayList<>();
        if (body instanceof String s && !looksLikeJson(s)) {
            return splitInOrder(s);
        }
        for (Object o : elements(body, exchange, codec)) {
            out.add(customIdOf(o, codec));
        }
        return out;
    }

    /** One customId: a String, a Person, a Map with customId. */
    static String customId(Exchange exchange, HfCodec codec) {
        List<String> ids = customIds(exchange, codec);
        if (ids.size() != 1) {
            throw new HfValidationException("body", "get takes one customId, got " + ids.size());
        }
        return ids.get(0);
    }

    private static List<String> splitInOrder(String s) {
        List<String> ids = new ArrayList<>();
        for (String part : s.split(",")) {
            if (!part.isBlank()) {
                ids.add(part.trim());
            }
        }
        return ids;
    }

    private static String customIdOf(Object o, HfCodec codec) {
        if (o == null) {
            return null;
        }
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof Person p) {
            return p.customId();
        }
        if (o instanceof Map<?, ?> m) {
            Object id = m.get("customId");
            return id == null ? null : id.toString();
        }
        if (o instanceof JsonNode n) {
            return n.isTextual() ? n.asText() : n.path("customId").asText(null);
        }
        return o.toString();
    }

    private static boolean looksLikeJson(String s) {
        String t = s.stripLeading();
        return t.startsWith("[") || t.startsWith("{") || t.startsWith("\"");
    }

    private static Iterable<?> elements(Object body, Exchange exchange, HfCodec codec) {
        if (body == null) {
            return List.of();
        }
        if (body instanceof Collection<?> c) {
            return c;
        }
        if (body instanceof Object[] a) {
            return List.of(a).stream().toList();
        }
        if (body instanceof Iterable<?> it) {
            return it;
        }
        if (body instanceof Map<?, ?> || body instanceof Person) {
            return List.of(body);
        }
        String json = body instanceof byte[] b ? new String(b, StandardCharsets.UTF_8)
                : body instanceof String s ? s : exchange.getMessage().getBody(String.class);
        if (json == null) {
            throw new HfValidationException("body", "cannot read a " + body.getClass().getName());
        }
        try {
            JsonNode node = codec.mapper().readTree(json);
            if (node == null || node.isMissingNode()) {
                return List.of();
            }
            if (node.isArray()) {
                List<Object> out = new ArrayList<>();
                node.forEach(n -> out.add(n.isObject() ? codec.mapper().convertValue(n, Map.class)
                        : n.isNull() ? null : n.asText()));
                return out;
            }
            if (node.isObject()) {
                return List.of(codec.mapper().convertValue(node, Map.class));
            }
            return List.of(node.asText());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new HfProtocolException("body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * A typed request from the body: the type itself, a Map or JsonNode, JSON text (a String, bytes or a stream);
     * {@code fallback} when empty. Anything else (the reply of another command, a picture's bytes, ...) is refused
     * with an {@link HfValidationException} that names the body types {@code what} takes.
     */
    static <T> T request(Exchange exchange, HfCodec codec, Class<T> type, T fallback, String what) {
        Object body = exchange.getMessage().getBody();
        if (body == null || body instanceof String s && s.isBlank() || body instanceof byte[] b && b.length == 0) {
            return fallback;
        }
        if (type.isInstance(body)) {
            return type.cast(body);
        }
        String accepted = what + " takes a " + type.getSimpleName() + ", a Map or JSON text (a String or bytes) for"
                + " it, or no body";
        if (body instanceof Map<?, ?> || body instanceof JsonNode) {
            try {
                return codec.convert(body, type);
            } catch (HfProtocolException e) {
                throw new HfValidationException("body", accepted + "; the " + (body instanceof Map ? "Map" : "JSON")
                        + " does not fit: " + e.getMessage());
            }
        }
        String json;
        if (body instanceof String s) {
            json = s;
        } else if (body instanceof byte[] b) {
            json = looksLikeJsonObject(b) ? new String(b, StandardCharsets.UTF_8) : null;
        } else if (body instanceof java.io.InputStream || body instanceof org.apache.camel.StreamCache) {
            json = exchange.getMessage().getBody(String.class);
        } else {
            json = null;
        }
        if (json != null && json.isBlank()) {
            // an empty stream (an HTTP request without a body, say) is no body
            return fallback;
        }
        if (json == null || !json.stripLeading().startsWith("{")) {
            throw new HfValidationException("body", accepted + "; the body is "
                    + (body instanceof byte[] b ? b.length + " bytes that are not a JSON object"
                       : json != null ? "text that is not a JSON object"
                       : "a " + body.getClass().getSimpleName()));
        }
        try {
            return codec.convert(json, type);
        } catch (HfProtocolException e) {
            throw new HfValidationException("body", accepted + "; the JSON does not fit: " + e.getMessage());
        }
    }

    private static boolean looksLikeJsonObject(byte[] b) {
        for (byte c : b) {
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return c == '{';
            }
        }
        return false;
    }
}
