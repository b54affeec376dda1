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

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import io.github.camelhfcamera.hfcamera.protocol.DeviceIds;
import io.github.camelhfcamera.hfcamera.protocol.HfCodec;
import io.github.camelhfcamera.hfcamera.protocol.HfMessage;
import io.github.camelhfcamera.hfcamera.protocol.HfValidationException;
import io.github.camelhfcamera.hfcamera.protocol.MessageIds;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.model.OnlineAck;
import io.github.camelhfcamera.hfcamera.protocol.model.PushAck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MQTT connection to the broker that a fleet of cameras uses, and every duty of the protocol on it: the façade
 * that ties the duties together.
 * <ul>
 * <li>{@link MqttTransport}: connect, reconnect, subscribe, publish (the HiveMQ MQTT client, MQTT 5);</li>
 * <li>{@link InboundRouter}: topic classification and the checks every message passes, the bounded queue to the event
 * workers;</li>
 * <li>{@link RequestTracker}: commands waiting for their answer by messageId, timeouts, connection loss;</li>
 * <li>{@link RecordDelivery}: records claimed once, delivered, acknowledged (PushAck) after the listeners;</li>
 * <li>{@link GapRecovery}, the {@link DeviceRegistry}, the person lanes, and {@link SessionStats}.</li>
 * </ul>
 * The event topics (Rec, Snap) are subscribed once {@link #openEvents()} is called, so that no record is acknowledged
 * before the listeners are there; with a shared subscription group they are subscribed as
 * {@code $share/{group}/...} so that several instances split a fleet. The reply topic, heartbeat and online topics
 * are never shared: each instance sees the acks of its own commands and keeps a full registry.
 * <p>
 * No Camel in here: the Camel layer is a thin adapter on this class, and hands in its threads
 * ({@link HfSessionConfig#executors(HfSessionExecutors)}).
 */
public final class HfSession implements AutoCloseable, InboundRouter.Host, RecordDelivery.Host, GapRecovery.Host {

    private static final Logger LOG = LoggerFactory.getLogger(HfSession.class);

    private final HfSessionConfig config;
    private final HfCodec codec;
    private final MessageIds ids = new MessageIds();
    private final SessionStats stats = new SessionStats();
    private final HfSessionExecutors executors;
    private final DeviceRegistry registry;
    private final RequestTracker tracker;
    private final RecordDelivery delivery;
    private final GapRecovery gapRecovery;
    private final PersonLanes lanes;
    private final Inbox inbox;
    private final InboundRouter router;
    private final MqttTransport transport;
    private final java.util.concurrent.atomic.AtomicLong lastSendDropLog = new java.util.concurrent.atomic.AtomicLong(
            System.nanoTime() - 20_000_000_000L);
    private final List<HfEventListener> listeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> baseSubscribed = new CompletableFuture<>();
    private volatile boolean eventsOpen;
    private volatile boolean eventsSubscribed;
    private volatile boolean connected;
    private volatile boolean closed;

    public HfSession(HfSessionConfig config) {
        this(config, new HfCodec());
    }

    /**
     * @throws IllegalArgumentException when a setting is invalid (the message names it): never a connection failure
     */
    public HfSession(HfSessionConfig config, HfCodec codec) {
        config.validate();
        this.config = config;
        this.codec = codec;
        this.executors = config.executors() != null ? config.executors()
                : HfSessionExecutors.create("hfcamera", config.eventThreads());
        RecordRepository records = config.recordRepository() != null ? config.recordRepository()
                : RecordRepository.inMemory();
        this.registry = new DeviceRegistry(Clock.systemUTC(), this::onTransition, config.maxDevices());
        this.tracker = new RequestTracker(codec, executors.scheduler(), executors.replies(), stats);
        this.delivery = new RecordDelivery(this, records, stats);
        this.gapRecovery = config.gapRecovery()
                ? new GapRecovery(this, config.gapRecoveryMargin(), executors.replies(), stats) : null;
        this.lanes = new PersonLanes(executors.scheduler());
        this.inbox = new Inbox(config.maxQueuedMessages(), config.maxQueuedBytes());
        this.router = new InboundRouter(config, codec, this, registry, tracker, delivery, gapRecovery, stats, inbox);
        String clientId = config.clientId() == null || config.clientId().isBlank()
                ? "hfcamera-" + UUID.randomUUID().toString().substring(0, 8) : config.clientId();
        this.transport = new MqttTransport(config, clientId, executors.network(), executors.sender(), router);
    }

    // ------------------------------------------------------------------------------------------- lifecycle

    /**
     * Connects and subscribes; waits at most the connection timeout.
     *
     * @throws HfCameraConnectionException naming the broker, the client id and the user (never the password) when
     *                                     the broker cannot be reached or refuses the connection
     */
    public void start() {
        try {
            for (int i = 0; i < executors.eventThreads(); i++) {
                executors.events().execute(router::work);
            }
            transport.connect();
            long waitMs = config.connectionTimeout() > 0 ? config.connectionTimeout() * 1000L + 1000 : 60_000;
            // the answer topic must be subscribed before the first command goes out
            baseSubscribed.get(waitMs, TimeUnit.MILLISECONDS);
        } catch (HfCameraConnectionException e) {
            close();
            throw e;
        } catch (Exception e) {
            close();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new HfCameraConnectionException("cannot subscribe on " + config.brokerUrl() + ": "
                    + HfCameraConnectionException.reason(unwrap(e instanceof java.util.concurrent.ExecutionException
                            ? e.getCause() : e)), e);
        }
        long tick = Math.max(50, Math.min(1000, config.heartbeatInterval().toMillis() / 4));
        executors.scheduler().scheduleWithFixedDelay(this::checkHeartbeats, tick, tick, TimeUnit.MILLISECONDS);
        LOG.info("Connected to {} as {}", config.brokerUrl(), transport.clientId());
    }

    /** Subscribes the event topics (Rec, Snap): records arrive from now on and are acknowledged. Idempotent. */
    public void openEvents() {
        if (eventsOpen) {
            return;
        }
        eventsOpen = true;
        if (isConnected()) {
            subscribeEvents();
        }
    }

    public boolean isEventsOpen() {
        return eventsOpen;
    }

    /** True once the broker confirmed the event subscriptions of the current connection. */
    public boolean isEventsSubscribed() {
        return eventsSubscribed && isConnected();
    }

    /** True while the broker connection is up. */
    public boolean isConnected() {
        return connected && transport.isConnected();
    }

    @Override
    public void close() {
        closed = true;
        tracker.failAll("the session was closed");
        // first: the network thread stops waiting for room and reads on (what arrives now is not taken, and its
        // devices send it again), so that neither the DISCONNECT nor the broker's queue for this session waits
        // behind slow routes while the records in flight complete
        inbox.close();
        int left = delivery.awaitIdle(Duration.ofSeconds(10));
        if (left > 0) {
            LOG.warn("Closing with {} records still being delivered", left);
        }
        transport.close();
        executors.shutdown();
        connected = false;
    }

    // ------------------------------------------------------------------------------------------- accessors

    public HfSessionConfig config() {
        return config;
    }

    /** The MQTT client id of the connection: the configured one, or the one generated for it. */
    public String clientId() {
        return transport.clientId();
    }

    public HfCodec codec() {
        return codec;
    }

    public DeviceRegistry registry() {
        return registry;
    }

    public SessionStats stats() {
        return stats;
    }

    /** How many commands wait for their answer. */
    public int pendingCommands() {
        return tracker.size();
    }

    /** How many messages wait in the queue to the event workers, and their bytes. */
    public int queuedMessages() {
        return inbox.size();
    }

    public long queuedBytes() {
        return inbox.bytes();
    }

    PersonLanes personLanes() {
        return lanes;
    }

    public void addListener(HfEventListener listener) {
        listeners.add(listener);
    }

    /**
     * Removes a listener. When the last one goes (the consumers stop, before the application does), the record topics
     * are unsubscribed and records still arriving are no longer acknowledged: the devices keep them and send them
     * again to whoever listens next (another instance of the group, or this application after its restart).
     */
    public void removeListener(HfEventListener listener) {
        removeListener(listener, true);
    }

    /**
     * {@link #removeListener(HfEventListener)}, unsubscribing the record topics only when {@code unsubscribe}: a
     * caller that closes the session next leaves that to the DISCONNECT.
     */
    public void removeListener(HfEventListener listener, boolean unsubscribe) {
        listeners.remove(listener);
        if (listeners.isEmpty() && eventsOpen) {
            eventsOpen = false;
            eventsSubscribed = false;
            if (unsubscribe && transport.isConnected()) {
                transport.unsubscribe(eventFilters()).whenComplete((v, x) -> {
                    if (x != null) {
                        LOG.debug("Cannot unsubscribe the record topics: {}", x.toString());
                    }
                });
            }
        }
    }

    /** True when at least one listener (consumer) is registered. */
    public boolean hasListeners() {
        return !listeners.isEmpty();
    }

    @Override
    public List<HfEventListener> listeners() {
        return listeners;
    }

    @Override
    public boolean acceptingRecords() {
        return eventsOpen && !closed;
    }

    @Override
    public boolean gapRecovery() {
        return gapRecovery != null;
    }

    @Override
    public java.util.Optional<DeviceState> state(String deviceId) {
        return registry.state(deviceId);
    }

    // ------------------------------------------------------------------------------------------- requests

    /**
     * Sends a command and completes with the device's reply; correlated by messageId only. Completes exceptionally
     * with {@link HfCameraDeviceException} when the device answers with an error code or {@code result: "fail"},
     * {@link HfCameraTimeoutException} when it does not answer within the timeout,
     * {@link HfCameraConnectionException} when the command cannot be published (not connected), and
     * {@link HfValidationException} (an IllegalArgumentException, before anything is published) when the device id
     * is invalid or not allowed, or the command is larger than the broker accepts.
     *
     * @param operator     the operator of the table, or {@code null} for an operator it does not know (the reply is
     *                     then read as a Map)
     * @param operatorName the operator as sent
     */
    public CompletableFuture<HfMessage<Object>> request(String deviceId, Operator operator, String operatorName,
                                                        Object info, Duration timeout) {
        String problem = DeviceIds.problem(deviceId);
        if (problem != null) {
            return CompletableFuture.failedFuture(new HfValidationException("deviceId", problem + "; "
                    + DeviceIds.printable(operatorName) + " not sent"));
        }
        if (!config.allowedDevices().isEmpty() && !config.allowedDevices().contains(deviceId)) {
            // refused before anything is published: commands go only to the devices whose messages are accepted
            return CompletableFuture.failedFuture(new HfValidationException("deviceId", "'" + deviceId
                    + "' is not in allowedDevices; " + operatorName + " not sent"));
        }
        String messageId = ids.next();
        byte[] payload = codec.encode(new HfMessage<>(operatorName, messageId, null, info, Map.of()));
        String topic = cloudTopic(deviceId);
        int packet = packetSize(topic, payload);
        int limit = transport.sendLimit();
        if (packet > limit) {
            return CompletableFuture.failedFuture(new HfValidationException("body", operatorName + " for " + deviceId
                    + " is " + packet + " bytes as an MQTT packet; the broker accepts at most " + limit
                    + " (its Maximum Packet Size); not sent"));
        }
        RequestTracker.Pending p = tracker.register(messageId, deviceId, operator, operatorName, timeout);
        try {
            transport.publish(topic, payload);
            stats.commands.incrementAndGet();
            LOG.debug("Sent {} to {} (messageId {}, {} bytes)", operatorName, deviceId, messageId, payload.length);
        } catch (RuntimeException e) {
            tracker.abandon(p, e instanceof MqttTransport.SendQueueFullException ? new HfCameraException(
                    "cannot send " + operatorName + " to " + deviceId + ": " + e.getMessage(), e)
                    : e instanceof HfCameraConnectionException c ? new HfCameraConnectionException(
                    "cannot send " + operatorName + " to " + deviceId + ": " + c.getMessage(), c)
                    : new HfCameraConnectionException("cannot send " + operatorName + " to " + deviceId + ": "
                            + e.getMessage(), e));
        }
        return p.future;
    }

    /** {@link #request} with the timeout the operator calls for: batchTimeout for batches and DeleteAllPerson. */
    @Override
    public CompletableFuture<HfMessage<Object>> request(String deviceId, Operator operator, Object info) {
        return request(deviceId, operator, operator.wireName(), info, timeoutFor(operator));
    }

    public Duration timeoutFor(Operator operator) {
        return operator != null && (operator.isBatch() || operator == Operator.DELETE_ALL_PERSON)
                ? config.batchTimeout() : config.requestTimeout();
    }

    /** The largest command payload that fits the broker's packet limit on this connection (for batch splitting). */
    public int maxCommandPayload(String deviceId) {
        return transport.sendLimit() - packetSize(cloudTopic(deviceId), new byte[0]);
    }

    /** The size of a PUBLISH of {@code payload} on {@code topic} at QoS 0 without properties. */
    private static int packetSize(String topic, byte[] payload) {
        int remaining = 2 + topic.getBytes(StandardCharsets.UTF_8).length + 1 + payload.length;
        int lengthBytes = remaining < 128 ? 1 : remaining < 16_384 ? 2 : remaining < 2_097_152 ? 3 : 4;
        return 1 + lengthBytes + remaining;
    }

    /** Completes after {@code delay} (for retries). */
    public CompletableFuture<Void> delay(Duration delay) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        executors.scheduler().schedule(() -> f.complete(null), delay.toMillis(), TimeUnit.MILLISECONDS);
        return f;
    }

    private String cloudTopic(String deviceId) {
        return config.topicPrefix() + "/" + deviceId;
    }

    // ------------------------------------------------------------------------------------------- connection

    private List<String> baseFilters() {
        return List.of(config.topicPrefix() + "/+/Ack", config.heartbeatTopic(), config.onlineTopic());
    }

    private List<String> eventFilters() {
        String share = config.sharedSubscriptionGroup() == null ? ""
                : "$share/" + config.sharedSubscriptionGroup() + "/";
        return List.of(share + config.topicPrefix() + "/+/Rec", share + config.topicPrefix() + "/+/Snap");
    }

    private void subscribeEvents() {
        transport.subscribe(eventFilters()).whenComplete((v, x) -> {
            if (x == null) {
                eventsSubscribed = true;
                LOG.debug("Subscribed {}", eventFilters());
            } else {
                LOG.warn("Subscription failed: {}", unwrap(x).getMessage());
            }
        });
    }

    @Override
    public void onConnected(boolean reconnect) {
        connected = true;
        // clean start: the broker forgot the subscriptions, so they are made again on every connect
        transport.subscribe(baseFilters()).whenComplete((v, x) -> {
            if (x == null) {
                baseSubscribed.complete(null);
            } else {
                LOG.warn("Subscription failed: {}", unwrap(x).getMessage());
                baseSubscribed.completeExceptionally(unwrap(x));
            }
        });
        if (eventsOpen) {
            subscribeEvents();
        }
        if (reconnect) {
            stats.reconnects.incrementAndGet();
            LOG.info("Reconnected to {}, subscriptions restored", config.brokerUrl());
        }
    }

    @Override
    public void onDisconnected(String reason) {
        connected = false;
        eventsSubscribed = false;
        if (!closed) {
            LOG.warn("Disconnected from {}: {}", config.brokerUrl(), reason);
            tracker.failAll("the connection to " + config.brokerUrl() + " was lost");
            if (gapRecovery != null) {
                gapRecovery.sessionAway(registry.snapshot());
            }
        }
    }

    @Override
    public void sendOnlineAck(String deviceId) {
        OnlineAck ack = OnlineAck.builder().deviceId(deviceId).result("ok").detail("").build();
        try {
            transport.publish(cloudTopic(deviceId), codec.encode(Operator.ONLINE_ACK, ids.next(), ack));
            stats.onlineAcks.incrementAndGet();
        } catch (MqttTransport.SendQueueFullException e) {
            sendDropped("Online-Ack", deviceId);
        } catch (RuntimeException e) {
            LOG.warn("Cannot send Online-Ack to {}: {}", deviceId, e.getMessage());
        }
    }

    @Override
    public void sendPushAck(HfDeviceEvent e) {
        PushAck ack = PushAck.builder().pushAckType(e.operator().pushAckType()).snapOrRecordId(e.recordId()).build();
        try {
            transport.publish(cloudTopic(e.deviceId()), codec.encode(Operator.PUSH_ACK, ids.next(), ack));
            stats.pushAcks.incrementAndGet();
        } catch (MqttTransport.SendQueueFullException x) {
            sendDropped("PushAck", e.deviceId());
        } catch (RuntimeException x) {
            LOG.warn("Cannot send PushAck for {} {} to {}: {}", e.operatorName(), e.recordId(), e.deviceId(),
                    x.getMessage());
        }
    }

    /** An acknowledgement the full sender queue had no room for: counted, logged at most every 10 s. */
    private void sendDropped(String what, String deviceId) {
        long n = stats.sendDropped.incrementAndGet();
        long now = System.nanoTime();
        long last = lastSendDropLog.get();
        if (now - last > 10_000_000_000L && lastSendDropLog.compareAndSet(last, now)) {
            LOG.warn("The queue of messages to {} is full: {} to {} not sent ({} acknowledgements so far); the device"
                     + " sends its message again", config.brokerUrl(), what, deviceId, n);
        }
    }

    // ------------------------------------------------------------------------------------------- registry

    private void checkHeartbeats() {
        try {
            registry.checkHeartbeats(config.heartbeatInterval(), config.heartbeatMissesBeforeLost());
            List<String> gone = registry.forgetSilentSince(java.time.Instant.now().minus(config.deviceExpiry()));
            if (!gone.isEmpty()) {
                router.forget(gone);
                clockSets.keySet().removeAll(gone);
                LOG.info("Forgot {} devices not heard from for {} (deviceExpiry)", gone.size(), config.deviceExpiry());
            }
        } catch (RuntimeException e) {
            LOG.warn("Heartbeat check failed: {}", e.toString());
        }
    }

    private void onTransition(DeviceStatus status, DeviceState before) {
        LOG.info("Device {} is {} (was {})", status.deviceId(), status.state(), before == null ? "unknown" : before);
        if (gapRecovery != null && status.state() != DeviceState.ONLINE) {
            gapRecovery.away(status.deviceId(), status.lastSeen());
        }
        String name = switch (status.state()) {
            case ONLINE -> HfDeviceEvent.DEVICE_ONLINE;
            case LOST -> HfDeviceEvent.DEVICE_LOST;
            case OFFLINE -> null; // the device's own Offline is routed as such
        };
        if (name != null && !closed) {
            HfDeviceEvent e = new HfDeviceEvent("", status.deviceId(), name, null, status, null, null);
            try {
                // never on the network thread, where a transition may start (an answer after a lost device)
                executors.replies().execute(() -> delivery.route(e));
            } catch (RejectedExecutionException x) {
                LOG.debug("Session closing, {} not routed", name);
            }
        }
    }

    // ------------------------------------------------------------------------------------------- clocks

    private static final java.time.format.DateTimeFormatter DEVICE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    /** Per device, when clockSync last set its clock (System.nanoTime()). */
    private final java.util.concurrent.ConcurrentMap<String, Long> clockSets =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A device's time, said in a message handled now: its offset to this machine's clock (the device's local time
     * read in the JVM's time zone, as gap recovery writes it) goes to the registry; with clockSync, a device too far
     * off gets SetSysTime.
     */
    @Override
    public void clockSample(String deviceId, String deviceTime) {
        java.time.LocalDateTime t;
        try {
            t = java.time.LocalDateTime.parse(deviceTime.trim().replace('T', ' '), DEVICE_TIME);
        } catch (RuntimeException e) {
            LOG.debug("Device {} sent a time that is not YYYY-MM-DD hh:mm:ss: {}", deviceId,
                    DeviceIds.printable(deviceTime, 32));
            return;
        }
        java.time.Instant now = java.time.Instant.now();
        // the device gives whole seconds: its clock is, on average, half a second later than the time it gives
        Duration offset = Duration.between(now, t.atZone(java.time.ZoneId.systemDefault()).toInstant())
                .plusMillis(500);
        registry.clockOffset(deviceId, offset);
        if (!config.clockSync() || offset.abs().compareTo(config.maxClockOffset()) <= 0 || closed) {
            return;
        }
        long nanos = System.nanoTime();
        Long last = clockSets.get(deviceId);
        if (last != null && nanos - last < config.clockSyncInterval().toNanos()) {
            return;
        }
        if (last == null ? clockSets.putIfAbsent(deviceId, nanos) != null : !clockSets.replace(deviceId, last, nanos)) {
            return;
        }
        java.time.LocalDateTime local = java.time.LocalDateTime.now().plusNanos(500_000_000L).withNano(0);
        String value = local.format(DEVICE_TIME);
        LOG.info("Device {} clock is {} s {} (maxClockOffset {} s): setting it to {} (SetSysTime)", deviceId,
                Math.abs(offset.toMillis()) / 1000.0, offset.isNegative() ? "behind" : "ahead",
                config.maxClockOffset().toMillis() / 1000.0, value);
        io.github.camelhfcamera.hfcamera.protocol.model.SysTime set =
                io.github.camelhfcamera.hfcamera.protocol.model.SysTime.builder().sysTime(value).build();
        request(deviceId, Operator.SET_SYS_TIME, set).whenComplete((reply, x) -> {
            if (x == null) {
                stats.clockSyncs.incrementAndGet();
                LOG.info("Device {} clock set", deviceId);
            } else {
                LOG.warn("Device {} clock not set: {}", deviceId, unwrap(x).getMessage());
            }
        });
    }

    // ------------------------------------------------------------------------------------------- helpers

    /** The cause of a CompletionException. */
    public static Throwable unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
