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

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.github.camelhfcamera.hfcamera.protocol.Checks;
import io.github.camelhfcamera.hfcamera.protocol.ErrorCodes;
import io.github.camelhfcamera.hfcamera.protocol.HfCommand;
import io.github.camelhfcamera.hfcamera.protocol.HfMessage;
import io.github.camelhfcamera.hfcamera.protocol.HfValidationException;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.model.DelPersonRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.DeleteAllPersonRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.DeletePersonsReply;
import io.github.camelhfcamera.hfcamera.protocol.model.DeletePersonsRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.EmptyInfo;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.protocol.model.PersonBatch;
import io.github.camelhfcamera.hfcamera.protocol.model.PersonBatchItem;
import io.github.camelhfcamera.hfcamera.protocol.model.PersonBatchReply;
import io.github.camelhfcamera.hfcamera.protocol.model.QueryPersonReply;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonListReply;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonListRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonReply;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonRequest;

/**
 * The person list of the devices, the way the document asks for it: any number of persons split into valid batches,
 * one person-changing command at a time per device, 410 "busy" retried after the running batch, single-person
 * commands paced (1 s apart with base64 photos, 2 s with picURI), and results built only from what the device
 * acknowledged.
 * <p>
 * Every operation is planned and validated before anything is sent: invalid input sends nothing.
 */
public final class HfPersons {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HfPersons.class);

    /** The gap the document asks for after an EditPerson with a base64 photo (or none). */
    public static final Duration BASE64_GAP = Duration.ofSeconds(1);
    /** The gap the document asks for after an EditPerson with a picURI. */
    public static final Duration URI_GAP = Duration.ofSeconds(2);
    /** The code of a batch refused because another one is running. */
    public static final int BUSY = 410;
    /** Default page size of a search (RequestCount allows 1..2000). */
    public static final int DEFAULT_PAGE_SIZE = 1000;

    private final HfSession session;
    private final Duration requestTimeout;
    private final Duration batchTimeout;
    private final Duration busyRetryDelay;
    private volatile HfPhotoServer photoServer;
    private volatile boolean preparePhotos = true;
    private final java.util.concurrent.atomic.AtomicLong photoIds = new java.util.concurrent.atomic.AtomicLong();
    private volatile java.net.http.HttpClient http;

    /** With the session's timeouts. */
    public HfPersons(HfSession session) {
        this(session, session.config().requestTimeout(), session.config().batchTimeout());
    }

    /**
     * @param requestTimeout how long to wait for the answer to a single command
     * @param batchTimeout   how long to wait for a batch's answer (and to retry a busy batch)
     */
    public HfPersons(HfSession session, Duration requestTimeout, Duration batchTimeout) {
        this(session, requestTimeout, batchTimeout, session.config().busyRetryDelay());
    }

    /**
     * @param busyRetryDelay how long to wait before sending again a batch the device refused as busy (410): a
     *                       setting of the caller (an endpoint), not of the connection
     */
    public HfPersons(HfSession session, Duration requestTimeout, Duration batchTimeout, Duration busyRetryDelay) {
        this.session = session;
        this.requestTimeout = requestTimeout;
        this.batchTimeout = batchTimeout;
        this.busyRetryDelay = busyRetryDelay;
    }

    // ------------------------------------------------------------------------------------------- photos

    /**
     * Where the photos of batches are served ({@code null}: none, photos given as bytes or files go inline, one
     * person at a time) and whether photos are checked and made to fit before they leave ({@link HfPhotos}).
     */
    public HfPersons photos(HfPhotoServer server, boolean prepare) {
        this.photoServer = server;
        this.preparePhotos = prepare;
        return this;
    }

    /**
     * An upsert plan ({@link #planUpsert}) with the persons' photos prepared: a photo given as bytes ({@code pic}),
     * as a file ({@code picURI} {@code file:...} or {@code classpath:...}) or, with a photo server, as an http(s)
     * URL is checked and made to fit ({@link HfPhotos}). With a photo server, the photos of several persons are
     * served behind one-time URLs and go in batches; otherwise (and for one person) they go inline, base64 in
     * EditPerson, within the size the command may have on this broker.
     *
     * @param devices the devices the plan is for (the inline budget is the smallest of their command limits)
     * @throws HfValidationException naming the person (body index and customId) and the reason when a photo cannot
     *                               be used or made to fit: nothing is sent
     */
    public Plan upsertPlan(List<Person> persons, List<String> devices) {
        checkPersons(persons);
        Map<Long, HfPhotos.Prepared> photos = new HashMap<>();
        List<Person> prepared = preparePhotos(persons, persons.size() > 1, false, devices, photos);
        Plan plan = planUpsert(prepared);
        return new Plan(plan.operation(), plan.steps(), Map.copyOf(photos));
    }

    /** An add plan ({@link #planAdd}) with the photos prepared and served (see {@link #upsertPlan}). */
    public Plan addPlan(List<Person> persons, List<String> devices) {
        checkPersons(persons);
        Map<Long, HfPhotos.Prepared> photos = new HashMap<>();
        List<Person> prepared = preparePhotos(persons, true, true, devices, photos);
        Plan plan = planAdd(prepared);
        return new Plan(plan.operation(), plan.steps(), Map.copyOf(photos));
    }

    /**
     * A sync plan ({@link #planSync}) for one device with the upserts' photos prepared and, with a photo server,
     * served (see {@link #upsertPlan}).
     */
    public Plan syncPlan(List<Person> upserts, List<String> deletes, String deviceId) {
        Map<Long, HfPhotos.Prepared> photos = new HashMap<>();
        List<Person> prepared = preparePhotos(upserts, upserts.size() > 1, false, List.of(deviceId), photos);
        Plan plan = planSync(prepared, deletes);
        return new Plan(plan.operation(), plan.steps(), Map.copyOf(photos));
    }

    /** Where a person's photo comes from: the key that identifies it (for photos shared by several persons). */
    private record Source(Object key, String field, String kind) {
    }

    private Source source(Person p, int index, boolean serve) {
        if (p.pic() != null && !p.pic().isEmpty()) {
            return new Source(p.pic(), "body[" + index + "].pic", "bytes");
        }
        String uri = p.picUri() == null ? null : p.picUri().trim();
        if (uri == null || uri.isEmpty()) {
            return null;
        }
        String lower = uri.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("file:") || lower.startsWith("classpath:")) {
            return new Source(uri, "body[" + index + "].picURI", "file");
        }
        if ((lower.startsWith("http://") || lower.startsWith("https://")) && serve && preparePhotos) {
            return new Source(uri, "body[" + index + "].picURI", "url");
        }
        // any other URL goes to the camera as given
        return null;
    }

    private List<Person> preparePhotos(List<Person> persons, boolean batch, boolean add, List<String> devices,
                                       Map<Long, HfPhotos.Prepared> photos) {
        HfPhotoServer server = photoServer;
        if (server == null && !preparePhotos) {
            // neither prepared nor served: the persons go as given, checked by the document's rules only
            return persons;
        }
        boolean serve = batch && server != null;
        Map<Object, Integer> firstUse = new java.util.LinkedHashMap<>();
        Source[] sources = new Source[persons.size()];
        for (int i = 0; i < persons.size(); i++) {
            Person p = persons.get(i);
            if (p.pic() != null && p.picUri() != null && !p.pic().isEmpty() && !p.picUri().isBlank()) {
                throw new HfValidationException("body[" + i + "].pic", "give pic or picURI, not both (person '"
                        + p.customId() + "')");
            }
            Source s = source(p, i, server != null);
            if (s != null && add && !serve) {
                throw new HfValidationException(s.field(), "AddPersons takes photos by http(s) picURI only, the"
                        + " photo of '" + p.customId() + "' is given as " + s.kind() + "; enable photoServer to send"
                        + " photos given as bytes or files in batches");
            }
            sources[i] = s;
            if (s != null) {
                firstUse.putIfAbsent(s.key(), i);
            }
        }
        if (firstUse.isEmpty()) {
            return persons;
        }
        int inline = serve ? HfPhotos.MAX_PHOTO_BYTES : inlineBudget(persons, devices);
        long started = System.nanoTime();
        Map<Object, HfPhotos.Prepared> done = new java.util.concurrent.ConcurrentHashMap<>();
        Map<Integer, String> errors = new java.util.concurrent.ConcurrentSkipListMap<>();
        firstUse.entrySet().parallelStream().forEach(e -> {
            int i = e.getValue();
            Person p = persons.get(i);
            try {
                done.put(e.getKey(), prepareOne(sources[i], inline));
            } catch (HfPhotos.PhotoException x) {
                errors.put(i, x.getMessage());
            }
        });
        if (!errors.isEmpty()) {
            Map.Entry<Integer, String> first = ((java.util.NavigableMap<Integer, String>) errors).firstEntry();
            int i = first.getKey();
            throw new HfValidationException(sources[i].field(), "the photo of person '" + persons.get(i).customId()
                    + "' " + first.getValue() + (errors.size() > 1 ? " (and " + (errors.size() - 1)
                    + " more photos refused)" : "") + "; nothing sent");
        }
        Map<Object, Long> ids = new HashMap<>();
        List<Person> out = new ArrayList<>(persons.size());
        int changed = 0;
        for (int i = 0; i < persons.size(); i++) {
            Person p = persons.get(i);
            Source s = sources[i];
            if (s == null) {
                out.add(p);
                continue;
            }
            HfPhotos.Prepared photo = done.get(s.key());
            if (firstUse.get(s.key()) == i && photo.changed()) {
                changed++;
                LOG.debug("Photo of {} made to fit: {}", p.customId(), photo);
            }
            if (serve) {
                long id = ids.computeIfAbsent(s.key(), k -> photoIds.incrementAndGet());
                photos.put(id, photo);
                out.add(p.toBuilder().pic(null).picUri(server.placeholder(id, photo.mimeType())).build());
            } else {
                out.add(p.toBuilder().picUri(null).pic(io.github.camelhfcamera.hfcamera.protocol.Image.of(
                        photo.bytes(), photo.mimeType())).build());
            }
        }
        LOG.debug("{} photos prepared ({} re-encoded) in {} ms", firstUse.size(), changed,
                (System.nanoTime() - started) / 1_000_000);
        return out;
    }

    private HfPhotos.Prepared prepareOne(Source s, int budget) throws HfPhotos.PhotoException {
        byte[] bytes;
        if (s.key() instanceof io.github.camelhfcamera.hfcamera.protocol.Image image) {
            if (image.decodedSizeEstimate() > HfPhotos.MAX_SOURCE_BYTES) {
                throw new HfPhotos.PhotoException("has " + image.decodedSizeEstimate() + " bytes; at most "
                        + HfPhotos.MAX_SOURCE_BYTES + " bytes are read");
            }
            try {
                bytes = image.bytes();
            } catch (IllegalArgumentException e) {
                throw new HfPhotos.PhotoException("is not valid base64 (" + e.getMessage() + ")");
            }
        } else {
            String uri = (String) s.key();
            String lower = uri.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("classpath:")) {
                bytes = HfPhotos.readResource(uri.substring("classpath:".length()));
            } else if (lower.startsWith("file:")) {
                java.nio.file.Path path;
                try {
                    path = java.nio.file.Path.of(java.net.URI.create(uri));
                } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                    // file:relative/path is not a URI the JDK maps to a path: take what follows the scheme
                    path = java.nio.file.Path.of(uri.substring("file:".length()));
                }
                bytes = HfPhotos.read(path);
            } else {
                java.net.URI target;
                try {
                    target = java.net.URI.create(uri);
                } catch (IllegalArgumentException e) {
                    throw new HfPhotos.PhotoException("URL is not a URI (" + e.getMessage() + ")");
                }
                bytes = HfPhotos.fetch(httpClient(), target, requestTimeout);
            }
        }
        if (!preparePhotos) {
            String mime = bytes.length > 3 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' ? "image/png" : "image/jpeg";
            return new HfPhotos.Prepared(bytes, mime, 0, 0, false, "as given");
        }
        return HfPhotos.prepare(bytes, budget);
    }

    private java.net.http.HttpClient httpClient() {
        java.net.http.HttpClient c = http;
        if (c == null) {
            synchronized (this) {
                if (http == null) {
                    http = java.net.http.HttpClient.newBuilder().connectTimeout(requestTimeout)
                            .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
                }
                c = http;
            }
        }
        return c;
    }

    /** The size used by the document's prefix of a base64 JPEG. */
    private static final int DATA_URI_PREFIX = "data:image/jpeg;base64,".length();

    /**
     * The most bytes a photo sent inline may have: its base64 within the document's 1 MB for pic, and the whole
     * EditPerson within 1 MB (460 "Single packet data more than 1M") and within what the broker takes from this
     * connection on the devices' topics (the limit the batches are split by).
     */
    private int inlineBudget(List<Person> persons, List<String> devices) {
        int limit = io.github.camelhfcamera.hfcamera.protocol.Checks.ONE_MB;
        for (String d : devices == null || devices.isEmpty() ? List.of("x".repeat(64)) : devices) {
            limit = Math.min(limit, session.maxCommandPayload(d));
        }
        int overhead = 0;
        for (Person p : persons) {
            Person bare = p.toBuilder().pic(null).picUri(null).build();
            overhead = Math.max(overhead, session.codec().encode(new HfMessage<>(Operator.EDIT_PERSON.wireName(),
                    "00000000000000000000000000000000", null, bare, Map.of())).length);
        }
        int text = Math.min(io.github.camelhfcamera.hfcamera.protocol.Checks.ONE_MB, limit - overhead - 16)
                   - DATA_URI_PREFIX;
        return Math.max(0, text / 4 * 3);
    }

    private CompletableFuture<HfMessage<Object>> send(String deviceId, Operator op, Object info) {
        Duration timeout = op.isBatch() || op == Operator.DELETE_ALL_PERSON ? batchTimeout : requestTimeout;
        return session.request(deviceId, op, op.wireName(), info, timeout);
    }

    /** One command of a plan and the customIds it carries. */
    public record Step(Operator operator, HfCommand info, List<String> customIds, Duration gap) {
    }

    /**
     * The validated commands of one operation, the same for every device.
     *
     * @param photos the prepared photos the plan's persons stand for by a {@link HfPhotoServer#placeholder}: each
     *               is offered behind a one-time URL per device when its batch is sent, and revoked when the batch is
     *               answered
     */
    public record Plan(String operation, List<Step> steps, Map<Long, HfPhotos.Prepared> photos) {

        public Plan(String operation, List<Step> steps) {
            this(operation, steps, Map.of());
        }

        public int personCount() {
            return steps.stream().mapToInt(s -> s.customIds().size()).sum();
        }
    }

    // ------------------------------------------------------------------------------------------- planning

    /**
     * Add or modify: one person goes as EditPerson; several go as EditPersonsNew batches of up to 1000, except the
     * ones with a base64 photo, which batches cannot carry: those go one by one as EditPerson, paced.
     */
    public static Plan planUpsert(List<Person> persons) {
        checkPersons(persons);
        if (persons.size() == 1) {
            Person p = persons.get(0);
            validateSingle(p, 0);
            return new Plan("upsert", List.of(single(p)));
        }
        List<Person> batchable = new ArrayList<>();
        List<Step> singles = new ArrayList<>();
        for (int i = 0; i < persons.size(); i++) {
            Person p = persons.get(i);
            if (p.pic() != null) {
                validateSingle(p, i);
                singles.add(single(p));
            } else {
                p.validateForBatch("body[" + i + "].");
                batchable.add(p);
            }
        }
        List<Step> steps = new ArrayList<>(batches(Operator.EDIT_PERSONS_NEW, batchable));
        steps.addAll(singles);
        return new Plan("upsert", steps);
    }

    /** Add only: AddPersons batches of up to 1000 (photos by picURI). */
    public static Plan planAdd(List<Person> persons) {
        checkPersons(persons);
        for (int i = 0; i < persons.size(); i++) {
            Person p = persons.get(i);
            p.validateForBatch("body[" + i + "].");
            if (p.picUri() == null || p.picUri().isEmpty()) {
                throw new HfValidationException("body[" + i + "].picURI",
                        "is required: AddPersons adds a person only with a photo by picURI (use upsert to change one)");
            }
        }
        return new Plan("add", batches(Operator.ADD_PERSONS, persons));
    }

    /** Delete: one customId goes as DelPerson, several as DeletePersons batches of up to 200. */
    public static Plan planDelete(List<String> customIds) {
        if (customIds == null || customIds.isEmpty()) {
            throw new HfValidationException("body", "holds no customId to delete");
        }
        for (int i = 0; i < customIds.size(); i++) {
            Checks.customId("body[" + i + "]", customIds.get(i));
        }
        List<String> ids = List.copyOf(new LinkedHashSet<>(customIds));
        if (ids.size() == 1) {
            DelPersonRequest r = DelPersonRequest.builder().customId(ids.get(0)).build();
            r.validate(Operator.DEL_PERSON);
            return new Plan("delete", List.of(new Step(Operator.DEL_PERSON, r, ids, null)));
        }
        List<Step> steps = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += DeletePersonsRequest.MAX_IDS) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + DeletePersonsRequest.MAX_IDS));
            DeletePersonsRequest r = new DeletePersonsRequest(chunk);
            r.validate(Operator.DELETE_PERSONS);
            steps.add(new Step(Operator.DELETE_PERSONS, r, List.copyOf(chunk), null));
        }
        return new Plan("delete", steps);
    }

    /**
     * A person sync's changes: the deletes first (DeletePersons batches of up to 200, freeing room on a full device),
     * then the upserts (EditPersonsNew batches of up to 1000; persons with a base64 photo one by one as EditPerson,
     * paced). Always as batches, even for one person, so that a refusal is a per-person result. The persons must be
     * validated already ({@link #validateList(List)}).
     */
    public static Plan planSync(List<Person> upserts, List<String> deletes) {
        List<Step> steps = new ArrayList<>();
        for (int from = 0; from < deletes.size(); from += DeletePersonsRequest.MAX_IDS) {
            List<String> chunk = List.copyOf(deletes.subList(from, Math.min(deletes.size(),
                    from + DeletePersonsRequest.MAX_IDS)));
            DeletePersonsRequest r = new DeletePersonsRequest(chunk);
            r.validate(Operator.DELETE_PERSONS);
            steps.add(new Step(Operator.DELETE_PERSONS, r, chunk, null));
        }
        List<Person> batchable = new ArrayList<>();
        List<Step> singles = new ArrayList<>();
        for (Person p : upserts) {
            if (p.pic() != null) {
                singles.add(single(p));
            } else {
                batchable.add(p);
            }
        }
        steps.addAll(batches(Operator.EDIT_PERSONS_NEW, batchable));
        steps.addAll(singles);
        return new Plan("sync", steps);
    }

    /**
     * Validates a complete person list as {@link #planUpsert(List)} would send it (no person twice, every field
     * within the document's limits, base64 photos only where EditPerson can take them); an empty list is valid.
     *
     * @throws HfValidationException naming the first bad field as {@code body[i].field}
     */
    public static void validateList(List<Person> persons) {
        if (persons == null) {
            throw new HfValidationException("body", "is null: give the complete list of persons (an empty list to"
                    + " remove everyone)");
        }
        if (persons.isEmpty()) {
            return;
        }
        checkPersons(persons);
        for (int i = 0; i < persons.size(); i++) {
            Person p = persons.get(i);
            if (p.pic() != null) {
                validateSingle(p, i);
            } else {
                p.validateForBatch("body[" + i + "].");
            }
        }
    }

    /** Delete every person of the device (DeleteAllPerson with deleteall=1). */
    public static Plan planDeleteAll() {
        DeleteAllPersonRequest r = DeleteAllPersonRequest.builder().deleteAll(1).build();
        r.validate(Operator.DELETE_ALL_PERSON);
        return new Plan("deleteAll", List.of(new Step(Operator.DELETE_ALL_PERSON, r, List.of(), null)));
    }

    private static void checkPersons(List<Person> persons) {
        if (persons == null || persons.isEmpty()) {
            throw new HfValidationException("body", "holds no person");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < persons.size(); i++) {
            Person p = persons.get(i);
            if (p == null) {
                throw new HfValidationException("body[" + i + "]", "is null");
            }
            Integer before = p.customId() == null ? null : seen.putIfAbsent(p.customId(), i);
            if (before != null) {
                throw new HfValidationException("body[" + i + "].customId",
                        "'" + p.customId() + "' appears twice (also at body[" + before + "])");
            }
        }
    }

    private static void validateSingle(Person p, int index) {
        try {
            p.validate();
        } catch (HfValidationException e) {
            String field = e.getField().startsWith("info.") ? e.getField().substring(5) : e.getField();
            String text = e.getMessage().substring(Math.min(e.getMessage().length(), e.getField().length() + 2));
            throw new HfValidationException("body[" + index + "]." + field, text);
        }
    }

    private static Step single(Person p) {
        return new Step(Operator.EDIT_PERSON, p, List.of(p.customId()), p.picUri() != null ? URI_GAP : BASE64_GAP);
    }

    private static List<Step> batches(Operator op, List<Person> persons) {
        List<Step> steps = new ArrayList<>();
        for (int from = 0; from < persons.size(); from += PersonBatch.MAX_PERSONS) {
            List<Person> chunk = persons.subList(from, Math.min(persons.size(), from + PersonBatch.MAX_PERSONS));
            PersonBatch b = new PersonBatch(chunk);
            b.validate(op);
            steps.add(new Step(op, b, chunk.stream().map(Person::customId).toList(), null));
        }
        return steps;
    }

    // ------------------------------------------------------------------------------------------- execution

    /**
     * Runs a plan on one device, in the device's person lane (after every person-changing command queued before),
     * step by step. A whole-command error (or a timeout) fails the result; per-person errors are listed in it.
     */
    public CompletableFuture<PersonsResult> execute(String deviceId, Plan plan) {
        return session.personLanes().enqueue(deviceId, () -> run(deviceId, plan, null, false));
    }

    /** What a step of a plan did, told when the device has answered it (before the next step is sent). */
    @FunctionalInterface
    public interface StepListener {

        /**
         * @param number    the step, from 1
         * @param total     the steps of the plan, after the batches were split to fit the broker
         * @param step      the command
         * @param succeeded the customIds of the step the device confirmed
         * @param failed    the ones it refused
         */
        void stepDone(int number, int total, Step step, List<String> succeeded, List<PersonFailure> failed);
    }

    /**
     * Runs a plan's steps on one device now, outside the person lane: for a caller that already holds the device's
     * lane ({@link HfPersonSync}).
     *
     * @param listener  told after each step; an exception it throws fails the result and stops the plan
     * @param perPerson a device's refusal of a single-person command is a per-person result even when the plan has
     *                  only that step
     */
    CompletableFuture<PersonsResult> run(String deviceId, Plan plan, StepListener listener, boolean perPerson) {
        Accumulator acc = new Accumulator(deviceId, plan.operation());
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        List<Step> steps = fitToBroker(deviceId, plan.steps());
        boolean partOfMany = perPerson || steps.size() > 1;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            int number = i + 1;
            chain = chain.thenCompose(v -> {
                int succeededBefore = acc.succeeded.size();
                int failedBefore = acc.failed.size();
                return runWithPhotos(deviceId, plan, step, partOfMany, acc).thenRun(() -> {
                    if (listener != null) {
                        List<String> ok;
                        List<PersonFailure> failed;
                        // the step's own results: both lists only grow while a step runs, except for the step's
                        // own refusals that DelPerson explains
                        synchronized (acc.succeeded) {
                            ok = List.copyOf(acc.succeeded.subList(succeededBefore, acc.succeeded.size()));
                        }
                        synchronized (acc.failed) {
                            failed = List.copyOf(acc.failed.subList(failedBefore, acc.failed.size()));
                        }
                        listener.stepDone(number, steps.size(), step, ok, failed);
                    }
                });
            });
        }
        return chain.thenApply(v -> acc.result());
    }

    /**
     * The steps with every person batch that would be larger than the broker accepts (its Maximum Packet Size, known
     * once connected) split in halves until each fits. A single person that alone does not fit is left as it is:
     * the session refuses it before publish, naming the size and the limit.
     */
    private List<Step> fitToBroker(String deviceId, List<Step> steps) {
        int limit = session.maxCommandPayload(deviceId);
        List<Step> out = new ArrayList<>(steps.size());
        for (Step step : steps) {
            split(step, limit, out);
        }
        return out;
    }

    private void split(Step step, int limit, List<Step> out) {
        if (!(step.info() instanceof PersonBatch b) || b.persons().size() < 2 || encodedSize(step) <= limit) {
            out.add(step);
            return;
        }
        List<Person> persons = b.persons();
        int half = persons.size() / 2;
        for (List<Person> part : List.of(persons.subList(0, half), persons.subList(half, persons.size()))) {
            split(new Step(step.operator(), new PersonBatch(part), part.stream().map(Person::customId).toList(),
                    step.gap()), limit, out);
        }
    }

    /** The payload size of a step's command as it would be sent (a messageId as long as the session's). */
    private int encodedSize(Step step) {
        return session.codec().encode(new HfMessage<>(step.operator().wireName(), "00000000000000000000000000000000",
                null, step.info(), Map.of())).length;
    }

    /**
     * Runs a step whose persons stand for served photos: each photo is offered behind a URL of its own for this
     * device, and every URL of the step is revoked once the step is over (answered, refused or timed out).
     */
    private CompletableFuture<Void> runWithPhotos(String deviceId, Plan plan, Step step, boolean partOfMany,
                                                  Accumulator acc) {
        HfPhotoServer server = photoServer;
        if (plan.photos().isEmpty() || server == null || !(step.info() instanceof PersonBatch b)) {
            return runStep(deviceId, step, partOfMany, acc);
        }
        Duration ttl = batchTimeout.multipliedBy(2);
        List<String> tokens = new ArrayList<>();
        List<Person> persons = new ArrayList<>(b.persons().size());
        for (Person p : b.persons()) {
            HfPhotos.Prepared photo = server.isPlaceholder(p.picUri())
                    ? plan.photos().get(server.placeholderId(p.picUri())) : null;
            if (photo == null) {
                persons.add(p);
                continue;
            }
            HfPhotoServer.Offer offer = server.offer(photo.bytes(), photo.mimeType(), ttl);
            tokens.add(offer.token());
            persons.add(p.toBuilder().picUri(offer.url()).build());
        }
        Step real = new Step(step.operator(), new PersonBatch(persons), step.customIds(), step.gap());
        CompletableFuture<Void> f;
        try {
            f = runStep(deviceId, real, partOfMany, acc);
        } catch (RuntimeException e) {
            server.revoke(tokens);
            throw e;
        }
        return f.whenComplete((v, x) -> server.revoke(tokens));
    }

    private CompletableFuture<Void> runStep(String deviceId, Step step, boolean partOfMany, Accumulator acc) {
        acc.commands++;
        if (step.operator() == Operator.EDIT_PERSON) {
            return session.personLanes().paceSingle(deviceId)
                    .thenCompose(v -> send(deviceId, step.operator(), step.info()))
                    .whenComplete((reply, x) -> session.personLanes().singleDone(deviceId, step.gap()))
                    .handle((reply, x) -> {
                        if (x == null) {
                            acc.succeeded.addAll(step.customIds());
                            return null;
                        }
                        Throwable c = HfSession.unwrap(x);
                        if (partOfMany && c instanceof HfCameraDeviceException d) {
                            acc.failed.add(new PersonFailure(step.customIds().get(0), d.getCode(), d.getText()));
                            return null;
                        }
                        throw rethrow(c);
                    });
        }
        long deadline = System.nanoTime() + batchTimeout.toNanos();
        if (step.operator() == Operator.DEL_PERSON) {
            // a refused person is a per-person result, as it is for several ids (DeletePersons): a re-run of a
            // delete does not fail the exchange
            return sendRetryingBusy(deviceId, step, deadline).handle((reply, x) -> {
                if (x == null) {
                    acc.succeeded.addAll(step.customIds());
                    return null;
                }
                Throwable c = HfSession.unwrap(x);
                if (c instanceof HfCameraDeviceException d) {
                    acc.failed.add(new PersonFailure(step.customIds().get(0), d.getCode(), d.getText()));
                    return null;
                }
                throw rethrow(c);
            });
        }
        return sendRetryingBusy(deviceId, step, deadline).thenCompose(reply -> {
            collect(step, reply, acc);
            return step.operator() == Operator.DELETE_PERSONS ? reasons(deviceId, step, acc)
                    : CompletableFuture.<Void> completedFuture(null);
        });
    }

    /** DeletePersons' refusals carry no errcode: asked again one by one (DelPerson), they get the device's code. */
    static final int MAX_REASONS = 20;

    private CompletableFuture<Void> reasons(String deviceId, Step step, Accumulator acc) {
        Set<String> mine = new LinkedHashSet<>(step.customIds());
        List<PersonFailure> unexplained;
        synchronized (acc.failed) {
            unexplained = acc.failed.stream().filter(f -> f.errcode() == null && mine.contains(f.customId()))
                    .limit(MAX_REASONS).toList();
        }
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (PersonFailure f : unexplained) {
            DelPersonRequest r = DelPersonRequest.builder().customId(f.customId()).build();
            chain = chain.thenCompose(v -> {
                acc.commands++;
                return send(deviceId, Operator.DEL_PERSON, r).handle((reply, x) -> {
                    Throwable c = x == null ? null : HfSession.unwrap(x);
                    if (c == null) {
                        acc.failed.remove(f);
                        acc.succeeded.add(f.customId());
                    } else if (c instanceof HfCameraDeviceException d) {
                        acc.failed.set(acc.failed.indexOf(f), new PersonFailure(f.customId(), d.getCode(), d.getText()));
                    }
                    // anything else (a timeout): the refusal stays as DeletePersons gave it
                    return null;
                });
            });
        }
        return chain;
    }

    private CompletableFuture<HfMessage<Object>> sendRetryingBusy(String deviceId, Step step, long deadline) {
        return send(deviceId, step.operator(), step.info()).handle((reply, x) -> {
            if (x == null) {
                return CompletableFuture.completedFuture(reply);
            }
            Throwable c = HfSession.unwrap(x);
            if (c instanceof HfCameraDeviceException d && d.getCode() != null && d.getCode() == BUSY
                    && System.nanoTime() < deadline) {
                // another batch is running on the device: send this one again once it had time to finish
                return session.delay(busyRetryDelay)
                        .thenCompose(v -> sendRetryingBusy(deviceId, step, deadline));
            }
            return CompletableFuture.<HfMessage<Object>> failedFuture(c);
        }).thenCompose(Function.identity());
    }

    private static void collect(Step step, HfMessage<Object> reply, Accumulator acc) {
        Object info = reply.info();
        if (info instanceof PersonBatchReply r) {
            collectItems(step, r.successes(), r.errors(), r.errorCount(), acc);
        } else if (info instanceof DeletePersonsReply r) {
            collectItems(step, r.successes(), r.errors(), r.errorCount(), acc);
        } else {
            acc.succeeded.addAll(step.customIds());
        }
    }

    private static void collectItems(Step step, List<PersonBatchItem> successes, List<PersonBatchItem> errors,
                                     Integer errorCount, Accumulator acc) {
        Set<String> mine = new LinkedHashSet<>(step.customIds());
        if (errors != null) {
            for (PersonBatchItem e : errors) {
                if (e.customId() != null && mine.remove(e.customId())) {
                    String text = e.errcode() == null ? "refused by the device (no errcode given)"
                            : ErrorCodes.describeErrcode(step.operator(), e.errcode());
                    acc.failed.add(new PersonFailure(e.customId(), e.errcode(), text));
                }
            }
        }
        if (successes != null) {
            for (PersonBatchItem s : successes) {
                if (s.customId() != null && mine.remove(s.customId())) {
                    acc.succeeded.add(s.customId());
                }
            }
            // listed in neither: the device did not confirm them
            for (String id : mine) {
                acc.failed.add(new PersonFailure(id, null, "not confirmed by the device's reply"));
            }
        } else if (errorCount == null || errorCount == 0 || errors != null) {
            // the reply gives no success list: every person it does not list as failed was applied
            acc.succeeded.addAll(mine);
        } else {
            for (String id : mine) {
                acc.failed.add(new PersonFailure(id, null, "not confirmed by the device's reply"));
            }
        }
    }

    private static final class Accumulator {
        final String deviceId;
        final String operation;
        final List<String> succeeded = Collections.synchronizedList(new ArrayList<>());
        final List<PersonFailure> failed = Collections.synchronizedList(new ArrayList<>());
        int commands;

        Accumulator(String deviceId, String operation) {
            this.deviceId = deviceId;
            this.operation = operation;
        }

        PersonsResult result() {
            return new PersonsResult(deviceId, operation, succeeded, failed, commands);
        }
    }

    // ------------------------------------------------------------------------------------------- queries

    /** One person by customId (SearchPerson); with the photo when asked. */
    public CompletableFuture<SearchPersonReply> get(String deviceId, String customId, boolean withPicture) {
        SearchPersonRequest r = SearchPersonRequest.builder().customId(customId).picture(withPicture ? 1 : 0).build();
        Checks.customId("customId", customId);
        r.validate(Operator.SEARCH_PERSON);
        return send(deviceId, Operator.SEARCH_PERSON, r).thenApply(m -> (SearchPersonReply) m.info());
    }

    /** Every customId on the device (QueryPerson), duplicates and empty ids removed, in the device's order. */
    public CompletableFuture<List<String>> listIds(String deviceId) {
        return send(deviceId, Operator.QUERY_PERSON, EmptyInfo.INSTANCE).thenApply(m -> {
            QueryPersonReply r = (QueryPersonReply) m.info();
            if (r == null || r.customIdList() == null || r.customIdList().isBlank()) {
                return List.<String> of();
            }
            return Arrays.stream(r.customIdList().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .distinct().toList();
        });
    }

    /**
     * Searches the person list (SearchPersonList) by time, name, type or gender. With {@code allPages} every page is
     * fetched and the persons of all pages are returned in one reply; otherwise the page the criteria name.
     * "can not find person" (466) gives an empty result.
     */
    public CompletableFuture<SearchPersonListReply> search(String deviceId, SearchPersonListRequest criteria,
                                                           boolean allPages, int pageSize) {
        SearchPersonListRequest base = criteria == null ? SearchPersonListRequest.builder().build() : criteria;
        int size = base.requestCount() != null ? base.requestCount() : pageSize;
        int begin = base.beginNo() != null ? base.beginNo() : 0;
        // without facesluiceId every device on the topic would run the search
        SearchPersonListRequest first = base.toBuilder().deviceId(deviceId).requestCount(size).beginNo(begin).build();
        Checks.range("info.RequestCount", size, 1, 2000);
        first.validate(Operator.SEARCH_PERSON_LIST);
        List<io.github.camelhfcamera.hfcamera.protocol.model.Person> collected =
                Collections.synchronizedList(new ArrayList<>());
        return page(deviceId, first, allPages, collected);
    }

    private CompletableFuture<SearchPersonListReply> page(String deviceId, SearchPersonListRequest req, boolean all,
                                                         List<io.github.camelhfcamera.hfcamera.protocol.model.Person> acc) {
        return send(deviceId, Operator.SEARCH_PERSON_LIST, req).handle((m, x) -> {
            if (x != null) {
                Throwable c = HfSession.unwrap(x);
                if (c instanceof HfCameraDeviceException d && d.getCode() != null && d.getCode() == 466) {
                    return CompletableFuture.completedFuture(SearchPersonListReply.builder().deviceId(deviceId)
                            .totalPersonNum(acc.size()).personNum(acc.size()).persons(List.copyOf(acc)).result("ok")
                            .build());
                }
                return CompletableFuture.<SearchPersonListReply> failedFuture(c);
            }
            SearchPersonListReply r = (SearchPersonListReply) m.info();
            List<io.github.camelhfcamera.hfcamera.protocol.model.Person> page =
                    r.persons() == null ? List.of() : r.persons();
            acc.addAll(page);
            int total = r.totalPersonNum() != null ? r.totalPersonNum() : acc.size();
            int size = req.requestCount();
            if (all && !page.isEmpty() && acc.size() < total && page.size() >= size) {
                SearchPersonListRequest next = req.toBuilder().beginNo(req.beginNo() + size).build();
                return page(deviceId, next, true, acc);
            }
            return CompletableFuture.completedFuture(r.toBuilder().deviceId(deviceId).totalPersonNum(total)
                    .personNum(acc.size()).persons(List.copyOf(acc)).build());
        }).thenCompose(Function.identity());
    }

    private static RuntimeException rethrow(Throwable t) {
        return t instanceof RuntimeException r ? r : new java.util.concurrent.CompletionException(t);
    }
}
