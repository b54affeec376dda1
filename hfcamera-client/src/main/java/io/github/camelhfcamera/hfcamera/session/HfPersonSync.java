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
package io.github.camelhfcamera.hfcamera.session;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.camelhfcamera.hfcamera.protocol.DeviceIds;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonListRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes each device hold exactly a given list of persons: reads the device's list (SearchPersonList, page by page),
 * compares every person of the list with the content hash last synced to that device (kept in a
 * {@link PersonSyncState}), deletes the persons the list no longer has, upserts the new and changed ones in batches
 * ({@link HfPersons}' plans, in the device's person lane), and saves the hashes of what each batch confirmed, so that
 * a sync after a restart sends only what changed.
 * <p>
 * Every device of a sync is read and planned before anything is sent: when the plan of any of them would delete
 * more than {@link Options#maxDeletes()} allows, the sync fails with {@link HfPersonSyncRefusedException} and no
 * device is changed. A dry run stops there and returns the plans. Persons without a customId (added on the device's
 * web page) are left alone.
 */
public final class HfPersonSync {

    private static final Logger LOG = LoggerFactory.getLogger(HfPersonSync.class);

    /** The prefix of the state keys. */
    public static final String KEY_PREFIX = "hfcamera.sync/";

    /**
     * How a sync runs.
     *
     * @param maxDeletes the most persons a device may lose in one sync, else nothing is sent to any device
     * @param dryRun     plan only: nothing is sent, nothing saved
     * @param pageSize   persons per SearchPersonList page when the device's list is read (1..2000)
     * @param progress   told after each batch of each device (from the thread that completed it); may be null
     */
    public record Options(MaxDeletes maxDeletes, boolean dryRun, int pageSize, Consumer<PersonSyncProgress> progress) {

        public Options {
            if (maxDeletes == null) {
                maxDeletes = MaxDeletes.NONE;
            }
            io.github.camelhfcamera.hfcamera.protocol.Checks.range("pageSize", pageSize, 1, 2000);
        }

        public static Options defaults() {
            return new Options(MaxDeletes.NONE, false, HfPersons.DEFAULT_PAGE_SIZE, null);
        }
    }

    private final HfSession session;
    private final HfPersons persons;
    private final PersonSyncState state;
    private final ObjectWriter hashWriter;

    public HfPersonSync(HfSession session, HfPersons persons, PersonSyncState state) {
        this.session = session;
        this.persons = persons;
        this.state = state;
        this.hashWriter = session.codec().mapper().writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    /** The key of a person's hash on a device: {@code hfcamera.sync/{deviceId}/{customId}}, both URL-encoded. */
    public static String stateKey(String deviceId, String customId) {
        return KEY_PREFIX + URLEncoder.encode(deviceId, StandardCharsets.UTF_8) + "/"
                + URLEncoder.encode(customId, StandardCharsets.UTF_8);
    }

    /**
     * The content hash of a person as it is sent: every field (the photo as given, base64 or picURI, included), as
     * the first 128 bits of a SHA-256 of its JSON, base64url.
     */
    public String contentHash(Person p) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(hashWriter.writeValueAsBytes(p));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash person " + p.customId(), e);
        }
    }

    /** What a device's sync will do. */
    private record DevicePlan(String deviceId, int onDevice, List<Person> added, List<Person> updated,
                              List<String> deleted, int unchanged) {

        int changes() {
            return added.size() + updated.size() + deleted.size();
        }
    }

    /**
     * Syncs the list to every device, in parallel.
     *
     * @param wanted the complete list each device must hold (an empty list removes every person with a customId)
     * @return the result by device, in the order given; fails with the first device's error (the others' added as
     *         suppressed), with {@link HfPersonSyncRefusedException} when maxDeletes refused the sync, and with
     *         {@code HfValidationException} (before anything is read or sent) for invalid persons
     */
    public CompletableFuture<Map<String, PersonSyncResult>> sync(List<String> devices, List<Person> wanted,
                                                                 Options options) {
        HfPersons.validateList(wanted);
        if (devices == null || devices.isEmpty()) {
            throw new io.github.camelhfcamera.hfcamera.protocol.HfValidationException("deviceId", "names no device");
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Person p : wanted) {
            hashes.put(p.customId(), contentHash(p));
        }
        Map<String, CompletableFuture<DevicePlan>> planned = new LinkedHashMap<>();
        Map<String, CompletableFuture<PersonSyncResult>> results = new LinkedHashMap<>();
        CompletableFuture<Boolean> go = new CompletableFuture<>();
        // each device's lane is held from its read to its last batch, and the sends wait for every device's plan:
        // the tasks of one sync are queued in all its lanes at once, so that two syncs sharing devices are in the
        // same order in every lane and cannot wait for each other
        synchronized (session.personLanes()) {
            for (String d : new LinkedHashSet<>(devices)) {
                CompletableFuture<DevicePlan> plan = new CompletableFuture<>();
                planned.put(d, plan);
                results.put(d, session.personLanes().enqueue(d, () -> readSafely(d, options.pageSize())
                        .thenApply(onDevice -> plan(d, onDevice, wanted, hashes))
                        .whenComplete((p, x) -> {
                            if (x != null) {
                                plan.completeExceptionally(x);
                            } else {
                                plan.complete(p);
                            }
                        })
                        .thenCompose(p -> go.thenCompose(send -> send ? execute(p, hashes, options)
                                : CompletableFuture.completedFuture(planOnly(p, options))))));
            }
        }
        CompletableFuture.allOf(planned.values().toArray(CompletableFuture[]::new)).handle((v, x) -> {
            HfPersonSyncRefusedException refused = checkDeletes(planned, options.maxDeletes());
            if (refused != null) {
                go.completeExceptionally(refused);
            } else {
                go.complete(!options.dryRun());
            }
            return null;
        });
        return CompletableFuture.allOf(results.values().toArray(CompletableFuture[]::new)).handle((v, x) -> {
            Map<String, PersonSyncResult> out = new LinkedHashMap<>();
            Throwable first = null;
            if (go.isCompletedExceptionally()) {
                // the refusal first: it is why nothing was sent, whatever else failed
                first = HfSession.unwrap(go.handle((b, e) -> e).join());
            }
            for (Map.Entry<String, CompletableFuture<PersonSyncResult>> e : results.entrySet()) {
                try {
                    out.put(e.getKey(), e.getValue().join());
                } catch (RuntimeException failure) {
                    Throwable c = HfSession.unwrap(failure);
                    if (first == null) {
                        first = c;
                    } else if (c != first) {
                        first.addSuppressed(c);
                    }
                }
            }
            if (first != null) {
                throw first instanceof RuntimeException r ? r : new CompletionException(first);
            }
            return out;
        });
    }

    private CompletableFuture<Set<String>> readSafely(String deviceId, int pageSize) {
        try {
            return read(deviceId, pageSize);
        } catch (RuntimeException e) {
            // the plan must complete, or the other devices would wait for it forever
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The customIds the device holds, read with SearchPersonList page by page; web persons (no customId) left out. */
    private CompletableFuture<Set<String>> read(String deviceId, int pageSize) {
        SearchPersonListRequest all = SearchPersonListRequest.builder().personType(2).gender(2).build();
        return persons.search(deviceId, all, true, pageSize).thenApply(r -> {
            Set<String> ids = new LinkedHashSet<>();
            if (r.persons() != null) {
                for (Person p : r.persons()) {
                    String id = p.customId() == null ? "" : p.customId().trim();
                    if (!id.isEmpty()) {
                        ids.add(id);
                    }
                }
            }
            return ids;
        });
    }

    private DevicePlan plan(String deviceId, Set<String> onDevice, List<Person> wanted, Map<String, String> hashes) {
        List<String> present = new ArrayList<>();
        for (Person p : wanted) {
            if (onDevice.contains(p.customId())) {
                present.add(stateKey(deviceId, p.customId()));
            }
        }
        Map<String, String> last = present.isEmpty() ? Map.of() : state.getAll(present);
        List<Person> added = new ArrayList<>();
        List<Person> updated = new ArrayList<>();
        int unchanged = 0;
        Set<String> wantedIds = new HashSet<>();
        for (Person p : wanted) {
            wantedIds.add(p.customId());
            if (!onDevice.contains(p.customId())) {
                added.add(p);
            } else if (hashes.get(p.customId()).equals(last.get(stateKey(deviceId, p.customId())))) {
                unchanged++;
            } else {
                updated.add(p);
            }
        }
        List<String> deleted = new ArrayList<>();
        for (String id : onDevice) {
            if (!wantedIds.contains(id)) {
                deleted.add(id);
            }
        }
        DevicePlan plan = new DevicePlan(deviceId, onDevice.size(), added, updated, deleted, unchanged);
        if (plan.changes() > 0) {
            LOG.info("Person sync of {}: {} persons in the list, {} on the device: {} to add, {} to update, {} to"
                    + " delete, {} unchanged", DeviceIds.printable(deviceId), wanted.size(), onDevice.size(),
                    added.size(), updated.size(), deleted.size(), unchanged);
        } else {
            // the regular run with nothing to do: not a line every period
            LOG.debug("Person sync of {}: {} persons, all unchanged", DeviceIds.printable(deviceId), wanted.size());
        }
        return plan;
    }

    private static HfPersonSyncRefusedException checkDeletes(Map<String, CompletableFuture<DevicePlan>> planned,
                                                             MaxDeletes max) {
        Map<String, int[]> over = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (CompletableFuture<DevicePlan> f : planned.values()) {
            if (f.isCompletedExceptionally()) {
                continue;
            }
            DevicePlan p = f.join();
            int limit = max.limit(p.onDevice());
            if (p.deleted().size() > limit) {
                over.put(p.deviceId(), new int[] { p.deleted().size(), limit, p.onDevice() });
                text.append(text.length() == 0 ? "" : "; ").append(DeviceIds.printable(p.deviceId()))
                        .append(" would lose ").append(p.deleted().size()).append(" of its ").append(p.onDevice())
                        .append(" persons, the limit is ").append(limit);
            }
        }
        if (over.isEmpty()) {
            return null;
        }
        String message = "person sync refused, nothing was changed on any device: maxDeletes=" + max + " and "
                + text + ". An empty or truncated list would remove persons from the devices; check the list, or"
                + " raise maxDeletes for this sync";
        LOG.warn(message);
        return new HfPersonSyncRefusedException(message, over);
    }

    private static PersonSyncResult planOnly(DevicePlan p, Options options) {
        if (options.progress() != null) {
            options.progress().accept(new PersonSyncProgress(p.deviceId(), 0, 0, null, 0, 0, 0, 0, p.changes(),
                    true));
        }
        return new PersonSyncResult(p.deviceId(), true, ids(p.added()), ids(p.updated()), p.deleted(), p.unchanged(),
                List.of(), p.onDevice(), 0);
    }

    private static List<String> ids(List<Person> persons) {
        return persons.stream().map(Person::customId).toList();
    }

    private CompletableFuture<PersonSyncResult> execute(DevicePlan p, Map<String, String> hashes, Options options) {
        String d = p.deviceId();
        if (p.changes() == 0) {
            if (options.progress() != null) {
                options.progress().accept(new PersonSyncProgress(d, 0, 0, null, 0, 0, 0, 0, 0, true));
            }
            return CompletableFuture.completedFuture(new PersonSyncResult(d, false, List.of(), List.of(), List.of(),
                    p.unchanged(), List.of(), p.onDevice(), 0));
        }
        List<Person> upserts = new ArrayList<>(p.added());
        upserts.addAll(p.updated());
        Set<String> toAdd = new HashSet<>(ids(p.added()));
        // the photos prepared (and served, with a photo server) as the other batch operations do
        HfPersons.Plan plan = persons.syncPlan(upserts, p.deleted(), d);
        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        List<PersonFailure> refused = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        if (options.progress() != null) {
            options.progress().accept(new PersonSyncProgress(d, 0, plan.steps().size(), null, 0, 0, 0, 0,
                    p.changes(), false));
        }
        return persons.run(d, plan, (n, total, step, ok, failed) -> {
            boolean delete = step.operator() == Operator.DELETE_PERSONS || step.operator() == Operator.DEL_PERSON;
            Map<String, String> save = new HashMap<>();
            for (String id : ok) {
                save.put(stateKey(d, id), delete ? "" : hashes.get(id));
                (delete ? deleted : toAdd.contains(id) ? added : updated).add(id);
            }
            for (PersonFailure f : failed) {
                // refused: sent again on the next sync, whatever was saved before
                save.put(stateKey(d, f.customId()), "");
                refused.add(f);
            }
            state.putAll(save);
            int sofar = done.addAndGet(ok.size() + failed.size());
            LOG.info("Person sync of {}: batch {} of {} ({}, {} persons): {} done, {} refused; {} of {} changes"
                    + " answered", DeviceIds.printable(d), n, total, step.operator().wireName(),
                    step.customIds().size(), ok.size(), failed.size(), sofar, p.changes());
            if (options.progress() != null) {
                options.progress().accept(new PersonSyncProgress(d, n, total, step.operator().wireName(),
                        step.customIds().size(), ok.size(), failed.size(), sofar, p.changes(), n == total));
            }
        }, true).thenApply(r -> new PersonSyncResult(d, false, added, updated, deleted, p.unchanged(), refused,
                p.onDevice(), r.commands()));
    }
}
