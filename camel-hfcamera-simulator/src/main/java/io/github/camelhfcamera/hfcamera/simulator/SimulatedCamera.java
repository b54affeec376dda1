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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelhfcamera.hfcamera.protocol.HfEvent;
import io.github.camelhfcamera.hfcamera.protocol.HfMessage;
import io.github.camelhfcamera.hfcamera.protocol.HfProtocolException;
import io.github.camelhfcamera.hfcamera.protocol.HfReply;
import io.github.camelhfcamera.hfcamera.protocol.Image;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.model.BehaviorSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.DeploymentRulesConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.FieldDetectionConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.HeartBeat;
import io.github.camelhfcamera.hfcamera.protocol.model.LineDetectionConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.MqttConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.Offline;
import io.github.camelhfcamera.hfcamera.protocol.model.Online;
import io.github.camelhfcamera.hfcamera.protocol.model.OnlineAck;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.protocol.model.PushAck;
import io.github.camelhfcamera.hfcamera.protocol.model.RtspConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.SimCardInfo;
import io.github.camelhfcamera.hfcamera.protocol.model.SoundConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.TargetCountStatsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static io.github.camelhfcamera.hfcamera.protocol.Operator.BEHAVIOR_SNAP_PUSH;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.CAT_ATTR_SNAP_PUSH;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.CLOTH_HELMET_SNAP_PUSH;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.COUNT_IN_REGION_PUSH;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.ELECTRICAL_BICYCLE_SNAP_PUSH;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.FIRE_SMOKE_SNAP_PUSH;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.FULL_STR_SNAP_PUSH;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.LEAVE_SNAP_PUSH;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.PARABOLIC_SNAP_PUSH;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.REC_PUSH;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.SAFETY_RIDE_PUSH;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.STR_SNAP_PUSH;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.TEM_HIGH_SNAP_PUSH;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.VISIBLE_KITCHEN_SNAP_PUSH;

/**
 * One simulated HF camera: its MQTT behaviour, its state, and the handles tests use to trigger events, read what it
 * received and inject faults.
 * <p>
 * <b>Behaviour</b> (document sections in brackets): subscribes to its cloud topic, sends Online on connect and
 * repeats it every heartbeat interval until Online-Ack [7]; its MQTT will is Offline on the online topic [7.3];
 * HeartBeat every interval [9]; answers the 36 commands on {@code {prefix}/{id}/Ack} with the document's reply
 * shapes, numbers as strings [4, 10-23] and the appendix's error codes [29]; pushes records to {@code .../Rec} and
 * snapshots and AI events to {@code .../Snap} [5, 6, 13-27]; in resume mode keeps each record until its PushAck and
 * re-sends it until then, answering PushAck-Ack [8].
 * <p>
 * <b>Test handles</b>: {@link #persons()}, {@link #receivedCommands()}, {@link #awaitCommand(String, Duration)},
 * {@link #stats()}, {@link #pushRecord()}, {@link #pushEvent(Operator)}, {@link #push(HfEvent)}; faults
 * {@link #stopAnswering()}, {@link #answerLate(Duration)}, {@link #dropPushAcks(int)}, {@link #loseNetwork()},
 * {@link #restart()}; scripted behaviour {@link #failCommands(String, int, int)} (answer with an appendix code),
 * {@link #scriptAnswer(String, Function)} (answer with a given info), {@link #sendHeartbeat()} and
 * {@link #resendPending()} (now rather than on their timers); what it answered {@link #sentReplies()}. All methods
 * are thread-safe.
 */
public final class SimulatedCamera {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedCamera.class);

    /** The events a camera pushes on its own: RecPush, StrSnapPush and the 12 AI event kinds. */
    public static final Set<Operator> PUSHABLE = Collections.unmodifiableSet(EnumSet.of(REC_PUSH, STR_SNAP_PUSH,
            VISIBLE_KITCHEN_SNAP_PUSH, PARABOLIC_SNAP_PUSH, TEM_HIGH_SNAP_PUSH, FULL_STR_SNAP_PUSH, BEHAVIOR_SNAP_PUSH,
            LEAVE_SNAP_PUSH, CLOTH_HELMET_SNAP_PUSH, FIRE_SMOKE_SNAP_PUSH, COUNT_IN_REGION_PUSH, CAT_ATTR_SNAP_PUSH,
            SAFETY_RIDE_PUSH, ELECTRICAL_BICYCLE_SNAP_PUSH));

    static final DateTimeFormatter DEVICE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DEVICE_TIME_ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final String id;
    private final SimulatorRuntime rt;
    private final CameraSimulator.Builder cfg;
    private final Link link;
    private final SerialExecutor inbox;
    final DeviceState state;
    final PersonDatabase persons;
    private final CommandProcessor processor;
    private final String cloudTopic;
    private final boolean sharedTopic;

    // connection
    private volatile boolean connected;
    private volatile boolean networkDown;
    /** Counts loseNetwork / reboot calls, so that a scheduled comeback does not end a later outage. */
    private final AtomicLong outages = new AtomicLong();
    private volatile boolean closed;
    private volatile boolean onlineAcked;
    private volatile Duration heartbeatInterval;
    private ScheduledFuture<?> heartbeatTask;
    private ScheduledFuture<?> onlineTask;
    private volatile ScheduledFuture<?> reconnectTask;
    private final List<ScheduledFuture<?>> schedules = new ArrayList<>();

    // faults
    private volatile boolean answering = true;
    private volatile Duration answerDelay = Duration.ZERO;
    private final AtomicInteger pushAcksToDrop = new AtomicInteger();
    private volatile boolean sceneSnapFails;
    private volatile Duration batchTimePerPerson;
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();
    private final Map<String, Function<ReceivedCommand, Object>> scripts = new ConcurrentHashMap<>();

    // records
    private volatile boolean resumeMode;
    private final Map<PendingKey, Pending> pending = new LinkedHashMap<>();
    private final Deque<StoredRecord> history = new ArrayDeque<>();
    private final AtomicLong recordIds;
    private final AtomicLong snapIds;
    private final AtomicLong snapOrRecordIds;
    private final AtomicLong targetIds;

    // observation
    private final Deque<ReceivedCommand> received = new ArrayDeque<>();
    private final Deque<SentReply> sent = new ArrayDeque<>();
    private final Counters counters = new Counters();

    private record PendingKey(int type, long id) {
    }

    /** An injected failure: the code to answer with, and how many commands are left to fail. */
    private record Failure(int code, AtomicInteger remaining) {
    }

    private static final class Pending {
        final Operator kind;
        final long id;
        final String topic;
        final byte[] payload;
        final HfEvent event;
        ScheduledFuture<?> resend;

        Pending(Operator kind, long id, String topic, byte[] payload, HfEvent event) {
            this.kind = kind;
            this.id = id;
            this.topic = topic;
            this.payload = payload;
            this.event = event;
        }
    }

    /** A record kept for ManualPushRecords / ManualPushSnaps. */
    record StoredRecord(Operator kind, LocalDateTime time, HfEvent event) {
    }

    private static final class Counters {
        final AtomicLong connects = new AtomicLong();
        final AtomicLong onlineSent = new AtomicLong();
        final AtomicLong heartbeatsSent = new AtomicLong();
        final AtomicLong commandsReceived = new AtomicLong();
        final AtomicLong commandsIgnored = new AtomicLong();
        final AtomicLong repliesSent = new AtomicLong();
        final AtomicLong eventsPushed = new AtomicLong();
        final AtomicLong eventsSuppressed = new AtomicLong();
        final AtomicLong eventsLost = new AtomicLong();
        final AtomicLong recordsResent = new AtomicLong();
        final AtomicLong pushAcksReceived = new AtomicLong();
        final AtomicLong pushAcksDropped = new AtomicLong();
        final AtomicLong recordsAcked = new AtomicLong();
        final AtomicLong manualPushed = new AtomicLong();
        final Map<Operator, AtomicLong> byKind = new EnumMap<>(Operator.class);

        Counters() {
            for (Operator op : PUSHABLE) {
                byKind.put(op, new AtomicLong());
            }
        }
    }

    SimulatedCamera(String id, int index, SimulatorRuntime rt, Link link) {
        this.id = id;
        this.rt = rt;
        this.cfg = rt.settings();
        this.link = link;
        this.inbox = new SerialExecutor(rt.workers());
        this.heartbeatInterval = cfg.heartbeatInterval;
        this.resumeMode = cfg.resumeMode;
        this.batchTimePerPerson = cfg.batchTimePerPerson;
        this.cloudTopic = cfg.topic(cfg.cloudTopic, id);
        this.sharedTopic = !cfg.cloudTopic.contains("{id}");
        this.state = new DeviceState(rt.codec(), id, index, cfg.topic(cfg.onlineTopic, id),
                cfg.topic(cfg.heartbeatTopic, id), cfg.heartbeatInterval, cfg.resumeMode, cfg.firmwareVersion);
        this.state.clockOffset(cfg.clockOffset);
        this.persons = new PersonDatabase(cfg.personCapacity);
        this.recordIds = new AtomicLong(cfg.firstRecordId);
        this.snapIds = new AtomicLong(cfg.firstRecordId);
        this.snapOrRecordIds = new AtomicLong(cfg.firstRecordId);
        this.targetIds = new AtomicLong(cfg.firstRecordId);
        this.processor = new CommandProcessor(this, rt);
    }

    // ------------------------------------------------------------------------------------------------ identity

    /** The device id (the document's facesluiceId / deviceId). */
    public String id() {
        return id;
    }

    /** The topic it takes commands from, {@code mqtt/face/{id}} by default. */
    public String cloudTopic() {
        return cloudTopic;
    }

    /** Where its replies go: {@code {prefix}/{id}/Ack}. */
    public String ackTopic() {
        return cfg.topicPrefix + "/" + id + "/Ack";
    }

    /** Where its recognition records go: {@code {prefix}/{id}/Rec}. */
    public String recTopic() {
        return cfg.topicPrefix + "/" + id + "/Rec";
    }

    /** Where its stranger snapshots and AI events go: {@code {prefix}/{id}/Snap}. */
    public String snapTopic() {
        return cfg.topicPrefix + "/" + id + "/Snap";
    }

    /** Where Online and Offline go (the MQTT configuration's OnlineTopic). */
    public String onlineTopic() {
        return state.mqtt().onlineTopic();
    }

    /** Where HeartBeat goes (the MQTT configuration's HeartbeatTopic). */
    public String heartbeatTopic() {
        return state.mqtt().heartbeatTopic();
    }

    boolean isOnSharedTopic() {
        return sharedTopic;
    }

    // ------------------------------------------------------------------------------------------------ state

    /** The persons with a customId, as stored (personId, creatTime and photo set by the camera). */
    public List<Person> persons() {
        return persons.persons();
    }

    /** The stored person of a customId. */
    public Optional<Person> person(String customId) {
        return Optional.ofNullable(persons.get(customId));
    }

    /** Every person, including the ones "added on the web page" that have no customId. */
    public int personCount() {
        return persons.total();
    }

    /**
     * Stores a person directly (test setup, no MQTT): with the given {@code pic}, else with a generated photo.
     *
     * @return the stored person with its personId
     * @throws IllegalStateException when the list is full
     */
    public Person addPerson(Person person) {
        byte[] photo = person.pic() != null ? person.pic().bytes() : Jpegs.jpeg(4_000, "face-" + person.customId());
        Person stored = persons.put(person.toBuilder().pic(null).build(), photo, now());
        if (stored == null) {
            throw new IllegalStateException("the person list of " + id + " is full");
        }
        return stored;
    }

    /** Adds a person without customId, as added on the device's web page (counted by QueryPerson's totalPersonNum). */
    public Person addWebPerson(String name) {
        return persons.addWebPerson(name, now());
    }

    /** Changes how many persons the list holds before "Person num is full". */
    public void setPersonCapacity(int capacity) {
        persons.capacity(capacity);
    }

    /** The MQTT reporting configuration (GetMQTTconfig). */
    public MqttConfig mqttConfig() {
        return state.mqtt().toBuilder().deviceId(id).build();
    }

    public SoundConfig soundConfig() {
        return state.sound();
    }

    public RtspConfig rtspConfig() {
        return state.rtsp();
    }

    public DeploymentRulesConfig deploymentRulesConfig() {
        return state.deploymentRules();
    }

    public LineDetectionConfig lineDetectionConfig() {
        return state.line();
    }

    public FieldDetectionConfig fieldDetectionConfig() {
        return state.field();
    }

    public TargetCountStatsConfig targetCountConfig() {
        return state.targetCount();
    }

    public SimCardInfo simCardInfo() {
        return state.simCard();
    }

    /** The firmware version Versions reports (Upgrade changes it). */
    public String firmwareVersion() {
        return state.firmwareName();
    }

    /** The device's clock (SetSysTime moves it). */
    public LocalDateTime deviceTime() {
        return LocalDateTime.now().plus(state.clockOffset()).withNano(0);
    }

    /**
     * Puts the device's clock {@code offset} ahead of this machine's (negative: behind), as a camera that was never
     * set or drifted: its heartbeats, records and GetSysTime say that time from now on, until SetSysTime sets it.
     */
    public void setClockOffset(java.time.Duration offset) {
        state.clockOffset(offset);
    }

    /** How far the device's clock is ahead of this machine's. */
    public java.time.Duration clockOffset() {
        return state.clockOffset();
    }

    /** Until when SetAlarmReset keeps scheduled thermal alarms back. */
    public Instant alarmResetUntil() {
        return state.alarmResetUntil();
    }

    /** Sets the head count GetCount answers for a target type (0 human, 1 vehicle). */
    public void setTargetCount(int objectType, int count) {
        state.count(objectType, count);
    }

    /** The head count GetCount answers for a target type. */
    public int targetCount(int objectType) {
        return state.count(objectType);
    }

    /** True while the camera is connected and subscribed. */
    public boolean isConnected() {
        return connected;
    }

    /** True once the platform answered Online with Online-Ack (reset on every new connection). */
    public boolean isOnlineAcked() {
        return onlineAcked;
    }

    /** True in resume mode (UpMQTTconfig ResumefromBreakpoint=1). */
    public boolean isResumeMode() {
        return resumeMode;
    }

    /**
     * Switches resume mode, as UpMQTTconfig ResumefromBreakpoint does. Switching it off forgets the records that
     * wait for a PushAck.
     */
    public void setResumeMode(boolean on) {
        resumeMode = on;
        state.mqtt(state.mqtt().toBuilder().resumeFromBreakpoint(on ? 1 : 0).build());
        if (!on) {
            synchronized (pending) {
                pending.values().forEach(p -> cancel(p.resend));
                pending.clear();
            }
        }
    }

    /** Time a batch command takes per person (zero for fast tests). */
    public void setBatchTimePerPerson(Duration perPerson) {
        this.batchTimePerPerson = perPerson;
    }

    Duration batchTimePerPerson() {
        return batchTimePerPerson;
    }

    /** True while AddPersons, EditPersonsNew or DeletePersons runs (a second one gets 410). */
    public boolean isBatchRunning() {
        return processor.runningBatch() != null;
    }

    /** Makes GetSceneSnap fail with 11000 "Shoot one picture fail". */
    public void failSceneSnap(boolean fail) {
        sceneSnapFails = fail;
    }

    boolean sceneSnapFails() {
        return sceneSnapFails;
    }

    /** The heartbeat interval in use (the builder's, or UpMQTTconfig's KeepAliveInterval). */
    public Duration heartbeatInterval() {
        return heartbeatInterval;
    }

    // ------------------------------------------------------------------------------------------------ observation

    /** Every message received on the cloud topic, oldest first (the last {@code receivedHistory}, 1,000 by default). */
    public List<ReceivedCommand> receivedCommands() {
        synchronized (received) {
            return new ArrayList<>(received);
        }
    }

    /** The received messages of one operator, oldest first. */
    public List<ReceivedCommand> receivedCommands(String operator) {
        return receivedCommands().stream().filter(c -> operator.equals(c.operator())).toList();
    }

    /** Forgets the received messages (for the next {@link #awaitCommand}) and the sent replies. */
    public void clearReceivedCommands() {
        synchronized (received) {
            received.clear();
        }
        synchronized (sent) {
            sent.clear();
        }
    }

    /**
     * Every message the camera published on {@code .../Ack} (command replies and PushAck-Acks), oldest first, with
     * the time it was handed to the broker (the last {@code receivedHistory}). Compare with
     * {@link ReceivedCommand#receivedAt()} to see what a platform sent before or after an answer.
     */
    public List<SentReply> sentReplies() {
        synchronized (sent) {
            return new ArrayList<>(sent);
        }
    }

    /** The sent reply to the command with this messageId, if one was sent. */
    public Optional<SentReply> sentReply(String messageId) {
        return sentReplies().stream().filter(r -> messageId != null && messageId.equals(r.messageId())).findFirst();
    }

    /**
     * The first received message of this operator, waiting for it if none came yet.
     *
     * @throws AssertionError when none arrives within the timeout
     */
    public ReceivedCommand awaitCommand(String operator, Duration timeout) {
        return awaitCommand(c -> operator.equals(c.operator()), timeout);
    }

    /** The first received message matching, waiting for it if none came yet. */
    public ReceivedCommand awaitCommand(Predicate<ReceivedCommand> match, Duration timeout) {
        ReceivedCommand[] found = new ReceivedCommand[1];
        Await.until(() -> {
            synchronized (received) {
                for (ReceivedCommand c : received) {
                    if (match.test(c)) {
                        found[0] = c;
                        return true;
                    }
                }
            }
            return false;
        }, timeout, "a command on " + cloudTopic + " of " + id, this::receivedCommands);
        return found[0];
    }

    /** What the camera did so far. */
    public CameraStats stats() {
        Counters c = counters;
        Map<Operator, Long> kinds = new EnumMap<>(Operator.class);
        c.byKind.forEach((k, v) -> {
            if (v.get() > 0) {
                kinds.put(k, v.get());
            }
        });
        return new CameraStats(c.connects.get(), c.onlineSent.get(), c.heartbeatsSent.get(), c.commandsReceived.get(),
                c.commandsIgnored.get(), c.repliesSent.get(), c.eventsPushed.get(), c.eventsSuppressed.get(),
                c.eventsLost.get(), c.recordsResent.get(), c.pushAcksReceived.get(), c.pushAcksDropped.get(),
                c.recordsAcked.get(), pendingAcks(), c.manualPushed.get(), kinds);
    }

    /** How many records wait for their PushAck in resume mode. */
    public int pendingAcks() {
        synchronized (pending) {
            return pending.size();
        }
    }

    /** The ids of the records waiting for their PushAck of a type (1 SnapID, 2 RecordID, 3 SnapOrRecordID). */
    public List<Long> pendingIds(int pushAckType) {
        synchronized (pending) {
            return pending.keySet().stream().filter(k -> k.type() == pushAckType).map(PendingKey::id).toList();
        }
    }

    /** Waits until the stats satisfy the condition, for example {@code s -> s.recordsResent() >= 2}. */
    public CameraStats awaitStats(Predicate<CameraStats> condition, Duration timeout) {
        Await.until(() -> condition.test(stats()), timeout, "stats of " + id, this::stats);
        return stats();
    }

    /** Waits until the camera is connected and subscribed. */
    public void awaitConnected(Duration timeout) {
        Await.until(this::isConnected, timeout, id + " connected", this::stats);
    }

    /** Waits until the platform answered this connection's Online. */
    public void awaitOnlineAcked(Duration timeout) {
        Await.until(this::isOnlineAcked, timeout, id + " Online-Ack", this::stats);
    }

    /** Waits until exactly {@code n} records wait for their PushAck (0: all acknowledged). */
    public void awaitPendingAcks(int n, Duration timeout) {
        Await.until(() -> pendingAcks() == n, timeout, n + " records pending on " + id, this::stats);
    }

    // ------------------------------------------------------------------------------------------------ events

    /** Pushes a recognition record of a stored person (a random one), or of an unregistered face when none is stored. */
    public PushedEvent pushRecord() {
        List<Person> all = persons.persons();
        Person p = all.isEmpty() ? null : all.get(ThreadLocalRandom.current().nextInt(all.size()));
        return emit(REC_PUSH, EventFactory.create(REC_PUSH, source, p), false);
    }

    /** Pushes a recognition record of the stored person with this customId. */
    public PushedEvent pushRecord(String customId) {
        Person p = persons.get(customId);
        if (p == null) {
            throw new IllegalArgumentException(id + " stores no person " + customId);
        }
        return emit(REC_PUSH, EventFactory.create(REC_PUSH, source, p), false);
    }

    /** Pushes a stranger snapshot (StrSnapPush). */
    public PushedEvent pushStranger() {
        return pushEvent(STR_SNAP_PUSH);
    }

    /** Pushes an event of this kind with generated content: RecPush, StrSnapPush or one of the 12 AI kinds. */
    public PushedEvent pushEvent(Operator kind) {
        if (!PUSHABLE.contains(kind)) {
            throw new IllegalArgumentException(kind + " is not an event a camera pushes (see PUSHABLE)");
        }
        return emit(kind, EventFactory.create(kind, source, null), false);
    }

    /**
     * Pushes an event given as a model record (for example a {@code FireSmokeSnapPush} with {@code fire=1}): the
     * camera sets its device id and the next RecordID / SnapID / SnapOrRecordID, and fills the time and pictures
     * the template leaves out.
     */
    public PushedEvent push(HfEvent template) {
        HfEvent e = EventFactory.complete(template, source);
        return emit(EventFactory.kindOf(e), e, false);
    }

    private PushedEvent emit(Operator kind, HfEvent event, boolean scheduled) {
        Long recordId = EventFactory.idOf(event);
        if (suppressed(kind, event, scheduled)) {
            counters.eventsSuppressed.incrementAndGet();
            return new PushedEvent(kind, recordId, event, false, true);
        }
        if (kind == REC_PUSH || kind == STR_SNAP_PUSH) {
            remember(kind, event);
        }
        String topic = kind.topicKind() == Operator.TopicKind.REC ? recTopic() : snapTopic();
        byte[] payload = rt.codec().encodeAsDevice(new HfMessage<>(kind.wireName(), null, null, event, Map.of()));
        boolean wait = resumeMode && kind.pushAckType() != 0 && recordId != null;
        if (wait) {
            Pending p = new Pending(kind, recordId, topic, payload, event);
            synchronized (pending) {
                pending.put(new PendingKey(kind.pushAckType(), recordId), p);
                long every = cfg.resendInterval.toMillis();
                p.resend = rt.scheduler().scheduleAtFixedRate(() -> resend(p), every, every, TimeUnit.MILLISECONDS);
            }
        }
        boolean sent = publish(topic, payload);
        if (sent) {
            counters.eventsPushed.incrementAndGet();
            counters.byKind.get(kind).incrementAndGet();
        } else if (!wait) {
            counters.eventsLost.incrementAndGet();
        }
        return new PushedEvent(kind, recordId, event, sent, false);
    }

    private boolean suppressed(Operator kind, HfEvent event, boolean scheduled) {
        MqttConfig m = state.mqtt();
        int behaviour = m.behaviorUploadType() == null ? 255 : m.behaviorUploadType();
        return switch (kind) {
            case REC_PUSH -> m.recordUploadType() != null && m.recordUploadType() == 0;
            case STR_SNAP_PUSH -> m.strangerUploadType() != null && m.strangerUploadType() == 1;
            case BEHAVIOR_SNAP_PUSH -> {
                Integer type = ((BehaviorSnapPush) event).behaviourType();
                int needed = type != null && type == 1 ? 2 : 1;
                yield behaviour != 255 && behaviour != needed;
            }
            case LEAVE_SNAP_PUSH -> behaviour != 255 && behaviour != 3;
            case SAFETY_RIDE_PUSH -> behaviour != 255 && behaviour != 4;
            case TEM_HIGH_SNAP_PUSH -> scheduled && Instant.now().isBefore(state.alarmResetUntil());
            default -> false;
        };
    }

    private void remember(Operator kind, HfEvent event) {
        if (cfg.recordHistory == 0) {
            return;
        }
        synchronized (history) {
            history.addLast(new StoredRecord(kind, deviceTime(), event));
            while (history.size() > cfg.recordHistory) {
                history.removeFirst();
            }
        }
    }

    /** The stored records of a kind whose time lies in [from, to], oldest first. */
    List<StoredRecord> history(Operator kind, LocalDateTime from, LocalDateTime to) {
        synchronized (history) {
            return history.stream().filter(r -> r.kind() == kind && !r.time().isBefore(from) && !r.time().isAfter(to))
                    .toList();
        }
    }

    /** Re-pushes a stored record as ManualPush does: PushType 2, no PushAck expected. */
    void manualPush(StoredRecord r) {
        HfEvent e = EventFactory.asManualPush(r.event());
        String topic = r.kind() == REC_PUSH ? recTopic() : snapTopic();
        if (publish(topic, rt.codec().encodeAsDevice(new HfMessage<>(r.kind().wireName(), null, null, e, Map.of())))) {
            counters.manualPushed.incrementAndGet();
        }
    }

    private void resend(Pending p) {
        synchronized (pending) {
            if (pending.get(new PendingKey(p.kind.pushAckType(), p.id)) != p) {
                return;
            }
        }
        if (publish(p.topic, p.payload)) {
            counters.recordsResent.incrementAndGet();
        }
    }

    /** Sends every record still waiting for its PushAck (after a reconnection); returns how many went out. */
    private int flushPending() {
        List<Pending> all;
        synchronized (pending) {
            all = new ArrayList<>(pending.values());
        }
        int n = 0;
        for (Pending p : all) {
            if (publish(p.topic, p.payload)) {
                counters.recordsResent.incrementAndGet();
                n++;
            }
        }
        return n;
    }

    private final EventFactory.Source source = new EventFactory.Source() {
        @Override
        public String id() {
            return id;
        }

        @Override
        public String now() {
            return SimulatedCamera.this.now();
        }

        @Override
        public String nowIso() {
            return deviceTime().format(DEVICE_TIME_ISO);
        }

        @Override
        public String now(long offsetSeconds) {
            return deviceTime().plusSeconds(offsetSeconds).format(DEVICE_TIME);
        }

        @Override
        public Image pic(Operator kind) {
            return Jpegs.image(cfg.picBytes, "pic-" + kind.wireName());
        }

        @Override
        public Image scene(Operator kind) {
            return Jpegs.image(cfg.sceneBytes, "scene-" + kind.wireName());
        }

        @Override
        public boolean recordsWithScene() {
            Integer t = state.mqtt().recordUploadType();
            return t == null || t != 2;
        }

        @Override
        public long nextId(Operator kind) {
            return switch (kind) {
                case REC_PUSH -> recordIds.getAndIncrement();
                case STR_SNAP_PUSH -> snapIds.getAndIncrement();
                case FULL_STR_SNAP_PUSH -> targetIds.getAndIncrement();
                default -> snapOrRecordIds.getAndIncrement();
            };
        }
    };

    String now() {
        return deviceTime().format(DEVICE_TIME);
    }

    // ------------------------------------------------------------------------------------------------ faults

    /** From now on commands are recorded but neither executed nor answered (PushAck and Online-Ack still work). */
    public void stopAnswering() {
        answering = false;
    }

    /** Answers commands again. */
    public void resumeAnswering() {
        answering = true;
    }

    /** Handles (and answers) every command this much later than it arrives; {@link Duration#ZERO} ends it. */
    public void answerLate(Duration delay) {
        answerDelay = delay == null ? Duration.ZERO : delay;
    }

    /** Ignores the next {@code n} PushAcks: the records stay pending and are sent again, no PushAck-Ack goes out. */
    public void dropPushAcks(int n) {
        pushAcksToDrop.set(n);
    }

    /**
     * Answers the next {@code times} commands {@code operator} with the appendix error {@code code} (its reply
     * operator, {@code code}, {@code result: "fail"} and the appendix text as {@code detail}) instead of executing
     * them; after that the command works again. For a camera that is busy a few times (410), a clock it cannot set
     * (463), or any other error a test needs the platform to handle. A later call for the same operator replaces
     * this one.
     *
     * @param operator a command's wire name, for example {@code "AddPersons"}
     * @param times how many commands fail, {@link Integer#MAX_VALUE} for all until {@link #clearCommandFailures()}
     * @throws IllegalArgumentException when {@code operator} is not a command or {@code times} is below 1
     */
    public void failCommands(String operator, int code, int times) {
        Optional<Operator> op = Operator.of(operator);
        if (op.isEmpty() || op.get().direction() != Operator.Direction.COMMAND) {
            throw new IllegalArgumentException(operator + " is not a command a camera answers");
        }
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        failures.put(operator, new Failure(code, new AtomicInteger(times)));
    }

    /** Answers every command {@code operator} with the appendix error {@code code}, until cleared. */
    public void failCommands(String operator, int code) {
        failCommands(operator, code, Integer.MAX_VALUE);
    }

    /** Ends every {@link #failCommands} injection. */
    public void clearCommandFailures() {
        failures.clear();
    }

    /**
     * Answers {@code operator} with the info {@code script} returns instead of executing the command, for replies
     * the simulator does not produce itself (a firmware's quirk, an operator of a newer firmware). The reply goes on
     * {@code .../Ack} with the command's messageId, under the document's reply operator ({@code X-Ack} for an
     * operator the simulator does not know) and with {@code code 200} where the document's example has one (always
     * for an unknown operator). The info is sent as the camera sends numbers: as strings. A {@code null} info sends
     * no answer. A command {@link #failCommands failing} fails rather than being scripted.
     *
     * @param operator the command's wire name; any name but the platform's acknowledgements (Online-Ack, PushAck)
     * @param script from the received command to the reply's info (a model record or a Map)
     */
    public void scriptAnswer(String operator, Function<ReceivedCommand, Object> script) {
        Optional<Operator> op = Operator.of(operator);
        if (op.isPresent() && op.get().direction() != Operator.Direction.COMMAND) {
            throw new IllegalArgumentException(operator + " is not a command a camera answers");
        }
        scripts.put(operator, java.util.Objects.requireNonNull(script, "script"));
    }

    /** Ends every {@link #scriptAnswer} script: the commands are executed again. */
    public void clearScriptedAnswers() {
        scripts.clear();
    }

    /**
     * Sends every record that waits for its PushAck again now, as resume mode does every resend interval (the
     * timers keep running). For a test that needs "the camera sent it again" at a chosen moment.
     *
     * @return how many records were sent
     */
    public int resendPending() {
        return flushPending();
    }

    /**
     * Loses the network: the connection closes without DISCONNECT, so the broker publishes the Offline will. The
     * camera stays away until {@link #restoreNetwork()}; records produced meanwhile are lost, or kept in resume mode.
     */
    public void loseNetwork() {
        outages.incrementAndGet();
        networkDown = true;
        cancel(reconnectTask);
        link.drop(this, false);
        wentDown();
    }

    /** Loses the network for {@code outage}, then reconnects (Online again). */
    public void loseNetwork(Duration outage) {
        loseNetwork();
        restoreLater(outage);
    }

    /** Restores the network after {@code delay} unless another outage began meanwhile. */
    private void restoreLater(Duration delay) {
        long outage = outages.get();
        rt.scheduler().schedule(() -> {
            if (outages.get() == outage) {
                restoreNetwork();
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Ends {@link #loseNetwork()}: the camera reconnects and sends Online. */
    public void restoreNetwork() {
        if (closed) {
            return;
        }
        networkDown = false;
        link.open(this);
    }

    /**
     * Reboots: the connection drops without DISCONNECT (Offline will), and after the reboot duration the camera
     * connects again and sends Online. Persons, configuration and pending records survive, as in flash.
     */
    public void restart() {
        reboot(false);
    }

    void reboot(boolean flushReply) {
        outages.incrementAndGet();
        networkDown = true;
        cancel(reconnectTask);
        link.drop(this, flushReply);
        wentDown();
        restoreLater(cfg.rebootDuration);
    }

    // ------------------------------------------------------------------------------------------------ connection

    void start() {
        link.open(this);
        for (Map.Entry<Operator, Double> e : cfg.eventRates.entrySet()) {
            if (e.getValue() <= 0) {
                continue;
            }
            long period = Math.max(1, Math.round(60_000.0 / e.getValue()));
            long first = ThreadLocalRandom.current().nextLong(period);
            Operator kind = e.getKey();
            synchronized (schedules) {
                schedules.add(rt.scheduler().scheduleAtFixedRate(() -> scheduledPush(kind), first, period,
                        TimeUnit.MILLISECONDS));
            }
        }
    }

    private void scheduledPush(Operator kind) {
        if (!connected && !resumeMode) {
            return;
        }
        try {
            HfEvent e;
            if (kind == REC_PUSH) {
                List<Person> all = persons.persons();
                e = EventFactory.create(kind, source, all.isEmpty() ? null
                        : all.get(ThreadLocalRandom.current().nextInt(all.size())));
            } else {
                e = EventFactory.create(kind, source, null);
            }
            emit(kind, e, true);
        } catch (RuntimeException ex) {
            LOG.warn("{}: scheduled {} failed", id, kind, ex);
        }
    }

    /** Called by the link once connected and subscribed. */
    void linkUp() {
        inbox.execute(() -> {
            if (closed || networkDown) {
                return;
            }
            connected = true;
            onlineAcked = false;
            counters.connects.incrementAndGet();
            LOG.debug("{} connected", id);
            sendOnline();
            scheduleTimers();
            flushPending();
        });
    }

    /** Called by the link when the connection is gone (not after {@link #loseNetwork()}, which calls it itself). */
    void linkDown(Throwable cause) {
        inbox.execute(() -> {
            wentDown();
            if (!closed && !networkDown) {
                LOG.debug("{} lost its connection: {}", id, String.valueOf(cause));
                cancel(reconnectTask);
                reconnectTask = rt.scheduler().schedule(() -> {
                    if (!closed && !networkDown) {
                        link.open(this);
                    }
                }, cfg.reconnectDelay.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }

    private synchronized void wentDown() {
        connected = false;
        cancel(heartbeatTask);
        cancel(onlineTask);
        heartbeatTask = null;
        onlineTask = null;
    }

    private synchronized void scheduleTimers() {
        cancel(heartbeatTask);
        cancel(onlineTask);
        long every = heartbeatInterval.toMillis();
        heartbeatTask = rt.scheduler().scheduleAtFixedRate(this::sendHeartbeat, every, every, TimeUnit.MILLISECONDS);
        onlineTask = rt.scheduler().scheduleAtFixedRate(() -> {
            if (!onlineAcked) {
                sendOnline();
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    /** UpMQTTconfig changed KeepAliveInterval: heartbeats (and Online repeats) follow the new interval. */
    void heartbeatInterval(Duration interval) {
        heartbeatInterval = interval;
        if (connected) {
            scheduleTimers();
        }
    }

    private void sendOnline() {
        Online online = Online.builder().deviceId(id).username(cfg.username == null ? "admin" : cfg.username)
                .ip("127.0.0.1").deviceName("IPC" + id).time(now()).build();
        if (publish(onlineTopic(), rt.codec().encodeAsDevice(
                new HfMessage<>(Operator.ONLINE.wireName(), null, null, online, Map.of())))) {
            counters.onlineSent.incrementAndGet();
        }
    }

    /**
     * Sends a HeartBeat now, besides the ones of the heartbeat timer (with a long {@code heartbeatInterval} a test
     * chooses when the platform hears from the camera).
     */
    public void sendHeartbeat() {
        HeartBeat hb = HeartBeat.builder().deviceId(id).time(now()).build();
        if (publish(heartbeatTopic(), rt.codec().encodeAsDevice(
                new HfMessage<>(Operator.HEART_BEAT.wireName(), null, null, hb, Map.of())))) {
            counters.heartbeatsSent.incrementAndGet();
        }
    }

    /** The Offline message, registered as the MQTT will on the online topic. */
    byte[] offlinePayload() {
        return rt.codec().encodeAsDevice(new HfMessage<>(Operator.OFFLINE.wireName(), null, null,
                Offline.builder().deviceId(id).build(), Map.of()));
    }

    boolean publish(String topic, byte[] payload) {
        return connected && link.publish(this, topic, payload);
    }

    /** Publishes a reply on {@code .../Ack}. */
    void reply(HfMessage<?> message) {
        HfMessage<?> m = message;
        if (message.info() instanceof HfReply) {
            // the core's model writes HfReply.isOk() as an extra "ok": true that no firmware sends: leave it out
            com.fasterxml.jackson.databind.node.ObjectNode tree = rt.codec().mapper().valueToTree(message.info());
            tree.remove("ok");
            m = new HfMessage<>(message.operatorName(), message.messageId(), message.code(), tree, message.envelope());
        }
        Instant at = Instant.now();
        if (publish(ackTopic(), rt.codec().encodeAsDevice(m))) {
            counters.repliesSent.incrementAndGet();
            synchronized (sent) {
                sent.addLast(new SentReply(at, m.operatorName(), m.messageId(), m.code()));
                while (sent.size() > cfg.receivedHistory) {
                    sent.removeFirst();
                }
            }
        }
    }

    /** Cleanly disconnects (no will) and stops every timer. */
    void close() {
        closed = true;
        synchronized (schedules) {
            schedules.forEach(SimulatedCamera::cancel);
            schedules.clear();
        }
        cancel(reconnectTask);
        synchronized (pending) {
            pending.values().forEach(p -> cancel(p.resend));
        }
        wentDown();
        link.close(this);
    }

    private static void cancel(ScheduledFuture<?> f) {
        if (f != null) {
            f.cancel(false);
        }
    }

    // ------------------------------------------------------------------------------------------------ inbound

    /** Called by the link for every message on the cloud topic (on Paho's thread: hand over at once). */
    void receive(String topic, byte[] payload) {
        inbox.execute(() -> handle(topic, payload));
    }

    private void handle(String topic, byte[] payload) {
        HfMessage<Object> msg = null;
        String operator;
        String messageId;
        try {
            msg = rt.codec().decode(payload);
            operator = msg.operatorName();
            messageId = msg.messageId();
        } catch (HfProtocolException e) {
            JsonNode tree = readTree(payload);
            operator = tree == null ? null : text(tree.get("operator"));
            messageId = tree == null ? null : text(tree.get("messageId"));
            LOG.debug("{}: unreadable {} ({})", id, operator, e.getMessage());
        }
        ReceivedCommand rc = new ReceivedCommand(Instant.now(), topic, operator, messageId, msg, payload.length);
        Optional<Operator> op = operator == null ? Optional.empty() : Operator.of(operator);
        if (op.isPresent() && op.get().direction() == Operator.Direction.EVENT) {
            // a device's own message on a shared topic: not for a camera
            return;
        }
        synchronized (received) {
            received.addLast(rc);
            while (received.size() > cfg.receivedHistory) {
                received.removeFirst();
            }
        }
        counters.commandsReceived.incrementAndGet();
        Function<ReceivedCommand, Object> script = operator == null ? null : scripts.get(operator);
        if (op.isEmpty() && script == null) {
            // an operator the firmware does not know: no answer
            return;
        }
        if (op.isPresent() && op.get() == Operator.ONLINE_ACK) {
            onOnlineAck(msg);
            return;
        }
        if (op.isPresent() && op.get() == Operator.PUSH_ACK) {
            onPushAck(msg);
            return;
        }
        if (!answering) {
            counters.commandsIgnored.incrementAndGet();
            return;
        }
        HfMessage<Object> m = msg;
        String mid = messageId;
        Runnable answer;
        Failure failure = operator == null ? null : failures.get(operator);
        if (failure != null && failure.remaining().getAndUpdate(SimulatedCamera::countDown) > 0) {
            answer = () -> processor.fail(op.get(), mid, failure.code());
        } else if (script != null) {
            String name = operator;
            answer = () -> processor.scripted(name, op, mid, script.apply(rc));
        } else {
            Operator o = op.get();
            answer = () -> processor.process(o, m, mid, payload.length);
        }
        Duration delay = answerDelay;
        if (delay.isZero() || delay.isNegative()) {
            answer.run();
        } else {
            rt.scheduler().schedule(() -> inbox.execute(answer), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** One less failure to inject, except for "all of them" ({@link Integer#MAX_VALUE}). */
    private static int countDown(int n) {
        return n == Integer.MAX_VALUE ? n : Math.max(0, n - 1);
    }

    private void onOnlineAck(HfMessage<Object> msg) {
        String target = msg != null && msg.info() instanceof OnlineAck a ? a.deviceId() : null;
        if (target != null && !target.isEmpty() && !target.equals(id)) {
            return;
        }
        onlineAcked = true;
    }

    private void onPushAck(HfMessage<Object> msg) {
        if (msg == null || !(msg.info() instanceof PushAck ack) || ack.pushAckType() == null
                || ack.snapOrRecordId() == null) {
            return;
        }
        if (pushAcksToDrop.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            counters.pushAcksDropped.incrementAndGet();
            return;
        }
        counters.pushAcksReceived.incrementAndGet();
        Pending p;
        synchronized (pending) {
            p = pending.remove(new PendingKey(ack.pushAckType(), ack.snapOrRecordId()));
        }
        if (p != null) {
            cancel(p.resend);
            counters.recordsAcked.incrementAndGet();
        }
        // section 8.2 / 8.4 / 8.6: the firmware spells the id key "facesluicId" here
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("facesluicId", id);
        info.put("result", "ok");
        info.put("PushAckType", ack.pushAckType());
        info.put("SnapOrRecordID", ack.snapOrRecordId());
        reply(new HfMessage<>(Operator.PUSH_ACK_ACK.wireName(), msg.messageId(), null, info, Map.of()));
    }

    private JsonNode readTree(byte[] payload) {
        try {
            return rt.codec().mapper().readTree(payload);
        } catch (Exception e) {
            return null;
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isContainerNode() ? null : n.asText();
    }

    @Override
    public String toString() {
        return "SimulatedCamera[" + id + (connected ? ", connected" : "") + "]";
    }
}
