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

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.HfCameraConstants;
import io.github.camelhfcamera.hfcamera.session.DeviceState;
import io.github.camelhfcamera.hfcamera.session.DeviceStatus;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes every camera's person list what the HR system says: reads the camera's customIds ({@code listIds}),
 * upserts the persons that are new or changed since the last sync in batches, deletes the ones HR no longer has.
 * Progress is logged per batch. HR owns the list: persons added on a camera by other means are deleted.
 *
 * <p>Rows come from the SQL query or the CSV file: {@code customId} / {@code custom_id}, {@code name},
 * {@code gender}, {@code personType} / {@code person_type}, {@code idCard} / {@code id_card}, {@code telnum1},
 * {@code photo} (a file name in the photo folder: the component checks it, makes it fit and serves it to the cameras
 * with its photoServer).
 */
public class HrSync {

    private static final Logger LOG = LoggerFactory.getLogger(HrSync.class);

    private final String photoLocation;
    private final int batchSize;
    private final List<String> devices;
    /** per device: customId -> hash of what was last upserted. */
    private final Map<String, Map<String, Integer>> synced = new ConcurrentHashMap<>();
    /** the run in progress or the last one, for the console. */
    private volatile Map<String, Object> progress = Map.of("running", false);

    /**
     * @param photoLocation the folder of the photos: a path, a {@code file:} URL or a {@code classpath:} location
     * @param batchSize    persons per upsert batch (the component splits further at 1000)
     * @param devices      comma separated device ids, or empty: every device online in the component's registry
     */
    public HrSync(String photoLocation, int batchSize, String devices) {
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("hr.batchSize must be 1..1000, was " + batchSize);
        }
        String location = photoLocation.startsWith("classpath:") || photoLocation.startsWith("file:") ? photoLocation
                : java.nio.file.Path.of(photoLocation).toAbsolutePath().toUri().toString();
        this.photoLocation = location.endsWith("/") ? location : location + "/";
        this.batchSize = batchSize;
        this.devices = devices == null || devices.isBlank() ? List.of()
                : List.of(devices.trim().split("\\s*,\\s*"));
    }

    /** Whether a sync result (of {@link #sync}) changed anything: persons upserted, deleted or refused. */
    public static boolean changed(Map<String, Map<String, Integer>> result) {
        return result.values().stream().anyMatch(r -> r.getOrDefault("upserted", 0) > 0
                || r.getOrDefault("deleted", 0) > 0 || r.getOrDefault("refused", 0) > 0);
    }

    /** Syncs the rows to every device; the result per device (upserted, deleted, refused, total). */
    public Map<String, Map<String, Integer>> sync(List<Map<String, Object>> rows, Exchange exchange) {
        CamelContext context = exchange.getContext();
        List<Map<String, Object>> persons = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            persons.add(toPerson(row));
        }
        Map<String, Map<String, Integer>> result = new TreeMap<>();
        ProducerTemplate template = context.createProducerTemplate();
        List<String> targets = targets(context);
        String startedAt = java.time.Instant.now().toString();
        int failed = 0;
        try {
            for (int i = 0; i < targets.size(); i++) {
                if (context.isStopping() || context.isStopped()) {
                    // not one warning per remaining camera of a fleet; the next start syncs them
                    LOG.info("HR sync stopped after {} of {} cameras: the application is stopping", i, targets.size());
                    break;
                }
                String device = targets.get(i);
                report(true, startedAt, null, targets.size(), i, failed, device, 0, persons.size());
                try {
                    result.put(device, syncDevice(template, device, persons, i, targets.size(), failed, startedAt));
                } catch (Exception e) {
                    // one unreachable camera does not stop the others; the next run tries again
                    LOG.warn("HR sync of {} failed: {}", device, e.getMessage());
                    synced.remove(device);
                    failed++;
                }
            }
            report(false, startedAt, java.time.Instant.now().toString(), targets.size(), targets.size(), failed,
                    null, 0, 0);
        } finally {
            try {
                template.stop();
            } catch (Exception ignore) {
                // nothing to release
            }
        }
        return result;
    }

    private void report(boolean running, String startedAt, String finishedAt, int devices, int devicesDone,
            int devicesFailed, String device, int done, int total) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("running", running);
        m.put("startedAt", startedAt);
        m.put("finishedAt", finishedAt);
        m.put("devices", devices);
        m.put("devicesDone", devicesDone);
        m.put("devicesFailed", devicesFailed);
        m.put("device", device);
        m.put("upsertsDone", done);
        m.put("upsertsTotal", total);
        progress = java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The run in progress, or the last one: {@code running}, {@code startedAt}, {@code finishedAt}, {@code devices},
     * {@code devicesDone}, {@code devicesFailed}, and for the device being synced {@code device},
     * {@code upsertsDone} of {@code upsertsTotal}.
     */
    public Map<String, Object> progress() {
        return progress;
    }

    private Map<String, Integer> syncDevice(ProducerTemplate template, String device,
            List<Map<String, Object>> persons, int index, int devices, int failedSoFar, String startedAt) {
        @SuppressWarnings("unchecked")
        List<String> onDevice = template.requestBodyAndHeader("hfcamera:persons?operation=listIds", null,
                HfCameraConstants.DEVICE_ID, device, List.class);
        Set<String> present = new HashSet<>(onDevice);
        Map<String, Integer> last = synced.computeIfAbsent(device, d -> new ConcurrentHashMap<>());
        last.keySet().retainAll(present);

        Set<String> wanted = new HashSet<>();
        List<Map<String, Object>> toUpsert = new ArrayList<>();
        for (Map<String, Object> p : persons) {
            String id = (String) p.get("customId");
            wanted.add(id);
            if (!present.contains(id) || !Objects.equals(last.get(id), p.hashCode())) {
                toUpsert.add(p);
            }
        }
        List<String> toDelete = onDevice.stream().filter(id -> !wanted.contains(id)).sorted().toList();
        if (toUpsert.isEmpty() && toDelete.isEmpty()) {
            // the regular run with nothing to do: not a line every period
            LOG.debug("HR sync {}: {} persons in HR, {} on the camera, nothing to change", device, persons.size(),
                    onDevice.size());
        } else {
            LOG.info("HR sync {}: {} persons in HR, {} on the camera, {} to upsert, {} to delete", device,
                    persons.size(), onDevice.size(), toUpsert.size(), toDelete.size());
        }
        report(true, startedAt, null, devices, index, failedSoFar, device, 0, toUpsert.size());

        int upserted = 0;
        int refused = 0;
        int batches = (toUpsert.size() + batchSize - 1) / batchSize;
        for (int b = 0; b < batches; b++) {
            List<Map<String, Object>> batch = toUpsert.subList(b * batchSize,
                    Math.min(toUpsert.size(), (b + 1) * batchSize));
            Exchange out = template.request("hfcamera:persons?operation=upsert", e -> {
                e.getMessage().setHeader(HfCameraConstants.DEVICE_ID, device);
                e.getMessage().setBody(new ArrayList<>(batch));
            });
            if (out.getException() != null) {
                throw new IllegalStateException("batch " + (b + 1) + "/" + batches + " to " + device + " failed: "
                        + out.getException().getMessage(), out.getException());
            }
            int ok = out.getMessage().getHeader(HfCameraConstants.SUCCEEDED_COUNT, 0, Integer.class);
            int failed = out.getMessage().getHeader(HfCameraConstants.FAILED_COUNT, 0, Integer.class);
            upserted += ok;
            refused += failed;
            Object body = out.getMessage().getBody();
            Collection<String> confirmed = body instanceof io.github.camelhfcamera.hfcamera.session.PersonsResult r
                    ? r.succeeded() : List.of();
            for (Map<String, Object> p : batch) {
                if (confirmed.contains((String) p.get("customId"))) {
                    last.put((String) p.get("customId"), p.hashCode());
                }
            }
            LOG.info("HR sync {}: batch {}/{} upserted {} ({} refused), {}/{} done", device, b + 1, batches, ok,
                    failed, Math.min(toUpsert.size(), (b + 1) * batchSize), toUpsert.size());
            report(true, startedAt, null, devices, index, failedSoFar, device,
                    Math.min(toUpsert.size(), (b + 1) * batchSize), toUpsert.size());
        }
        int deleted = 0;
        if (!toDelete.isEmpty()) {
            Exchange out = template.request("hfcamera:persons?operation=delete", e -> {
                e.getMessage().setHeader(HfCameraConstants.DEVICE_ID, device);
                e.getMessage().setBody(toDelete);
            });
            if (out.getException() != null) {
                throw new IllegalStateException("deleting " + toDelete.size() + " persons on " + device + " failed: "
                        + out.getException().getMessage(), out.getException());
            }
            deleted = out.getMessage().getHeader(HfCameraConstants.SUCCEEDED_COUNT, 0, Integer.class);
            toDelete.forEach(last::remove);
            LOG.info("HR sync {}: deleted {} persons no longer in HR", device, deleted);
        }
        Map<String, Integer> r = new LinkedHashMap<>();
        r.put("upserted", upserted);
        r.put("refused", refused);
        r.put("deleted", deleted);
        r.put("synced", last.size());
        r.put("total", persons.size());
        return r;
    }

    /** Persons per device confirmed by the device in the last syncs (for the demo's summary). */
    public Map<String, Integer> syncedPerDevice() {
        Map<String, Integer> out = new TreeMap<>();
        synced.forEach((d, m) -> out.put(d, m.size()));
        return out;
    }

    private List<String> targets(CamelContext context) {
        if (!devices.isEmpty()) {
            return devices;
        }
        HfCameraComponent component = context.getComponent("hfcamera", HfCameraComponent.class);
        return component.getDevices().stream()
                .filter(d -> d.state() == DeviceState.ONLINE)
                .map(DeviceStatus::deviceId)
                .sorted()
                .toList();
    }

    Map<String, Object> toPerson(Map<String, Object> row) {
        Map<String, Object> in = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        row.forEach((k, v) -> in.put(k.replace("_", ""), v));
        String customId = text(in.get("customId"));
        if (customId == null) {
            throw new IllegalArgumentException("HR row without customId (custom_id): " + row.keySet());
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("customId", customId);
        p.put("name", text(in.get("name")));
        putInt(p, "gender", in.get("gender"));
        putInt(p, "personType", in.get("personType"));
        putText(p, "idCard", in.get("idCard"));
        putText(p, "telnum1", in.get("telnum1"));
        String photo = text(in.get("photo"));
        if (photo != null) {
            // a file: the component reads it, makes it fit and serves it behind a one-time URL (photoServer)
            p.put("picURI", photoLocation + photo);
        }
        return p;
    }

    private static void putInt(Map<String, Object> p, String key, Object v) {
        String s = text(v);
        if (s != null) {
            try {
                p.put(key, Integer.valueOf(s));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("HR field " + key + " must be a number, was '" + s + "'");
            }
        }
    }

    private static void putText(Map<String, Object> p, String key, Object v) {
        String s = text(v);
        if (s != null) {
            p.put(key, s);
        }
    }

    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        String s = v.toString().trim();
        return s.isEmpty() ? null : s.toLowerCase(Locale.ROOT).equals("null") ? null : s;
    }
}
