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
package io.github.camelhfcamera.hfcamera.simulator;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import io.github.camelhfcamera.hfcamera.protocol.Checks;
import io.github.camelhfcamera.hfcamera.protocol.ErrorCodes;
import io.github.camelhfcamera.hfcamera.protocol.HfMessage;
import io.github.camelhfcamera.hfcamera.protocol.Image;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.model.AlarmResetRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.CountReply;
import io.github.camelhfcamera.hfcamera.protocol.model.CountRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.DelPersonRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.DeleteAllPersonRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.DeletePersonsReply;
import io.github.camelhfcamera.hfcamera.protocol.model.DeletePersonsRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.DeploymentRulesConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.DeploymentRulesQuery;
import io.github.camelhfcamera.hfcamera.protocol.model.DeviceInformation;
import io.github.camelhfcamera.hfcamera.protocol.model.FactoryDefaultReply;
import io.github.camelhfcamera.hfcamera.protocol.model.FactoryDefaultRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.FieldDetectionConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.LineDetectionConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.ManualPushReply;
import io.github.camelhfcamera.hfcamera.protocol.model.ManualPushRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.MqttConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.protocol.model.PersonBatch;
import io.github.camelhfcamera.hfcamera.protocol.model.PersonBatchItem;
import io.github.camelhfcamera.hfcamera.protocol.model.PersonBatchReply;
import io.github.camelhfcamera.hfcamera.protocol.model.PersonReply;
import io.github.camelhfcamera.hfcamera.protocol.model.QueryPersonReply;
import io.github.camelhfcamera.hfcamera.protocol.model.ResultReply;
import io.github.camelhfcamera.hfcamera.protocol.model.RtspConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.SceneSnapReply;
import io.github.camelhfcamera.hfcamera.protocol.model.SceneSnapRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonListReply;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonListRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonReply;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.SoundConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.SysTime;
import io.github.camelhfcamera.hfcamera.protocol.model.TargetCountStatsConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.UpgradeReply;
import io.github.camelhfcamera.hfcamera.protocol.model.UpgradeRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.VersionsReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static io.github.camelhfcamera.hfcamera.protocol.Operator.ADD_PERSONS;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.DELETE_PERSONS;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.EDIT_PERSONS_NEW;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.EDIT_PERSON;

/**
 * The 36 commands as the firmware answers them: the document's reply operator and shape (numbers as strings,
 * {@code code} where the document shows one, the device id under the name the section uses), state changes on the
 * camera, and the appendix's error codes for every failure the document lists.
 */
final class CommandProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(CommandProcessor.class);

    /** The replies whose document example carries {@code "code": "200"}. */
    private static final Set<Operator> WITH_CODE = EnumSet.of(Operator.SEARCH_PERSON, Operator.SEARCH_PERSON_LIST,
            Operator.GET_MQTT_CONFIG, Operator.GET_SOUND_CONFIG, Operator.UP_SOUND_CONFIG, Operator.GET_RTSP_CFG,
            Operator.SET_RTSP_CFG, Operator.GET_DEPLOYMENT_RULES_CONFIG, Operator.SET_DEPLOYMENT_RULES_CONFIG,
            Operator.QUERY_SIM_CARD_INFO, Operator.GET_LINE_DETECTION_CONFIG, Operator.SET_LINE_DETECTION_CONFIG,
            Operator.GET_FIELD_DETECTION_CONFIG, Operator.SET_FIELD_DETECTION_CONFIG, Operator.VERSIONS,
            Operator.GET_COUNT, Operator.TARGET_COUNT_STATS_CFG, Operator.TARGET_RESET_COUNT);

    /** The replies that name the camera {@code deviceId} instead of {@code facesluiceId}. */
    private static final Set<Operator> DEVICE_ID_KEY = EnumSet.of(Operator.GET_DEPLOYMENT_RULES_CONFIG,
            Operator.SET_DEPLOYMENT_RULES_CONFIG, Operator.QUERY_SIM_CARD_INFO, Operator.GET_LINE_DETECTION_CONFIG,
            Operator.SET_LINE_DETECTION_CONFIG, Operator.GET_FIELD_DETECTION_CONFIG,
            Operator.SET_FIELD_DETECTION_CONFIG, Operator.GET_COUNT, Operator.TARGET_COUNT_STATS_CFG,
            Operator.TARGET_RESET_COUNT);

    /** The code for "this command names another camera", where the appendix has one. */
    private static final Map<Operator, Integer> UNKNOWN_ID = new EnumMap<>(Map.of(Operator.GET_SCENE_SNAP, 463,
            Operator.SEARCH_PERSON_LIST, 465, Operator.MANUAL_PUSH_RECORDS, 463, Operator.MANUAL_PUSH_SNAPS, 463,
            Operator.TARGET_COUNT_STATS_CFG, 463, Operator.TARGET_RESET_COUNT, 463));

    private static final DateTimeFormatter[] TIME_FORMATS = {
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss"), DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH-mm-ss") };

    private static final ClassValue<Method> DEVICE_ID_ACCESSOR = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return null;
            }
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals("deviceId") && c.getType() == String.class) {
                    return c.getAccessor();
                }
            }
            return null;
        }
    };

    private static final Map<Integer, byte[]> SCENES = new ConcurrentHashMap<>();

    private final SimulatedCamera cam;
    private final SimulatorRuntime rt;
    private final AtomicReference<Operator> runningBatch = new AtomicReference<>();

    CommandProcessor(SimulatedCamera cam, SimulatorRuntime rt) {
        this.cam = cam;
        this.rt = rt;
    }

    Operator runningBatch() {
        return runningBatch.get();
    }

    // ------------------------------------------------------------------------------------------------ dispatch

    /** Answers a command with an appendix error instead of executing it ({@code SimulatedCamera.failCommands}). */
    void fail(Operator op, String messageId, int code) {
        new Reply(op, messageId).fail(code);
    }

    /**
     * Answers a command with a scripted info ({@code SimulatedCamera.scriptAnswer}): the document's reply operator
     * and code for a known command, {@code X-Ack} and 200 for an unknown one; nothing for a null info.
     */
    void scripted(String operator, Optional<Operator> op, String messageId, Object info) {
        if (info == null) {
            return;
        }
        if (op.isPresent()) {
            new Reply(op.get(), messageId).ok(info);
        } else {
            cam.reply(new HfMessage<>(operator + "-Ack", messageId, 200, info, Map.of()));
        }
    }

    void process(Operator op, HfMessage<Object> msg, String messageId, int size) {
        if (op.direction() != Operator.Direction.COMMAND) {
            return;
        }
        Reply r = new Reply(op, messageId);
        if (msg == null) {
            // not a readable protocol message: the firmware's "Parameter error"
            r.fail(462, "Parameter error");
            return;
        }
        Object info = msg.info();
        String target = targetOf(info);
        if (target != null && !target.isEmpty() && !target.equals(cam.id())) {
            if (cam.isOnSharedTopic()) {
                return; // addressed to another camera on the same topic
            }
            Integer code = UNKNOWN_ID.get(op);
            if (code != null) {
                r.fail(code);
                return;
            }
        }
        if (size > rt.settings().maxPacketBytes && ErrorCodes.code(op, 460).isPresent()) {
            r.fail(460);
            return;
        }
        if (op.isBatch()) {
            batch(op, msg, r);
            return;
        }
        if (info == null && ErrorCodes.code(op, 462).isPresent()) {
            r.fail(462);
            return;
        }
        try {
            dispatch(op, info, r);
        } catch (RuntimeException e) {
            LOG.warn("{}: {} failed", cam.id(), op, e);
            r.fail(null, "simulator error: " + e.getClass().getSimpleName());
        }
    }

    private void dispatch(Operator op, Object info, Reply r) {
        switch (op) {
            case EDIT_PERSON -> editPerson((Person) info, r);
            case QUERY_PERSON -> queryPerson(r);
            case SEARCH_PERSON -> searchPerson((SearchPersonRequest) info, r);
            case SEARCH_PERSON_LIST -> searchPersonList((SearchPersonListRequest) info, r);
            case DEL_PERSON -> delPerson((DelPersonRequest) info, r);
            case DELETE_ALL_PERSON -> deleteAll((DeleteAllPersonRequest) info, r);
            case GET_MQTT_CONFIG -> r.ok(cam.mqttConfig().toBuilder().result("ok").build());
            case UP_MQTT_CONFIG -> upMqttConfig((MqttConfig) info, r);
            case GET_SOUND_CONFIG -> r.ok(cam.soundConfig().toBuilder().deviceId(cam.id()).result("ok").build());
            case UP_SOUND_CONFIG -> upSound((SoundConfig) info, r);
            case GET_SYS_TIME -> r.ok(SysTime.builder().deviceId(cam.id()).sysTime(cam.now()).result("ok").build());
            case SET_SYS_TIME -> setSysTime((SysTime) info, r);
            case REBOOT_DEVICE -> {
                r.ok(result());
                cam.reboot(true);
            }
            case SET_FACTORY_DEFAULT -> factoryDefault((FactoryDefaultRequest) info, r);
            case GET_RTSP_CFG -> r.ok(cam.rtspConfig().toBuilder().deviceId(cam.id()).result("ok").build());
            case SET_RTSP_CFG -> setRtsp((RtspConfig) info, r);
            // section 10.7: the example reply has neither the -Ack suffix nor facesluiceId
            case GET_DEVICE_INFORMATION -> r.ok(DeviceInformation.builder().deviceType(0).deviceSubType(0)
                    .result("ok").build());
            case GET_DEPLOYMENT_RULES_CONFIG -> {
                Integer type = info instanceof DeploymentRulesQuery q ? q.objectType() : null;
                DeploymentRulesConfig c = cam.deploymentRulesConfig();
                r.ok(c.toBuilder().deviceId(cam.id()).objectType(type != null ? type : c.objectType()).build());
            }
            case SET_DEPLOYMENT_RULES_CONFIG -> {
                DeploymentRulesConfig c = (DeploymentRulesConfig) info;
                cam.state.deploymentRules(c.toBuilder().deviceId(null).result(null).detail(null).build());
                r.ok(result());
            }
            case QUERY_SIM_CARD_INFO -> r.ok(cam.simCardInfo().toBuilder().deviceId(cam.id()).result("ok").build());
            case GET_LINE_DETECTION_CONFIG -> r.ok(cam.lineDetectionConfig().toBuilder().deviceId(cam.id()).build());
            case SET_LINE_DETECTION_CONFIG -> {
                LineDetectionConfig c = (LineDetectionConfig) info;
                cam.state.line(c.toBuilder().deviceId(null).result(null).detail(null).build());
                r.ok(result());
            }
            case GET_FIELD_DETECTION_CONFIG -> r.ok(cam.fieldDetectionConfig().toBuilder().deviceId(cam.id()).build());
            case SET_FIELD_DETECTION_CONFIG -> {
                FieldDetectionConfig c = (FieldDetectionConfig) info;
                cam.state.field(c.toBuilder().deviceId(null).result(null).detail(null).build());
                r.ok(result());
            }
            case SET_ALARM_RESET -> {
                AlarmResetRequest a = (AlarmResetRequest) info;
                if (a.eliminateTime() == null) {
                    r.fail(463);
                    return;
                }
                cam.state.alarmResetUntil(Instant.now().plusSeconds(Math.max(0, a.eliminateTime())));
                r.ok(result());
            }
            case GET_SCENE_SNAP -> sceneSnap((SceneSnapRequest) info, r);
            case UPGRADE -> upgrade((UpgradeRequest) info, r);
            case VERSIONS -> r.ok(VersionsReply.builder().deviceId(cam.id()).name(cam.firmwareVersion())
                    .buildTime(cam.state.firmwareBuildTime()).result("ok").build());
            case GET_COUNT -> {
                CountRequest q = info instanceof CountRequest c ? c : CountRequest.builder().build();
                int type = q.objectType() == null ? 0 : q.objectType();
                r.ok(CountReply.builder().deviceId(cam.id()).objectType(type).num(cam.targetCount(type))
                        .behaviourDirection(q.behaviourDirection() == null ? 0 : q.behaviourDirection())
                        .time(cam.now()).result("ok").build());
            }
            case MANUAL_PUSH_RECORDS -> manualPush((ManualPushRequest) info, Operator.REC_PUSH, r);
            case MANUAL_PUSH_SNAPS -> manualPush((ManualPushRequest) info, Operator.STR_SNAP_PUSH, r);
            case TARGET_COUNT_STATS_CFG -> targetCountStats((TargetCountStatsConfig) info, r);
            case TARGET_RESET_COUNT -> {
                cam.state.resetCounts();
                r.ok(result());
            }
            default -> LOG.debug("{}: {} is not a command", cam.id(), op);
        }
    }

    /** {@code result: "ok"} under the device id key of the reply. */
    private ResultReply result() {
        return ResultReply.builder().result("ok").build();
    }

    // ------------------------------------------------------------------------------------------------ persons

    private boolean busy(Reply r) {
        Operator batch = runningBatch.get();
        if (batch != null) {
            r.fail(410, batch.wireName() + " is busy");
            return true;
        }
        return false;
    }

    private void editPerson(Person p, Reply r) {
        if (p.customId() == null || p.customId().isBlank() || bytes(p.customId()) > Checks.CUSTOM_ID_SIZE - 1) {
            r.fail(461);
            return;
        }
        if (busy(r)) {
            return;
        }
        boolean exists = cam.persons.contains(p.customId());
        byte[] photo = null;
        if (p.pic() != null && !p.pic().isEmpty()) {
            try {
                photo = p.pic().bytes();
            } catch (IllegalArgumentException e) {
                r.fail(463);
                return;
            }
            if (!Jpegs.isPicture(photo)) {
                r.fail(464);
                return;
            }
            // the document's face photo limits: 1 MB (460, single packet data more than 1M) and 1080p (469)
            if (photo.length > PictureFetcher.MAX_BYTES) {
                r.fail(460);
                return;
            }
            if (!Jpegs.within1080p(photo)) {
                r.fail(469);
                return;
            }
        } else if (p.picUri() != null && !p.picUri().isBlank()) {
            PictureFetcher.Result d = rt.fetcher().fetch(p.picUri());
            switch (d.outcome()) {
                case OK -> photo = d.bytes();
                case UNRESOLVED -> {
                    r.fail(470);
                    return;
                }
                case FAILED -> {
                    r.fail(471);
                    return;
                }
                case TOO_SHORT -> {
                    r.fail(468);
                    return;
                }
                case TOO_LONG -> {
                    r.fail(469);
                    return;
                }
                case NOT_A_PICTURE -> {
                    r.fail(464);
                    return;
                }
                default -> throw new IllegalStateException();
            }
        } else if (!exists) {
            r.fail(472);
            return;
        }
        Person stored = cam.persons.put(p, photo, cam.now());
        if (stored == null) {
            r.fail(467);
            return;
        }
        r.ok(PersonReply.builder().deviceId(cam.id()).personId(stored.personId()).customId(stored.customId())
                .result("ok").detail("").build());
    }

    private void delPerson(DelPersonRequest d, Reply r) {
        if (d.customId() == null || d.customId().isBlank()) {
            r.fail(461);
            return;
        }
        if (busy(r)) {
            return;
        }
        Person removed = cam.persons.remove(d.customId());
        if (removed == null) {
            r.fail(464);
            return;
        }
        r.ok(PersonReply.builder().deviceId(cam.id()).personId(removed.personId()).customId(removed.customId())
                .result("ok").detail("").build());
    }

    private void deleteAll(DeleteAllPersonRequest d, Reply r) {
        if (d.deleteAll() == null || d.deleteAll() != 1) {
            r.fail(463);
            return;
        }
        if (busy(r)) {
            return;
        }
        cam.persons.clear();
        r.ok(result());
    }

    private void queryPerson(Reply r) {
        List<Person> all = cam.persons.persons();
        r.ok(QueryPersonReply.builder().deviceId(cam.id()).totalPersonNum(cam.persons.total())
                .queryPersonNum(all.size())
                .customIdList(all.stream().map(Person::customId).collect(Collectors.joining(",")))
                .result("ok").build());
    }

    private void searchPerson(SearchPersonRequest q, Reply r) {
        if (q.customId() == null || q.customId().isBlank()) {
            r.fail(463);
            return;
        }
        Person p = cam.persons.get(q.customId());
        if (p == null) {
            r.fail(464);
            return;
        }
        SearchPersonReply reply = SearchPersonReply.builder().deviceId(cam.id()).personId(p.personId())
                .customId(p.customId()).name(nz(p.name())).gender(p.gender() == null ? 0 : p.gender())
                .idCard(nz(p.idCard())).birthday(p.birthday() == null ? "0000-00-00" : p.birthday())
                .address(nz(p.address())).createTime(p.createTime()).telnum1(nz(p.telnum1()))
                .personType(p.personType() == null ? 0 : p.personType()).tempValid(p.tempValid())
                .validBegin(p.validBegin()).validEnd(p.validEnd()).effectNumber(p.effectNumber())
                .result("ok").build();
        // section 4.4.2: the picture travels beside info, not in it
        Map<String, Object> beside = q.picture() != null && q.picture() == 1 && p.pic() != null
                ? Map.of("pic", p.pic()) : Map.of();
        r.send(200, reply, beside);
    }

    private void searchPersonList(SearchPersonListRequest q, Reply r) {
        int type = q.personType() == null ? 2 : q.personType();
        int gender = q.gender() == null ? 2 : q.gender();
        String name = q.name() == null ? "" : q.name().trim();
        LocalDateTime from = parseTime(q.beginTime());
        LocalDateTime to = parseTime(q.endTime());
        List<Person> matches = new ArrayList<>();
        for (Person p : cam.persons.all()) {
            if (type != 2 && (p.personType() == null ? 0 : p.personType()) != type) {
                continue;
            }
            if (gender != 2 && (p.gender() == null ? 0 : p.gender()) != gender) {
                continue;
            }
            if (!name.isEmpty() && (p.name() == null || !p.name().contains(name))) {
                continue;
            }
            LocalDateTime created = parseTime(p.createTime());
            if (created != null && (from != null && created.isBefore(from) || to != null && created.isAfter(to))) {
                continue;
            }
            matches.add(p);
        }
        if (matches.isEmpty()) {
            r.fail(466);
            return;
        }
        int count = q.requestCount() == null || q.requestCount() <= 0 ? 100 : Math.min(2000, q.requestCount());
        int begin = q.beginNo() == null || q.beginNo() < 0 ? 0 : q.beginNo();
        List<Person> page = new ArrayList<>();
        for (int i = begin; i < matches.size() && page.size() < count; i++) {
            Person p = matches.get(i);
            page.add(Person.builder().libId(p.libId()).personType(p.personType() == null ? 0 : p.personType())
                    .name(nz(p.name())).gender(p.gender() == null ? 0 : p.gender()).idCard(nz(p.idCard()))
                    .birthday(nz(p.birthday())).telnum1(nz(p.telnum1())).address(nz(p.address()))
                    .customId(nz(p.customId())).build());
        }
        r.ok(SearchPersonListReply.builder().deviceId(cam.id()).totalPersonNum(matches.size())
                .personNum(page.size()).persons(page).build());
    }

    // ------------------------------------------------------------------------------------------------ batches

    private void batch(Operator op, HfMessage<Object> msg, Reply r) {
        Operator running = runningBatch.get();
        if (running != null) {
            r.fail(410, op.wireName() + " is busy");
            return;
        }
        Map<String, Object> env = msg.envelope();
        if (!"BeginFlag".equals(String.valueOf(env.get("DataBegin")))) {
            r.fail(412);
            return;
        }
        if (!"EndFlag".equals(String.valueOf(env.get("DataEnd")))) {
            r.fail(413);
            return;
        }
        Object num = env.get("PersonNum");
        Integer personNum = num == null ? null : toInt(num);
        if (personNum == null) {
            r.fail(415);
            return;
        }
        Object info = msg.info();
        int max = op == DELETE_PERSONS ? DeletePersonsRequest.MAX_IDS : PersonBatch.MAX_PERSONS;
        if (info == null) {
            r.fail(op == ADD_PERSONS ? 418 : 414);
            return;
        }
        if (op == DELETE_PERSONS && ((DeletePersonsRequest) info).customIds().isEmpty()) {
            r.fail(418);
            return;
        }
        if (personNum < 1 || personNum > max) {
            r.fail(416);
            return;
        }
        int size = op == DELETE_PERSONS ? ((DeletePersonsRequest) info).customIds().size()
                : ((PersonBatch) info).persons().size();
        if (size != personNum) {
            r.fail(417);
            return;
        }
        if (!runningBatch.compareAndSet(null, op)) {
            r.fail(410, op.wireName() + " is busy");
            return;
        }
        List<?> items = op == DELETE_PERSONS ? ((DeletePersonsRequest) info).customIds()
                : ((PersonBatch) info).persons();
        BatchRun run = new BatchRun(op, items, r);
        rt.workers().execute(run::step);
    }

    /** One batch, person by person, at the configured pace; the reply comes at the end. */
    private final class BatchRun {
        final Operator op;
        final List<?> items;
        final Reply reply;
        final List<PersonBatchItem> ok = new ArrayList<>();
        final List<PersonBatchItem> errors = new ArrayList<>();
        final long perPersonNanos = cam.batchTimePerPerson().toNanos();
        final long started = System.nanoTime();
        int next;

        BatchRun(Operator op, List<?> items, Reply reply) {
            this.op = op;
            this.items = items;
            this.reply = reply;
        }

        void step() {
            try {
                while (next < items.size()) {
                    Object item = items.get(next++);
                    if (op == DELETE_PERSONS) {
                        deleteOne((String) item);
                    } else {
                        addOne((Person) item);
                    }
                    long due = started + perPersonNanos * next - System.nanoTime();
                    if (due > 0) {
                        rt.scheduler().schedule(() -> rt.workers().execute(this::step), due, TimeUnit.NANOSECONDS);
                        return;
                    }
                }
                finish();
            } catch (RuntimeException e) {
                LOG.warn("{}: {} failed", cam.id(), op, e);
                runningBatch.set(null);
                reply.fail(null, "simulator error: " + e.getClass().getSimpleName());
            }
        }

        private void deleteOne(String customId) {
            PersonBatchItem item = PersonBatchItem.builder().customId(customId).build();
            if (customId != null && cam.persons.remove(customId) != null) {
                ok.add(item);
            } else {
                errors.add(item);
            }
        }

        private void addOne(Person p) {
            String customId = p == null ? null : p.customId();
            if (customId == null || customId.isBlank() || bytes(customId) > Checks.CUSTOM_ID_SIZE - 1) {
                error(customId, op == EDIT_PERSONS_NEW ? 461 : 470);
                return;
            }
            boolean exists = cam.persons.contains(customId);
            if (op == ADD_PERSONS && exists) {
                error(customId, 461);
                return;
            }
            String uri = p.picUri();
            byte[] photo = null;
            if (uri == null || uri.isBlank()) {
                if (op == ADD_PERSONS || !exists) {
                    error(customId, op == ADD_PERSONS ? 463 : 481);
                    return;
                }
            } else {
                PictureFetcher.Result d = rt.fetcher().fetch(uri);
                switch (d.outcome()) {
                    case OK -> photo = d.bytes();
                    case UNRESOLVED -> {
                        error(customId, 464);
                        return;
                    }
                    case FAILED -> {
                        error(customId, 465);
                        return;
                    }
                    case TOO_SHORT -> {
                        error(customId, 466);
                        return;
                    }
                    case TOO_LONG -> {
                        error(customId, 467);
                        return;
                    }
                    case NOT_A_PICTURE -> {
                        error(customId, 468);
                        return;
                    }
                    default -> throw new IllegalStateException();
                }
            }
            if (op == ADD_PERSONS && p.checkSimilarity() != null && p.checkSimilarity() == 1
                    && cam.persons.hasPhoto(photo)) {
                error(customId, 478);
                return;
            }
            // the firmware's list-full errcode: 474 (29.8; the AddPersons-Ack example of 4.2.2 uses it too)
            if (cam.persons.put(p, photo, cam.now()) == null) {
                error(customId, 474);
                return;
            }
            ok.add(PersonBatchItem.builder().customId(customId).build());
        }

        private void error(String customId, int errcode) {
            errors.add(PersonBatchItem.builder().customId(customId == null ? "" : customId).errcode(errcode).build());
        }

        private void finish() {
            runningBatch.set(null);
            if (op == DELETE_PERSONS) {
                reply.ok(DeletePersonsReply.builder().deviceId(cam.id()).errorCount(errors.size())
                        .successCount(ok.size()).errors(errors).successes(ok).result("ok").build());
            } else {
                reply.ok(PersonBatchReply.builder().deviceId(cam.id()).errorCount(errors.size())
                        .successCount(ok.size()).errors(errors).successes(ok).result("ok").build());
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ config

    private void upMqttConfig(MqttConfig in, Reply r) {
        MqttConfig cur = cam.state.mqtt();
        String bad = firstBad(
                range("StrangerUploadType", in.strangerUploadType(), 0, 1),
                range("RecordUploadType", in.recordUploadType(), 0, 2),
                in.behaviorUploadType() != null && in.behaviorUploadType() != 255
                        && (in.behaviorUploadType() < 0 || in.behaviorUploadType() > 4)
                        ? "BehaviorUploadType " + in.behaviorUploadType() + " is not 0-4 or 255" : null,
                // an unchanged value passes: a platform may write back what GetMQTTconfig reported
                in.keepAliveInterval() != null && !in.keepAliveInterval().equals(cur.keepAliveInterval())
                        ? range("KeepAliveInterval", in.keepAliveInterval(), 20, 300) : null,
                range("ResumefromBreakpoint", in.resumeFromBreakpoint(), 0, 1));
        if (bad != null) {
            r.fail(null, bad);
            return;
        }
        MqttConfig.Builder b = cur.toBuilder();
        if (in.strangerUploadType() != null) {
            b.strangerUploadType(in.strangerUploadType());
        }
        if (in.recordUploadType() != null) {
            b.recordUploadType(in.recordUploadType());
        }
        if (in.behaviorUploadType() != null) {
            b.behaviorUploadType(in.behaviorUploadType());
        }
        if (in.keepAliveInterval() != null) {
            b.keepAliveInterval(in.keepAliveInterval());
        }
        if (in.onlineTopic() != null && !in.onlineTopic().isBlank()) {
            b.onlineTopic(in.onlineTopic());
        }
        if (in.heartbeatTopic() != null && !in.heartbeatTopic().isBlank()) {
            b.heartbeatTopic(in.heartbeatTopic());
        }
        if (in.beginTime() != null) {
            b.beginTime(in.beginTime());
        }
        cam.state.mqtt(b.build());
        if (in.resumeFromBreakpoint() != null) {
            cam.setResumeMode(in.resumeFromBreakpoint() == 1);
        }
        if (in.keepAliveInterval() != null && !in.keepAliveInterval().equals(cur.keepAliveInterval())) {
            cam.heartbeatInterval(Duration.ofSeconds(in.keepAliveInterval()));
        }
        r.ok(result());
    }

    private void upSound(SoundConfig in, Reply r) {
        String bad = firstBad(range("VerifySuccAudio", in.verifySuccessAudio(), 0, 1),
                range("Volume", in.volume(), 0, 100));
        if (bad != null) {
            r.fail(null, bad);
            return;
        }
        SoundConfig cur = cam.state.sound();
        cam.state.sound(cur.toBuilder()
                .verifySuccessAudio(in.verifySuccessAudio() != null ? in.verifySuccessAudio() : cur.verifySuccessAudio())
                .volume(in.volume() != null ? in.volume() : cur.volume()).build());
        r.ok(result());
    }

    private void setSysTime(SysTime in, Reply r) {
        LocalDateTime t = parseTime(in.sysTime());
        if (t == null) {
            r.fail(463);
            return;
        }
        cam.state.clockOffset(Duration.between(LocalDateTime.now(), t));
        r.ok(result());
    }

    private void factoryDefault(FactoryDefaultRequest in, Reply r) {
        r.ok(FactoryDefaultReply.builder().deviceId(cam.id()).reboot(1).result("ok").build());
        cam.state.factoryReset();
        cam.setResumeMode(rt.settings().resumeMode);
        cam.heartbeatInterval(rt.settings().heartbeatInterval);
        if (in.defaultPersons() != null && in.defaultPersons() == 1) {
            cam.persons.clear();
        }
        cam.reboot(true);
    }

    private void setRtsp(RtspConfig in, Reply r) {
        String bad = firstBad(range("OpenVerify", in.openVerify(), 0, 1), range("PackSize", in.packSize(), 1, 1500),
                range("RTSPPort", in.rtspPort(), 1, 65535));
        if (bad != null) {
            r.fail(null, bad);
            return;
        }
        RtspConfig cur = cam.state.rtsp();
        cam.state.rtsp(cur.toBuilder().openVerify(in.openVerify() != null ? in.openVerify() : cur.openVerify())
                .packSize(in.packSize() != null ? in.packSize() : cur.packSize())
                .rtspPort(in.rtspPort() != null ? in.rtspPort() : cur.rtspPort()).build());
        r.ok(result());
        // section 10.6: "set the RTSP parameters successfully the device will reboot"
        cam.reboot(true);
    }

    private void targetCountStats(TargetCountStatsConfig in, Reply r) {
        if (in.enable() == null) {
            r.fail(22000);
            return;
        }
        if (in.autoResetMode() == null) {
            r.fail(22001);
            return;
        }
        if (in.resetDay() == null) {
            r.fail(22002);
            return;
        }
        if (in.resetTime() == null || !isTimeOfDay(in.resetTime())) {
            r.fail(22003);
            return;
        }
        int mode = in.autoResetMode();
        int day = in.resetDay();
        boolean dayOk = mode == 2 ? day >= 0 && day <= 6 : mode != 3 || day >= 1 && day <= 31;
        if (in.enable() < 0 || in.enable() > 1 || mode < 0 || mode > 3 || !dayOk) {
            r.fail(22004);
            return;
        }
        cam.state.targetCount(in.toBuilder().deviceId(null).build());
        r.ok(result());
    }

    // ------------------------------------------------------------------------------------------------ other

    private void sceneSnap(SceneSnapRequest q, Reply r) {
        int type = q.imgType() == null ? 2 : q.imgType();
        if (cam.sceneSnapFails() || type != 2) {
            r.fail(11000);
            return;
        }
        int quality = q.imgQuality() == null ? 55 : Math.max(55, Math.min(100, q.imgQuality()));
        byte[] jpeg = SCENES.computeIfAbsent(quality, k -> Jpegs.scene(1280, 720, k, "scene-snap"));
        // section 11.2: the firmware labels its JPEG "data:image/bmp;base64,/9j/..."
        r.ok(SceneSnapReply.builder().deviceId(cam.id()).imgType(2).imgData(Image.of(jpeg, "image/bmp"))
                .result("ok").build());
    }

    private void upgrade(UpgradeRequest q, Reply r) {
        int type = q.upgradeType() == null ? 1 : q.upgradeType();
        String path = q.path() == null ? "" : q.path().trim();
        String suffix = type == 5 ? ".lic" : ".udx";
        if (path.isEmpty() || !path.toLowerCase(Locale.ROOT).endsWith(suffix)) {
            r.send(null, UpgradeReply.builder().deviceId(cam.id()).name(q.name()).result("fail")
                    .detail("the upgrade file must end in " + suffix).build(), Map.of());
            return;
        }
        r.ok(UpgradeReply.builder().deviceId(cam.id()).name(q.name()).result("ok").build());
        if (type != 5 && q.name() != null && !q.name().isBlank()) {
            String name = q.name().trim();
            cam.state.firmwareName(name.toLowerCase(Locale.ROOT).endsWith(".udx")
                    ? name.substring(0, name.length() - 4) : name);
            cam.reboot(true);
        }
    }

    private void manualPush(ManualPushRequest q, Operator kind, Reply r) {
        if (q.timeStart() == null || q.timeStart().isBlank() || parseTime(q.timeStart()) == null) {
            r.fail(464);
            return;
        }
        if (q.timeEnd() == null || q.timeEnd().isBlank() || parseTime(q.timeEnd()) == null) {
            r.fail(465);
            return;
        }
        MqttConfig m = cam.state.mqtt();
        boolean subscribed = kind == Operator.REC_PUSH
                ? m.recordUploadType() == null || m.recordUploadType() != 0
                : m.strangerUploadType() == null || m.strangerUploadType() != 1;
        if (!subscribed) {
            r.fail(467);
            return;
        }
        List<SimulatedCamera.StoredRecord> found = cam.history(kind, parseTime(q.timeStart()), parseTime(q.timeEnd()));
        if (found.isEmpty()) {
            r.fail(466);
            return;
        }
        r.ok(ManualPushReply.builder().deviceId(cam.id()).recordNum(found.size()).result("ok").build());
        for (SimulatedCamera.StoredRecord rec : found) {
            cam.manualPush(rec);
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Builds and sends the reply to one command. */
    private final class Reply {
        final Operator op;
        final String messageId;

        Reply(Operator op, String messageId) {
            this.op = op;
            this.messageId = messageId;
        }

        void ok(Object info) {
            send(WITH_CODE.contains(op) ? 200 : null, withDeviceId(info), Map.of());
        }

        void send(Integer code, Object info, Map<String, Object> beside) {
            cam.reply(new HfMessage<>(op.documentReplyName(), messageId, code, info, beside));
        }

        /** An appendix code with its text. */
        void fail(int code) {
            fail(code, ErrorCodes.code(op, code).map(ErrorCodes.ErrorCode::message)
                    .orElse(ErrorCodes.describe(op, code)));
        }

        /** A failure: {@code code} (null for failures the appendix has no code for), result "fail", detail. */
        void fail(Integer code, String detail) {
            Map<String, Object> info = new LinkedHashMap<>();
            info.put(DEVICE_ID_KEY.contains(op) ? "deviceId" : "facesluiceId", cam.id());
            info.put("result", "fail");
            info.put("detail", detail);
            LOG.debug("{}: {} fails: {} {}", cam.id(), op, code, detail);
            cam.reply(new HfMessage<>(op.documentReplyName(), messageId, code, info, Map.of()));
        }

        private Object withDeviceId(Object info) {
            if (info instanceof ResultReply rr) {
                return DEVICE_ID_KEY.contains(op) ? rr.toBuilder().deviceId(cam.id()).build()
                        : rr.toBuilder().facesluiceId(cam.id()).build();
            }
            return info;
        }
    }

    /** The device id a command names (facesluiceId or deviceId), or null. */
    static String targetOf(Object info) {
        if (info == null) {
            return null;
        }
        Method m = DEVICE_ID_ACCESSOR.get(info.getClass());
        if (m == null) {
            return null;
        }
        try {
            return (String) m.invoke(info);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    static LocalDateTime parseTime(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        for (DateTimeFormatter f : TIME_FORMATS) {
            try {
                return LocalDateTime.parse(s.trim(), f);
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        return null;
    }

    private static boolean isTimeOfDay(String s) {
        try {
            java.time.LocalTime.parse(s.trim(), DateTimeFormatter.ofPattern("HH:mm:ss"));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String range(String field, Integer v, int min, int max) {
        return v != null && (v < min || v > max) ? field + " " + v + " is out of range " + min + "-" + max : null;
    }

    private static String firstBad(String... problems) {
        for (String p : problems) {
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static Integer toInt(Object o) {
        if (o instanceof Number n) {
            return n.intValue();
        }
        try {
            return Integer.valueOf(String.valueOf(o).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
