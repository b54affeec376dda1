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
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelhfcamera.hfcamera.protocol.HfCodec;
import io.github.camelhfcamera.hfcamera.protocol.HfEvent;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.model.RecPush;
import io.github.camelhfcamera.hfcamera.session.DeviceState;
import io.github.camelhfcamera.hfcamera.session.DeviceStatus;
import io.github.camelhfcamera.hfcamera.session.HfDeviceEvent;
import io.github.camelhfcamera.hfcamera.protocol.Images;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event kind hfcamera:events delivers, through the one event JSON of the docs. */
class HfCameraEventJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HfCodec CODEC = new HfCodec();
    private static final Instant NOW = Instant.parse("2026-12-01T20:34:02.118Z");

    /** Every event the consumer offers: each event operator (the document's example where it prints one). */
    static List<Object[]> events() throws Exception {
        List<Object[]> out = new ArrayList<>();
        for (Operator op : Operator.byDirection(Operator.Direction.EVENT)) {
            Object info = example(op);
            out.add(new Object[] { op.wireName(), info });
        }
        out.add(new Object[] { HfDeviceEvent.DEVICE_ONLINE, new DeviceStatus("cam-1", DeviceState.ONLINE, NOW,
                NOW.plusSeconds(3), "192.168.1.20", "Gate 1") });
        out.add(new Object[] { HfDeviceEvent.DEVICE_LOST, new DeviceStatus("cam-1", DeviceState.LOST, NOW, NOW,
                null, null) });
        return out;
    }

    private static Object example(Operator op) throws Exception {
        for (String name : exampleNames()) {
            String part = name.substring(name.indexOf('_') + 1).replaceFirst("(_\\d+)?\\.json$", "");
            if (part.equals(op.wireName())) {
                return CODEC.decode(read(name)).info();
            }
        }
        return CODEC.convert(Map.of(), op.infoType());
    }

    @Test
    void everyEventKindTheConsumerOffersIsWrittenWithTheDocumentedKeys() throws Exception {
        List<String> seen = new ArrayList<>();
        for (Object[] e : events()) {
            String operator = (String) e[0];
            Object info = e[1];
            Long recordId = info instanceof HfEvent h ? h.recordId() : null;
            String text = JSON.writeValueAsString(HfCameraEventJson.toJson(operator, "cam-1", recordId, NOW, info));
            JsonNode n = JSON.readTree(text);
            assertThat(n.path("operator").asText()).isEqualTo(operator);
            assertThat(n.path("deviceId").asText()).isEqualTo("cam-1");
            assertThat(n.path("time").asText()).isEqualTo("2026-12-01T20:34:02.118Z");
            // DeviceOnline / DeviceLost are the component's own, of the status group
            Operator.EventGroup group = Operator.of(operator).isPresent() ? Operator.of(operator).get().group()
                    : Operator.EventGroup.STATUS;
            if (group == null) {
                // PushAck-Ack: an event of no group, received only when named in type
                assertThat(n.has("group")).as(operator).isFalse();
            } else {
                assertThat(n.path("group").asText()).as(operator).isEqualTo(group.name().toLowerCase());
            }
            assertThat(n.path("event").isObject()).as(operator).isTrue();
            if (recordId != null) {
                assertThat(n.path("recordId").asLong()).isEqualTo(recordId);
            }
            seen.add(operator);
        }
        assertThat(seen).contains("RecPush", "StrSnapPush", "FireSmokeSnapPush", "HeartBeat", "Online", "Offline",
                "DeviceOnline", "DeviceLost");
    }

    @Test
    void statusEventsWriteTheirInstantsAsIsoText() throws Exception {
        DeviceStatus lost = new DeviceStatus("cam-1", DeviceState.LOST, NOW, NOW.plusSeconds(1), "10.0.0.7", null);
        JsonNode n = JSON.readTree(JSON.writeValueAsString(
                HfCameraEventJson.toJson(HfDeviceEvent.DEVICE_LOST, "cam-1", null, NOW, lost)));
        assertThat(n.path("group").asText()).isEqualTo("status");
        assertThat(n.path("event").path("state").asText()).isEqualTo("LOST");
        assertThat(n.path("event").path("since").asText()).isEqualTo("2026-12-01T20:34:02.118Z");
        assertThat(n.path("event").path("lastSeen").asText()).isEqualTo("2026-12-01T20:34:03.118Z");
        assertThat(n.path("event").has("name")).as("null left out").isFalse();
        assertThat(n.has("recordId")).isFalse();
    }

    @Test
    void aRecordUsesTheModelsNamesAndItsPicturesAreOptional() throws Exception {
        RecPush rec = (RecPush) CODEC.decode(read("05_RecPush_1.json")).info();
        JsonNode with = JSON.readTree(JSON.writeValueAsString(
                HfCameraEventJson.toJson("RecPush", "cam-1", rec.recordId(), NOW, rec)));
        assertThat(with.path("group").asText()).isEqualTo("recognition");
        assertThat(with.path("event").has("similarity")).isTrue();
        assertThat(with.path("event").has("similarity1")).as("not the wire name").isFalse();
        assertThat(with.path("event").has("pic")).as("images under pictures only").isFalse();
        assertThat(rec.pic().isEmpty()).as("the example has a face").isFalse();
        assertThat(with.path("pictures").path("pic").asText()).isEqualTo(rec.pic().text().replaceFirst("^data:[^,]*,", ""));
        JsonNode without = JSON.readTree(JSON.writeValueAsString(
                HfCameraEventJson.toJson("RecPush", "cam-1", rec.recordId(), NOW, Images.strip(rec))));
        assertThat(without.has("pictures")).isFalse();
        assertThat(without.path("event")).isEqualTo(with.path("event"));
    }

    @Test
    void asAProcessorItReadsTheConsumersHeadersAndWritesJsonText() throws Exception {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setHeader(HfCameraConstants.OPERATOR, "DeviceOnline");
        exchange.getMessage().setHeader(HfCameraConstants.DEVICE_ID, "cam-2");
        exchange.getMessage().setBody(new DeviceStatus("cam-2", DeviceState.ONLINE, NOW, NOW, null, null));
        new HfCameraEventJson().process(exchange);
        JsonNode n = JSON.readTree(exchange.getMessage().getBody(String.class));
        assertThat(n.path("deviceId").asText()).isEqualTo("cam-2");
        assertThat(n.path("event").path("state").asText()).isEqualTo("ONLINE");
        assertThat(Instant.parse(n.path("time").asText())).isNotNull();
        assertThat(exchange.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/json");
    }

    @Test
    void anOperatorTheDocumentDoesNotKnowKeepsItsFieldsAndHasNoGroup() throws Exception {
        JsonNode n = JSON.readTree(JSON.writeValueAsString(HfCameraEventJson.toJson("NewPush", "cam-1", null, NOW,
                Map.of("level", 3))));
        assertThat(n.has("group")).isFalse();
        assertThat(n.path("event").path("level").asInt()).isEqualTo(3);
    }

    static List<String> exampleNames() throws IOException, URISyntaxException {
        java.net.URI uri = HfCameraEventJsonTest.class.getClassLoader().getResource("document-examples").toURI();
        if (!"jar".equals(uri.getScheme())) {
            return names(Path.of(uri));
        }
        // from the protocol's test-jar, as a reactor build from a clean clone has it
        try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(uri, Map.of())) {
            return names(jar.getPath("document-examples"));
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".json")).sorted().toList();
        }
    }

    static byte[] read(String name) throws IOException {
        try (InputStream in = HfCameraEventJsonTest.class.getClassLoader()
                .getResourceAsStream("document-examples/" + name)) {
            return in.readAllBytes();
        }
    }
}
