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
package io.github.camelhfcamera.hfcamera.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhfcamera.hfcamera.HfCameraEventJson;
import io.github.camelhfcamera.hfcamera.protocol.Image;
import org.apache.camel.Exchange;

/**
 * Turns a camera event into the component's event JSON ({@link HfCameraEventJson}) without image bytes, and writes
 * its images (pic, scene, ...) as JPEG files beside:
 * {@code {imageDir}/{group}/{deviceId}-{operator}-{recordId}-{field}.jpg}. The JSON names each image by its file under {@code pictureFiles} instead of carrying it under {@code pictures}.
 *
 * <p>Sets the headers {@link #GROUP} (recognition, stranger, alarm, status) and {@link #FILE_NAME} (a file name
 * without extension, unique per device, operator and record) for the routes. Counts the events per operator.
 */
public class EventFiles {

    /** Header: the event group, recognition, stranger, alarm or status. */
    public static final String GROUP = "HfEventGroup";
    /** Header: a base file name unique per device, operator and record. */
    public static final String FILE_NAME = "HfEventFile";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path imageDir;
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder images = new LongAdder();

    public EventFiles(Path imageDir) {
        this.imageDir = imageDir;
    }

    public EventFiles(String imageDir) {
        this(Path.of(imageDir));
    }

    public void process(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        // the component's event JSON, the same as the Kamelet's: operator, group, deviceId, recordId, time, event
        ObjectNode json = HfCameraEventJson.toJson(exchange);
        json.remove("pictures");
        String deviceId = json.path("deviceId").asText("unknown");
        String operator = json.path("operator").asText("unknown");
        String group = groupOf(operator);
        String base = safe(deviceId) + "-" + safe(operator) + "-"
                + (json.has("recordId") ? json.get("recordId").asText() : Long.toString(System.nanoTime()));
        if (body instanceof Record record) {
            // the pictures as files beside the JSON, named under pictureFiles instead of carried as base64
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                if (c.getType() != Image.class) {
                    continue;
                }
                Image image;
                try {
                    image = (Image) c.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c.getName() + " of " + operator, e);
                }
                if (image != null && !image.isEmpty()) {
                    String file = group + "/" + base + "-" + c.getName() + ".jpg";
                    write(imageDir.resolve(file), image.bytes());
                    images.increment();
                    json.withObject("pictureFiles").put(c.getName(), file);
                }
            }
        }
        counts.computeIfAbsent(operator, k -> new LongAdder()).increment();
        exchange.getMessage().setHeader(GROUP, group);
        exchange.getMessage().setHeader(FILE_NAME, base);
        try {
            exchange.getMessage().setBody(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event group of an operator name (the component's groups; DeviceOnline / DeviceLost are status). */
    public static String groupOf(String operator) {
        return HfCameraEventJson.groupOf(operator).orElse("status");
    }

    /** Events seen so far per operator. */
    public Map<String, Long> counts() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** Events seen so far per group. */
    public Map<String, Long> countsByGroup() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String g : new String[] { "recognition", "stranger", "alarm", "status" }) {
            out.put(g, 0L);
        }
        counts.forEach((k, v) -> out.merge(groupOf(k), v.sum(), Long::sum));
        return out;
    }

    public long imagesWritten() {
        return images.sum();
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
