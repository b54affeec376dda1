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

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhfcamera.hfcamera.protocol.Image;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.session.HfDeviceEvent;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * The one JSON shape of an event of {@code hfcamera:events}, documented in the component's reference ("The event
 * JSON"): the Kamelet {@code hfcamera-events-source}, the examples' events-to-files and events-to-Kafka routes use
 * it, and so can any route:
 *
 * <pre>{@code
 * from("hfcamera:events?type=recognition").process(new HfCameraEventJson()).to("kafka:records");
 * }</pre>
 *
 * <pre>{@code
 * {"operator":"RecPush","group":"recognition","deviceId":"cam-1","recordId":7,"time":"2026-12-01T20:34:02.118Z",
 *  "event":{"customId":"E1001","personName":"Ada",...,"similarity":93.5,"time":"2026-12-01 21:34:02"},
 *  "pictures":{"pic":"/9j/4AAQ..."}}
 * }</pre>
 *
 * <ul>
 * <li>{@code operator}, {@code deviceId}: the event's operator and device (the headers CamelHfCameraOperator and
 * CamelHfCameraDeviceId);</li>
 * <li>{@code group}: recognition, stranger, alarm or status (absent for an operator the document does not know);</li>
 * <li>{@code recordId}: the id a PushAck echoes (RecordID, SnapID or SnapOrRecordID), absent when the event has
 * none;</li>
 * <li>{@code time}: when the component received the event, ISO-8601 UTC (the device's own clock, if it sends one, is
 * {@code event.time} as the device wrote it);</li>
 * <li>{@code event}: every field of the event but its images, by its name in the model (the Java names:
 * {@code similarity}, {@code noMask}, not the wire's {@code similarity1}, {@code isNoMask}; the device's own id and
 * record id fields too), {@code null} values left out, times as
 * ISO-8601, empty lists left out, fields of the device the model does not know under {@code event.unknown} by
 * their wire names;</li>
 * <li>{@code pictures}: the images (face, scene, ...) by field name, the base64 the device sent without a data: prefix;
 * absent when the images were dropped (the consumer's {@code dropImages=true}).</li>
 * </ul>
 *
 * Used as a {@link Processor} it replaces the body with the JSON text and sets {@code Content-Type} to
 * {@code application/json}; {@link #toJson(Exchange)} gives the tree to add to.
 */
public class HfCameraEventJson implements Processor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public void process(Exchange exchange) throws JsonProcessingException {
        ObjectNode json = toJson(exchange);
        exchange.getMessage().setBody(JSON.writeValueAsString(json));
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
    }

    /** The event of an exchange of {@code hfcamera:events}: its headers and its body. */
    public static ObjectNode toJson(Exchange exchange) {
        Message m = exchange.getMessage();
        long created = exchange.getClock().getCreated();
        return toJson(m.getHeader(HfCameraConstants.OPERATOR, String.class),
                m.getHeader(HfCameraConstants.DEVICE_ID, String.class),
                m.getHeader(HfCameraConstants.RECORD_ID, Long.class),
                created > 0 ? Instant.ofEpochMilli(created) : Instant.now(), m.getBody());
    }

    /**
     * The event JSON of one event.
     *
     * @param operator the event's operator (RecPush, DeviceLost, ...)
     * @param deviceId the device that sent it
     * @param recordId its record id, or {@code null}
     * @param time     when it was received
     * @param event    the event as the consumer gives it: a model record, a DeviceStatus, or a Map for an operator
     *                 the document does not know
     */
    public static ObjectNode toJson(String operator, String deviceId, Long recordId, Instant time, Object event) {
        ObjectNode json = NODES.objectNode();
        json.put("operator", operator);
        groupOf(operator).ifPresent(g -> json.put("group", g));
        json.put("deviceId", deviceId);
        if (recordId != null) {
            json.put("recordId", recordId);
        }
        json.put("time", time.toString());
        ObjectNode pictures = NODES.objectNode();
        ObjectNode fields = json.putObject("event");
        if (event instanceof Record r) {
            recordFields(r, fields, pictures, "");
        } else if (event instanceof Map<?, ?> map) {
            map.forEach((k, v) -> put(fields, String.valueOf(k), v, pictures, String.valueOf(k)));
        } else if (event != null) {
            put(fields, "value", event, pictures, "value");
        }
        if (!pictures.isEmpty()) {
            json.set("pictures", pictures);
        }
        return json;
    }

    /** recognition, stranger, alarm or status; empty for an operator the document does not know. */
    public static Optional<String> groupOf(String operator) {
        if (HfDeviceEvent.DEVICE_ONLINE.equals(operator) || HfDeviceEvent.DEVICE_LOST.equals(operator)) {
            return Optional.of("status");
        }
        return Operator.of(operator == null ? "" : operator)
                .map(Operator::group)
                .map(g -> g.name().toLowerCase(Locale.ROOT));
    }

    private static void recordFields(Record r, ObjectNode into, ObjectNode pictures, String path) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            String name = c.getName();
            Object value;
            try {
                value = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + name + " of " + r.getClass().getSimpleName(), e);
            }
            put(into, name, value, pictures, path + name);
        }
    }

    private static void put(ObjectNode into, String name, Object value, ObjectNode pictures, String path) {
        if (value instanceof Image image) {
            if (!image.isEmpty()) {
                pictures.put(path, base64(image));
            }
            return;
        }
        if (value instanceof Map<?, ?> m && m.isEmpty() || value instanceof Collection<?> c && c.isEmpty()) {
            // the model's "no value" for lists and the unknown fields
            return;
        }
        JsonNode node = node(value, pictures, path);
        if (node != null) {
            into.set(name, node);
        }
    }

    /** The image's base64 as the device sent it, without a data: prefix (never decoded: a bad one is kept as is). */
    private static String base64(Image image) {
        String text = image.text();
        return text.startsWith("data:") ? text.substring(text.indexOf(',') + 1) : text;
    }

    private static JsonNode node(Object value, ObjectNode pictures, String path) {
        if (value == null) {
            return null;
        }
        if (value instanceof TemporalAccessor || value instanceof java.time.temporal.TemporalAmount
                || value instanceof Enum<?>) {
            return NODES.textNode(value instanceof Enum<?> e ? e.name() : value.toString());
        }
        if (value instanceof Record r) {
            ObjectNode o = NODES.objectNode();
            recordFields(r, o, pictures, path + ".");
            return o;
        }
        if (value instanceof Map<?, ?> m) {
            ObjectNode o = NODES.objectNode();
            m.forEach((k, v) -> put(o, String.valueOf(k), v, pictures, path + "." + k));
            return o;
        }
        if (value instanceof Collection<?> c) {
            ArrayNode a = NODES.arrayNode();
            int i = 0;
            for (Object o : c) {
                JsonNode n = node(o, pictures, path + "." + i++);
                a.add(n == null ? NODES.nullNode() : n);
            }
            return a;
        }
        if (value instanceof Image image) {
            pictures.put(path, base64(image));
            return null;
        }
        return JSON.valueToTree(value);
    }
}
