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

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.HfCameraConstants;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.session.DeviceState;
import io.github.camelhfcamera.hfcamera.session.DeviceStatus;
import io.github.camelhfcamera.hfcamera.session.PersonSyncProgress;
import io.github.camelhfcamera.hfcamera.session.PersonSyncResult;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * The HR example's beans around {@code hfcamera:persons?operation=sync}, which does the work (reads each camera's
 * list, upserts what is new or changed in batches, deletes what HR no longer has, remembers what it synced): HR rows
 * to persons, the cameras to sync, and the last run's figures for the log, the console and the demo.
 *
 * <p>Rows come from the SQL query or the CSV file: {@code customId} / {@code custom_id}, {@code name},
 * {@code gender}, {@code personType} / {@code person_type}, {@code idCard} / {@code id_card}, {@code telnum1},
 * {@code photo} (a file name in the photo folder: the component checks it, makes it fit and serves it to the cameras
 * with its photoServer).
 */
public class HrSync {

    private final String photoLocation;
    private final List<String> devices;
    /** per device: the persons of the list it holds after the last sync. */
    private final Map<String, Integer> synced = new ConcurrentHashMap<>();
    /** the run in progress, for the console; null between runs. */
    private volatile Run running;
    /** the last run, for the console. */
    private volatile Map<String, Object> last = Map.of("running", false);

    /**
     * @param photoLocation the folder of the photos: a path, a {@code file:} URL or a {@code classpath:} location; the
     *                      component reads each photo, makes it fit and serves it to the cameras (photoServer)
     * @param devices       comma separated device ids, or empty: every device online in the component's registry
     */
    public HrSync(String photoLocation, String devices) {
        String location = photoLocation.startsWith("classpath:") || photoLocation.startsWith("file:") ? photoLocation
                : java.nio.file.Path.of(photoLocation).toAbsolutePath().toUri().toString();
        this.photoLocation = location.endsWith("/") ? location : location + "/";
        this.devices = devices == null || devices.isBlank() ? List.of()
                : List.of(devices.trim().split("\\s*,\\s*"));
    }

    /** The HR rows as the persons the cameras must hold. */
    public List<Person> persons(List<Map<String, Object>> rows) {
        List<Person> out = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            out.add(toPerson(row));
        }
        return out;
    }

    /** The cameras to sync, comma separated: {@code hr.devices}, or every camera online; empty when none is. */
    public String devices(Exchange exchange) {
        if (!devices.isEmpty()) {
            return String.join(",", devices);
        }
        HfCameraComponent component = exchange.getContext().getComponent("hfcamera", HfCameraComponent.class);
        return String.join(",", component.getDevices().stream().filter(d -> d.state() == DeviceState.ONLINE)
                .map(DeviceStatus::deviceId).sorted().toList());
    }

    /** A sync starts: the console follows the component's progress of it until the exchange completes. */
    public void started(Exchange exchange) {
        String startedAt = Instant.now().toString();
        int count = exchange.getMessage().getHeader(HfCameraConstants.DEVICE_ID, "", String.class).split(",").length;
        // the component fills a ConcurrentMap given in its progress header as the batches are answered
        Map<String, PersonSyncProgress> live = new ConcurrentHashMap<>();
        exchange.getMessage().setHeader(HfCameraConstants.SYNC_PROGRESS, live);
        running = new Run(startedAt, count, live);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                int finished = (int) live.values().stream().filter(PersonSyncProgress::finished).count();
                last = snapshot(false, startedAt, Instant.now().toString(), count, count,
                        done.isFailed() ? count - finished : 0, live);
                running = null;
            }
        });
    }

    /**
     * The sync's result (one PersonSyncResult, or a Map of them by camera) as the figures the route logs: per camera
     * {@code upserted} (added or changed), {@code deleted}, {@code refused}, {@code synced} (persons of HR the camera
     * holds), {@code total} (persons in HR).
     */
    public Map<String, Map<String, Integer>> summary(Object result) {
        List<PersonSyncResult> all = new ArrayList<>();
        if (result instanceof PersonSyncResult r) {
            all.add(r);
        } else if (result instanceof Map<?, ?> m) {
            m.values().forEach(v -> all.add((PersonSyncResult) v));
        }
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        for (PersonSyncResult r : all) {
            Map<String, Integer> figures = new LinkedHashMap<>();
            figures.put("upserted", r.addedCount() + r.updatedCount());
            figures.put("deleted", r.deletedCount());
            figures.put("refused", r.refusedCount());
            figures.put("synced", r.synced());
            figures.put("total", r.synced() + r.refusedCount());
            out.put(r.deviceId(), figures);
            synced.put(r.deviceId(), r.synced());
        }
        return out;
    }

    /** Whether a sync summary (of {@link #summary}) changed anything: persons upserted, deleted or refused. */
    public static boolean changed(Map<String, Map<String, Integer>> result) {
        return result.values().stream().anyMatch(r -> r.getOrDefault("upserted", 0) > 0
                || r.getOrDefault("deleted", 0) > 0 || r.getOrDefault("refused", 0) > 0);
    }

    /**
     * The run in progress, or the last one: {@code running}, {@code startedAt}, {@code finishedAt}, {@code devices},
     * {@code devicesDone}, {@code devicesFailed}, and the changes answered {@code upsertsDone} of
     * {@code upsertsTotal}, all cameras together.
     */
    public Map<String, Object> progress() {
        Run r = running;
        return r == null ? last : snapshot(true, r.startedAt(), null, r.devices(),
                (int) r.live().values().stream().filter(PersonSyncProgress::finished).count(), 0, r.live());
    }

    /** Persons per device confirmed by the device in the last syncs (for the demo's summary). */
    public Map<String, Integer> syncedPerDevice() {
        return new TreeMap<>(synced);
    }

    /** A run in progress and the component's progress of it. */
    private record Run(String startedAt, int devices, Map<String, PersonSyncProgress> live) {
    }

    private static Map<String, Object> snapshot(boolean running, String startedAt, String finishedAt, int devices,
            int devicesDone, int devicesFailed, Map<String, PersonSyncProgress> live) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("running", running);
        m.put("startedAt", startedAt);
        m.put("finishedAt", finishedAt);
        m.put("devices", devices);
        m.put("devicesDone", devicesDone);
        m.put("devicesFailed", devicesFailed);
        m.put("device", null);
        m.put("upsertsDone", live.values().stream().mapToInt(PersonSyncProgress::done).sum());
        m.put("upsertsTotal", live.values().stream().mapToInt(PersonSyncProgress::total).sum());
        return Collections.unmodifiableMap(m);
    }

    Person toPerson(Map<String, Object> row) {
        Map<String, Object> in = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        row.forEach((k, v) -> in.put(k.replace("_", ""), v));
        String customId = text(in.get("customId"));
        if (customId == null) {
            throw new IllegalArgumentException("HR row without customId (custom_id): " + row.keySet());
        }
        String photo = text(in.get("photo"));
        // a file: the component reads it, makes it fit and serves it behind a one-time URL (photoServer)
        return Person.builder().customId(customId).name(text(in.get("name")))
                .gender(number("gender", in.get("gender"))).personType(number("personType", in.get("personType")))
                .idCard(text(in.get("idCard"))).telnum1(text(in.get("telnum1")))
                .picUri(photo == null ? null : photoLocation + photo).build();
    }

    private static Integer number(String key, Object v) {
        String s = text(v);
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("HR field " + key + " must be a number, was '" + s + "'");
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
