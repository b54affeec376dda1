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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.camelhfcamera.hfcamera.protocol.ErrorCodes;
import io.github.camelhfcamera.hfcamera.protocol.HfCodec;
import io.github.camelhfcamera.hfcamera.protocol.HfEvent;
import io.github.camelhfcamera.hfcamera.protocol.HfMessage;
import io.github.camelhfcamera.hfcamera.protocol.HfProtocolException;
import io.github.camelhfcamera.hfcamera.protocol.HfReply;
import io.github.camelhfcamera.hfcamera.protocol.MessageIds;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.model.ManualPushReply;
import io.github.camelhfcamera.hfcamera.protocol.model.ManualPushRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.Online;
import io.github.camelhfcamera.hfcamera.protocol.model.OnlineAck;
import io.github.camelhfcamera.hfcamera.protocol.model.PushAck;
import io.github.camelhfcamera.hfcamera.protocol.model.RecPush;
import io.github.camelhfcamera.hfcamera.protocol.model.StrSnapPush;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MQTT connection to the broker that a fleet of cameras uses, and every duty of the protocol on it.
 * <p>
 * One Paho MQTT v5 client, wildcard subscriptions ({@code {prefix}/+/Ack}, {@code /Rec}, {@code /Snap}, the heartbeat
 * and online topics) and one callback that dispatches inside: replies to the pending request of the same messageId
 * (never matched by operator name), events to the listeners. The session answers Online with Online-Ack once per
 * message, acknowledges records (PushAck) only after every listener processed them, keeps records already seen out
 * of the listeners, absorbs PushAck-Ack, keeps the {@link DeviceRegistry}, and counts and reports bad input.
 * <p>
 * The event topics (Rec, Snap) are subscribed once {@link #openEvents()} is called, so that no record is acknowledged
 * before the listeners are there; with a shared subscription group they are subscribed as
 * {@code $share/{group}/...} so that several instances split a fleet. The reply topic, heartbeat and online topics
 * are never shared: each instance sees the acks of its own commands and keeps a full registry.
 * <p>
 * No Camel in here: the Camel layer is a thin adapter on this class.
 */
public final class HfSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HfSession.class);
    /** For peeking at an answer's messageId; its error messages never quote the payload (it may be an image). */
    private static final JsonFactory JSON = JsonFactory.builder()
            .errorReportConfiguration(com.fasterxml.jackson.core.ErrorReportConfiguration.builder()
                    .maxErrorTokenLength(32).maxRawContentLength(0).build())
            .build();

    private final HfSessionConfig config;
    private final HfCodec codec;
    private final MessageIds ids = new MessageIds();
    private final RecordRepository records;
    private final DeviceRegistry registry;
    private final ConcurrentMap<String, Pending> pending = new ConcurrentHashMap<>();
    private final List<HfEventListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Set<String> inFlightRecords = ConcurrentHashMap.newKeySet();
    private final ConcurrentMap<String, DeviceLane> lanes = new ConcurrentHashMap<>();
    /** Numbers the messages in the order Paho delivers them, for the registry (see {@link DeviceRegistry}). */
    private final AtomicLong arrivals = new AtomicLong();
    private final ScheduledExecutorService scheduler;
    /** Routes events: bounded, so that slow routes push back on the connection instead of piling up threads. */
    private final java.util.concurrent.ThreadPoolExecutor workers;
    /** Completes commands with their answers: apart from the events, so that a route waiting for an answer never
     * waits for a worker its own kind holds. */
    private final ExecutorService replies;
    private final Stats stats = new Stats();
    private volatile MqttAsyncClient client;
    private volatile boolean eventsOpen;
    private volatile boolean eventsSubscribed;
    private final CompletableFuture<Void> baseSubscribed = new CompletableFuture<>();
    /** Gap recovery: since when each device (or the whole session) was away, until its records are asked for again. */
    private final ConcurrentMap<String, Instant> awaySince = new ConcurrentHashMap<>();
    private static final DateTimeFormatter DEVICE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private volatile boolean connected;
    private volatile boolean closed;

    public HfSession(HfSessionConfig config) {
        this(config, new HfCodec());
    }

    public HfSession(HfSessionConfig config, HfCodec codec) {
        config.validate();
        this.config = config;
        this.codec = codec;
        this.records = config.recordRepository() != null ? config.recordRepository() : RecordRepository.inMemory();
        this.registry = new DeviceRegistry(Clock.systemUTC(), this::onTransition);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(threads("hfcamera-timer"));
        int n = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        this.workers = new java.util.concurrent.ThreadPoolExecutor(n, n, 60, TimeUnit.SECONDS,
                new java.util.concurrent.LinkedBlockingQueue<>(10_000), threads("hfcamera-dispatch"),
                new java.util.concurrent.ThreadPoolExecutor.CallerRunsPolicy());
        this.workers.allowCoreThreadTimeOut(true);
        this.replies = Executors.newCachedThreadPool(threads("hfcamera-reply"));
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
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
            connect();
        } catch (MqttException | RuntimeException e) {
            close();
            throw new HfCameraConnectionException("cannot connect to " + config.brokerUrl()
                    + (config.userName() == null ? "" : " as user " + config.userName()) + ": "
                    + HfCameraConnectionException.reason(e), e);
        }
    }

    private void connect() throws MqttException {
        String clientId = config.clientId() == null || config.clientId().isBlank()
                ? "hfcamera-" + UUID.randomUUID().toString().substring(0, 8) : config.clientId();
        MqttAsyncClient c = new MqttAsyncClient(config.brokerUrl(), clientId, new MemoryPersistence());
        c.setCallback(new Callback());
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setServerURIs(new String[] { config.brokerUrl() });
        o.setCleanStart(true);
        o.setAutomaticReconnect(config.automaticReconnect());
        o.setAutomaticReconnectDelay(1, 10);
        o.setConnectionTimeout(config.connectionTimeout());
        o.setKeepAliveInterval(config.keepAliveInterval());
        if (config.userName() != null) {
            o.setUserName(config.userName());
        }
        if (config.password() != null) {
            o.setPassword(config.password().getBytes(StandardCharsets.UTF_8));
        }
        if (config.socketFactory() != null) {
            o.setSocketFactory(config.socketFactory());
        }
        this.client = c;
        long waitMs = config.connectionTimeout() > 0 ? config.connectionTimeout() * 1000L + 1000 : 60_000;
        c.connect(o).waitForCompletion(waitMs);
        try {
            // the answer topic must be subscribed before the first command goes out
            baseSubscribed.get(waitMs, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            throw new MqttException(MqttException.REASON_CODE_CLIENT_EXCEPTION, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MqttException(MqttException.REASON_CODE_CLIENT_EXCEPTION, e);
        }
        long tick = Math.max(50, Math.min(1000, config.heartbeatInterval().toMillis() / 4));
        scheduler.scheduleWithFixedDelay(this::checkHeartbeats, tick, tick, TimeUnit.MILLISECONDS);
        LOG.info("Connected to {} as {}", config.brokerUrl(), clientId);
    }

    /** Subscribes the event topics (Rec, Snap): records arrive from now on and are acknowledged. Idempotent. */
    public void openEvents() {
        if (eventsOpen) {
            return;
        }
        eventsOpen = true;
        MqttAsyncClient c = client;
        if (c != null && c.isConnected()) {
            subscribe(c, eventSubscriptions(), () -> eventsSubscribed = true);
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
        MqttAsyncClient c = client;
        return connected && c != null && c.isConnected();
    }

    @Override
    public void close() {
        closed = true;
        MqttAsyncClient c = client;
        failPending("the session was closed");
        awaitRecordsInFlight(Duration.ofSeconds(10));
        if (c != null) {
            try {
                if (c.isConnected()) {
                    c.disconnect().waitForCompletion(5000);
                }
            } catch (MqttException e) {
                LOG.debug("Disconnect failed: {}", e.getMessage());
            }
            try {
                c.close(true);
            } catch (MqttException e) {
                LOG.debug("Close failed: {}", e.getMessage());
            }
        }
        scheduler.shutdownNow();
        workers.shutdownNow();
        replies.shutdownNow();
        connected = false;
    }

    /**
     * Lets the records being delivered finish (the consumers stop before the session closes: their exchanges complete
     * or fail now), so that their outcome reaches the idempotent repository before its owner stops it. A key added for
     * a record whose failure came after the repository stopped would stay in a persistent repository, and the record
     * would be taken for a duplicate after a restart.
     */
    private void awaitRecordsInFlight(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!inFlightRecords.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!inFlightRecords.isEmpty()) {
            LOG.warn("Closing with {} records still being delivered", inFlightRecords.size());
        }
    }

    /**
     * Fails every command waiting for its answer: once the connection is gone the answer cannot come (the answer topic
     * is subscribed again with a clean start). The device may or may not have executed the command.
     */
    private void failPending(String why) {
        for (Pending p : pending.values()) {
            if (pending.remove(p.messageId) != null) {
                if (p.timer != null) {
                    p.timer.cancel(false);
                }
                p.future.completeExceptionally(new HfCameraConnectionException(why + " before " + p.deviceId
                        + " answered " + p.operatorName + " (messageId " + p.messageId
                        + "); the device may or may not have executed it", null));
            }
        }
    }

    // ------------------------------------------------------------------------------------------- accessors

    public HfSessionConfig config() {
        return config;
    }

    public HfCodec codec() {
        return codec;
    }

    public DeviceRegistry registry() {
        return registry;
    }

    public Stats stats() {
        return stats;
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
        listeners.remove(listener);
        if (listeners.isEmpty() && eventsOpen) {
            eventsOpen = false;
            eventsSubscribed = false;
            MqttAsyncClient c = client;
            if (c != null && c.isConnected()) {
                try {
                    c.unsubscribe(java.util.Arrays.stream(eventSubscriptions()).map(MqttSubscription::getTopic)
                            .toArray(String[]::new));
                } catch (MqttException | RuntimeException e) {
                    LOG.debug("Cannot unsubscribe the record topics: {}", e.getMessage());
                }
            }
        }
    }

    /** True when at least one listener (consumer) is registered. */
    public boolean hasListeners() {
        return !listeners.isEmpty();
    }

    // ------------------------------------------------------------------------------------------- requests

    /**
     * Sends a command and completes with the device's reply; correlated by messageId only. Completes exceptionally
     * with {@link HfCameraDeviceException} when the device answers with an error code or {@code result: "fail"},
     * {@link HfCameraTimeoutException} when it does not answer within the timeout, and
     * {@link HfCameraConnectionException} when the command cannot be published.
     *
     * @param operator     the operator of the table, or {@code null} for an operator it does not know (the reply is
     *                     then read as a Map)
     * @param operatorName the operator as sent
     */
    public CompletableFuture<HfMessage<Object>> request(String deviceId, Operator operator, String operatorName,
                                                        Object info, Duration timeout) {
        if (!allowed(deviceId)) {
            // refused before anything is published: commands go only to the devices whose messages are accepted
            return CompletableFuture.failedFuture(new IllegalArgumentException("deviceId '" + deviceId
                    + "' is not in allowedDevices; " + operatorName + " not sent"));
        }
        String messageId = ids.next();
        byte[] payload = codec.encode(new HfMessage<>(operatorName, messageId, null, info, Map.of()));
        Pending p = new Pending(messageId, deviceId, operator, operatorName, timeout, new CompletableFuture<>());
        pending.put(messageId, p);
        p.timer = scheduler.schedule(() -> {
            if (pending.remove(messageId) != null) {
                stats.timeouts.incrementAndGet();
                p.future.completeExceptionally(new HfCameraTimeoutException(messageId, deviceId, operatorName, timeout));
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            publish(cloudTopic(deviceId), payload);
            stats.commands.incrementAndGet();
            LOG.debug("Sent {} to {} (messageId {}, {} bytes)", operatorName, deviceId, messageId, payload.length);
        } catch (MqttException | RuntimeException e) {
            pending.remove(messageId);
            p.timer.cancel(false);
            p.future.completeExceptionally(new HfCameraConnectionException(
                    "cannot send " + operatorName + " to " + deviceId + ": " + e.getMessage(), e));
        }
        return p.future;
    }

    /** {@link #request} with the timeout the operator calls for: batchTimeout for batches and DeleteAllPerson. */
    public CompletableFuture<HfMessage<Object>> request(String deviceId, Operator operator, Object info) {
        return request(deviceId, operator, operator.wireName(), info, timeoutFor(operator));
    }

    public Duration timeoutFor(Operator operator) {
        return operator != null && (operator.isBatch() || operator == Operator.DELETE_ALL_PERSON)
                ? config.batchTimeout() : config.requestTimeout();
    }

    /**
     * Runs {@code task} when every command queued before it for the same device has completed: the commands that
     * change the person list go one at a time per device, the device cannot take two.
     */
    public <T> CompletableFuture<T> inPersonLane(String deviceId, Supplier<CompletableFuture<T>> task) {
        return lanes.computeIfAbsent(deviceId, id -> new DeviceLane()).enqueue(task);
    }

    /**
     * Completes when the device may take the next single-person command (EditPerson): the gap the document asks for
     * (1 s after one with a base64 photo, 2 s after one with a picURI) counted from the moment the previous one was
     * answered, so that the device sees them that far apart whatever the delays on the way.
     */
    public CompletableFuture<Void> paceSinglePerson(String deviceId) {
        DeviceLane lane = lanes.computeIfAbsent(deviceId, id -> new DeviceLane());
        long wait = lane.nextSingleAt - System.nanoTime();
        if (wait <= 0) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> f = new CompletableFuture<>();
        scheduler.schedule(() -> f.complete(null), wait, TimeUnit.NANOSECONDS);
        return f;
    }

    /** Records that a single-person command to the device is over: the next one waits {@code gap} from now. */
    public void singlePersonDone(String deviceId, Duration gap) {
        lanes.computeIfAbsent(deviceId, id -> new DeviceLane()).nextSingleAt = System.nanoTime() + gap.toNanos();
    }

    /** Completes after {@code delay} (for retries). */
    public CompletableFuture<Void> delay(Duration delay) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        scheduler.schedule(() -> f.complete(null), delay.toMillis(), TimeUnit.MILLISECONDS);
        return f;
    }

    private String cloudTopic(String deviceId) {
        return config.topicPrefix() + "/" + deviceId;
    }

    private void publish(String topic, byte[] payload) throws MqttException {
        MqttAsyncClient c = client;
        if (c == null || closed) {
            throw new IllegalStateException("not connected to the broker");
        }
        MqttMessage m = new MqttMessage(payload);
        m.setQos(0);
        c.publish(topic, m);
    }

    // ------------------------------------------------------------------------------------------- subscriptions

    private MqttSubscription[] baseSubscriptions() {
        return new MqttSubscription[] {
                new MqttSubscription(config.topicPrefix() + "/+/Ack", 0),
                new MqttSubscription(config.heartbeatTopic(), 0),
                new MqttSubscription(config.onlineTopic(), 0) };
    }

    private MqttSubscription[] eventSubscriptions() {
        String share = config.sharedSubscriptionGroup() == null ? "" : "$share/" + config.sharedSubscriptionGroup() + "/";
        return new MqttSubscription[] {
                new MqttSubscription(share + config.topicPrefix() + "/+/Rec", 0),
                new MqttSubscription(share + config.topicPrefix() + "/+/Snap", 0) };
    }

    private void subscribe(MqttAsyncClient c, MqttSubscription[] subs, Runnable whenDone) {
        try {
            c.subscribe(subs, null, new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    LOG.debug("Subscribed {}", (Object) token.getTopics());
                    whenDone.run();
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    LOG.warn("Subscription failed: {}", e.getMessage());
                }
            }, new MqttProperties());
        } catch (MqttException e) {
            LOG.warn("Cannot subscribe: {}", e.getMessage());
        }
    }

    private final class Callback implements MqttCallback {

        @Override
        public void disconnected(MqttDisconnectResponse response) {
            connected = false;
            eventsSubscribed = false;
            if (!closed) {
                LOG.warn("Disconnected from {}: {}", config.brokerUrl(), response.getReasonString());
                failPending("the connection to " + config.brokerUrl() + " was lost");
                if (config.gapRecovery()) {
                    // every device may have pushed records the broker could not deliver to us meanwhile
                    for (DeviceStatus d : registry.snapshot()) {
                        awaySince.merge(d.deviceId(), d.lastSeen(), (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
            }
        }

        @Override
        public void mqttErrorOccurred(MqttException e) {
            LOG.warn("MQTT error: {}", e.getMessage());
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            // never throw on Paho's callback thread; it only blocks (running the task itself) when the event workers
            // and their queue are full, which pushes back on the broker
            byte[] payload = message.getPayload();
            // the order the broker delivered in, which the parallel handling below does not keep
            long arrival = arrivals.incrementAndGet();
            boolean reply = topic.endsWith("/Ack") && !topic.equals(config.heartbeatTopic())
                    && !topic.equals(config.onlineTopic());
            try {
                (reply ? replies : workers).execute(() -> {
                    try {
                        dispatch(topic, payload, arrival);
                    } catch (RuntimeException e) {
                        LOG.warn("Message on {} ({} bytes) not handled: {}", topic, payload.length, e.toString());
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                LOG.debug("Session closing, message on {} dropped", topic);
            }
        }

        @Override
        public void deliveryComplete(IMqttToken token) {
        }

        @Override
        public void connectComplete(boolean reconnect, String serverURI) {
            connected = true;
            MqttAsyncClient c = client;
            // clean start: the broker forgot the subscriptions, so they are made again on every connect
            subscribe(c, baseSubscriptions(), () -> baseSubscribed.complete(null));
            if (eventsOpen) {
                subscribe(c, eventSubscriptions(), () -> eventsSubscribed = true);
            }
            if (reconnect) {
                stats.reconnects.incrementAndGet();
                LOG.info("Reconnected to {}, subscriptions restored", serverURI);
            }
        }

        @Override
        public void authPacketArrived(int reasonCode, MqttProperties properties) {
        }
    }

    // ------------------------------------------------------------------------------------------- dispatch

    private enum TopicKind { ACK, REC, SNAP, HEARTBEAT, BASIC, OTHER }

    private record TopicInfo(TopicKind kind, String deviceId) {
    }

    private TopicInfo classify(String topic) {
        if (topic.equals(config.heartbeatTopic())) {
            return new TopicInfo(TopicKind.HEARTBEAT, null);
        }
        if (topic.equals(config.onlineTopic())) {
            return new TopicInfo(TopicKind.BASIC, null);
        }
        String prefix = config.topicPrefix() + "/";
        if (topic.startsWith(prefix)) {
            String rest = topic.substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash > 0 && rest.indexOf('/', slash + 1) < 0) {
                String id = rest.substring(0, slash);
                switch (rest.substring(slash + 1)) {
                    case "Ack":
                        return new TopicInfo(TopicKind.ACK, id);
                    case "Rec":
                        return new TopicInfo(TopicKind.REC, id);
                    case "Snap":
                        return new TopicInfo(TopicKind.SNAP, id);
                    default:
                        break;
                }
            }
        }
        return new TopicInfo(TopicKind.OTHER, null);
    }

    void dispatch(String topic, byte[] payload, long arrival) {
        TopicInfo t = classify(topic);
        switch (t.kind()) {
            case ACK -> onReply(topic, t.deviceId(), payload, arrival);
            case OTHER -> LOG.debug("Message on unexpected topic {} ignored", topic);
            default -> onEvent(topic, t, payload, arrival);
        }
    }

    private void onReply(String topic, String topicDevice, byte[] payload, long arrival) {
        if (!allowed(topicDevice)) {
            bad(topic, topicDevice, HfBadInput.Kind.NOT_ALLOWED, "device '" + topicDevice + "' is not in allowedDevices",
                    payload.length, null);
            return;
        }
        String[] head;
        try {
            head = peekHead(payload);
        } catch (IOException | HfProtocolException e) {
            bad(topic, topicDevice, HfBadInput.Kind.INVALID, "reply is not a JSON object: " + e.getMessage(),
                    payload.length, e);
            return;
        }
        String messageId = head[0];
        String operatorName = head[1];
        if ("PushAck-Ack".equals(operatorName)) {
            stats.pushAckAcks.incrementAndGet();
            registry.seen(topicDevice, arrival);
            LOG.trace("PushAck-Ack from {} absorbed", topicDevice);
            return;
        }
        Pending p = messageId == null ? null : pending.get(messageId);
        if (p == null) {
            // a reply to another platform instance's command, or one that came after its timeout
            LOG.trace("Reply {} (messageId {}) from {} matches no pending command", operatorName, messageId, topicDevice);
            return;
        }
        if (!Objects.equals(p.deviceId, topicDevice)) {
            LOG.debug("Reply to {} for {} came from {}; ignored", operatorName, p.deviceId, topicDevice);
            return;
        }
        if (pending.remove(messageId) == null) {
            return;
        }
        p.timer.cancel(false);
        registry.seen(topicDevice, arrival);
        HfMessage<Object> reply;
        try {
            reply = p.operator != null ? codec.decodeReply(payload, p.operator) : codec.decode(payload, Map.class);
        } catch (HfProtocolException e) {
            bad(topic, topicDevice, HfBadInput.Kind.INVALID, "reply to " + p.operatorName + ": " + e.getMessage(),
                    payload.length, e);
            p.future.completeExceptionally(new HfCameraDeviceException(p.operatorName, p.deviceId, null,
                    "unreadable reply: " + e.getMessage(), messageId));
            return;
        }
        HfCameraDeviceException error = errorOf(p, reply);
        if (error != null) {
            p.future.completeExceptionally(error);
        } else {
            p.future.complete(reply);
        }
    }

    private static HfCameraDeviceException errorOf(Pending p, HfMessage<Object> reply) {
        if (reply.isErrorCode()) {
            int code = reply.code();
            String text = p.operator != null ? ErrorCodes.describe(p.operator, code) : "code " + code;
            if (reply.info() instanceof HfReply r && r.detail() != null && !r.detail().isBlank()
                    && text.startsWith("code ")) {
                text = r.detail();
            }
            return new HfCameraDeviceException(p.operatorName, p.deviceId, code, text, p.messageId);
        }
        if (reply.info() instanceof HfReply r && !r.isOk()) {
            return new HfCameraDeviceException(p.operatorName, p.deviceId, null, r.detail(), p.messageId);
        }
        if (reply.info() instanceof Map<?, ?> m && "fail".equalsIgnoreCase(String.valueOf(m.get("result")))) {
            Object detail = m.get("detail");
            return new HfCameraDeviceException(p.operatorName, p.deviceId, null,
                    detail == null ? null : detail.toString(), p.messageId);
        }
        return null;
    }

    /** The messageId and operator of a payload, read without building it. */
    private static String[] peekHead(byte[] payload) throws IOException {
        String messageId = null;
        String operator = null;
        try (JsonParser p = JSON.createParser(payload)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new HfProtocolException("payload is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (t.isScalarValue() && name.equals("messageId")) {
                    messageId = p.getValueAsString();
                } else if (t.isScalarValue() && name.equals("operator")) {
                    operator = p.getValueAsString();
                } else {
                    p.skipChildren();
                }
                if (messageId != null && operator != null) {
                    break;
                }
            }
        }
        return new String[] { messageId, operator };
    }

    private void onEvent(String topic, TopicInfo t, byte[] payload, long arrival) {
        if (payload.length > config.maxPayloadSize()) {
            bad(topic, t.deviceId(), HfBadInput.Kind.OVERSIZED, "payload of " + payload.length
                    + " bytes exceeds maxPayloadSize " + config.maxPayloadSize(), payload.length, null);
            return;
        }
        if (t.deviceId() != null && !allowed(t.deviceId())) {
            bad(topic, t.deviceId(), HfBadInput.Kind.NOT_ALLOWED, "device '" + t.deviceId()
                    + "' is not in allowedDevices", payload.length, null);
            return;
        }
        HfMessage<Object> msg;
        try {
            msg = codec.decode(payload);
        } catch (HfProtocolException e) {
            bad(topic, t.deviceId(), HfBadInput.Kind.INVALID, e.getMessage(), payload.length, e);
            return;
        }
        Operator op = Operator.of(msg.operatorName()).orElse(null);
        if (op != null && op.direction() != Operator.Direction.EVENT) {
            bad(topic, t.deviceId(), HfBadInput.Kind.INVALID, "operator '" + msg.operatorName()
                    + "' is not a device event", payload.length, null);
            return;
        }
        String deviceId = t.deviceId();
        if (deviceId != null && msg.info() instanceof HfEvent ev && ev.deviceId() != null
            && !ev.deviceId().equals(deviceId)) {
            bad(topic, deviceId, HfBadInput.Kind.INVALID, "facesluiceId '" + ev.deviceId()
                    + "' differs from the device of the topic", payload.length, null);
            return;
        }
        if (deviceId == null) {
            deviceId = msg.info() instanceof HfEvent ev ? ev.deviceId() : null;
            if (deviceId == null && msg.info() instanceof Map<?, ?> m && m.get("facesluiceId") != null) {
                deviceId = m.get("facesluiceId").toString();
            }
            if (deviceId == null || deviceId.isBlank()) {
                bad(topic, null, HfBadInput.Kind.INVALID, msg.operatorName() + " without facesluiceId",
                        payload.length, null);
                return;
            }
            if (!allowed(deviceId)) {
                bad(topic, deviceId, HfBadInput.Kind.NOT_ALLOWED, "device '" + deviceId + "' is not in allowedDevices",
                        payload.length, null);
                return;
            }
        }
        stats.events.incrementAndGet();
        if (op == Operator.PUSH_ACK_ACK) {
            stats.pushAckAcks.incrementAndGet();
            registry.seen(deviceId, arrival);
            return;
        }
        if (op == Operator.ONLINE) {
            // the device repeats Online until it gets this: answer once per message, whatever the consumers
            sendOnlineAck(deviceId);
            Online online = msg.info() instanceof Online o ? o : null;
            registry.online(deviceId, arrival, online == null ? null : online.ip(),
                    online == null ? null : online.deviceName());
        } else if (op == Operator.OFFLINE) {
            registry.offline(deviceId, arrival);
        } else {
            registry.seen(deviceId, arrival);
        }
        recoverIfReturned(deviceId);
        Long recordId = msg.info() instanceof HfEvent ev ? ev.recordId() : null;
        Boolean realtime = msg.info() instanceof RecPush r && r.sendInTime() != null ? r.sendInTime() == 1 : null;
        route(new HfDeviceEvent(topic, deviceId, msg.operatorName(), op, msg.info(), recordId, realtime));
    }

    private boolean allowed(String deviceId) {
        return config.allowedDevices().isEmpty() || config.allowedDevices().contains(deviceId);
    }

    private void bad(String topic, String deviceId, HfBadInput.Kind kind, String reason, int size, Throwable cause) {
        HfBadInput b = new HfBadInput(topic, deviceId, kind, reason, size, cause);
        stats.badInput.incrementAndGet();
        // the reason names the field or the limit; never the payload (it may be an image)
        LOG.warn("Bad input on {}{} ({} bytes): {}", topic, deviceId == null ? "" : " from " + deviceId, size, reason);
        for (HfEventListener l : listeners) {
            try {
                l.onBadInput(b);
            } catch (RuntimeException e) {
                LOG.warn("Bad input listener failed: {}", e.toString());
            }
        }
    }

    private void route(HfDeviceEvent e) {
        Operator op = e.operator();
        List<HfEventListener> targets = new ArrayList<>();
        for (HfEventListener l : listeners) {
            if (l.accepts(e)) {
                targets.add(l);
            }
        }
        if (!needsPushAck(e) && config.gapRecovery() && isRepushed(e)) {
            routeRepushed(e, targets);
            return;
        }
        if (!needsPushAck(e)) {
            if (targets.isEmpty()) {
                stats.unrouted.incrementAndGet();
            }
            for (HfEventListener l : targets) {
                deliver(l, e).whenComplete((v, x) -> {
                    if (x != null) {
                        LOG.debug("{} from {} failed in a listener: {}", e.operatorName(), e.deviceId(), x.toString());
                    }
                });
            }
            return;
        }
        if (!eventsOpen || closed) {
            // the consumers are gone (the application stops): no PushAck, the device sends the record again later
            LOG.debug("{} {} from {} arrived while the consumers stop; not acknowledged", e.operatorName(),
                    e.recordId(), e.deviceId());
            return;
        }
        String key = recordKey(e);
        if (!inFlightRecords.add(key)) {
            // sent again while the first one is still being processed: its outcome decides the PushAck
            stats.duplicates.incrementAndGet();
            return;
        }
        if (targets.isEmpty()) {
            // no consumer wants this kind: acknowledge it, or the device would send it again forever
            stats.unrouted.incrementAndGet();
            inFlightRecords.remove(key);
            sendPushAck(e);
            return;
        }
        Claim claim = claimInRepository(key);
        if (claim == Claim.SEEN) {
            LOG.debug("{} already processed; acknowledged again, not routed", key);
            sendPushAck(e);
        } else if (claim == Claim.OWNED) {
            deliverAll(e, targets, key, () -> sendPushAck(e), "not processed, no PushAck (the device will send it again)");
        }
    }

    private static String recordKey(HfDeviceEvent e) {
        return e.deviceId() + "/" + e.operator().wireName() + "/" + e.recordId();
    }

    /** Whether a delivery owns a record: routed for the first time, routed before, or the repository failed. */
    private enum Claim { OWNED, SEEN, FAILED }

    /**
     * Adds a record marked in flight to the idempotent repository. Unless the delivery owns the record, the in-flight
     * mark is released (and a record routed before counted as a duplicate).
     */
    private Claim claimInRepository(String key) {
        boolean added;
        try {
            added = records.add(key);
        } catch (RuntimeException x) {
            inFlightRecords.remove(key);
            LOG.warn("Idempotent repository failed for {}: {}; record not routed", key, x.toString());
            return Claim.FAILED;
        }
        if (!added) {
            inFlightRecords.remove(key);
            stats.duplicates.incrementAndGet();
            return Claim.SEEN;
        }
        return Claim.OWNED;
    }

    /**
     * Delivers an owned record to every target: when all succeed the repository keeps its key and {@code onSuccess}
     * runs; when one fails the key is forgotten (so that a resend is routed) and the failure counted.
     */
    private void deliverAll(HfDeviceEvent e, List<HfEventListener> targets, String key, Runnable onSuccess,
                            String failure) {
        CompletableFuture<?>[] all = targets.stream().map(l -> deliver(l, e)).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(all).whenComplete((v, x) -> {
            inFlightRecords.remove(key);
            if (x == null) {
                records.confirm(key);
                onSuccess.run();
            } else {
                records.remove(key);
                stats.failedRecords.incrementAndGet();
                LOG.warn("{} {}: {}", key, failure, unwrap(x).toString());
            }
        });
    }

    private static boolean isRepushed(HfDeviceEvent e) {
        Integer pushType = e.info() instanceof RecPush r ? r.pushType()
                : e.info() instanceof StrSnapPush s ? s.pushType() : null;
        return e.recordId() != null && pushType != null && pushType == 2;
    }

    /** A record re-pushed on request (PushType 2): routed unless the same record was routed before; no PushAck. */
    private void routeRepushed(HfDeviceEvent e, List<HfEventListener> targets) {
        String key = recordKey(e);
        if (targets.isEmpty()) {
            stats.unrouted.incrementAndGet();
            return;
        }
        if (!inFlightRecords.add(key)) {
            stats.duplicates.incrementAndGet();
            return;
        }
        Claim claim = claimInRepository(key);
        if (claim == Claim.SEEN) {
            LOG.trace("Re-pushed {} was routed before; skipped", key);
        } else if (claim == Claim.OWNED) {
            stats.recovered.incrementAndGet();
            deliverAll(e, targets, key, () -> { },
                    "(re-pushed) not processed; the device does not send it again by itself");
        }
    }

    // ------------------------------------------------------------------------------------------- gap recovery

    /**
     * A device was heard from: when it was away (lost, offline, or the session was away from the broker) and is
     * online now, it is connected again and can be asked for the records of the window.
     */
    private void recoverIfReturned(String deviceId) {
        if (!config.gapRecovery() || awaySince.isEmpty() || !awaySince.containsKey(deviceId)
            || registry.state(deviceId).orElse(null) != DeviceState.ONLINE) {
            return;
        }
        Instant since = awaySince.remove(deviceId);
        if (since != null) {
            try {
                // off the dispatch thread, after the Online-Ack that went out before the registry heard of the device
                replies.execute(() -> recover(deviceId, since));
            } catch (java.util.concurrent.RejectedExecutionException x) {
                LOG.debug("Session closing, no gap recovery for {}", deviceId);
            }
        }
    }

    /** Sends ManualPushRecords and ManualPushSnaps for the window from {@code since} (less the margin) to now. */
    private void recover(String deviceId, Instant since) {
        if (!eventsOpen || closed) {
            return;
        }
        if (!isConnected()) {
            awaySince.merge(deviceId, since, (a, b) -> a.isBefore(b) ? a : b);
            return;
        }
        ZoneId zone = ZoneId.systemDefault();
        String from = LocalDateTime.ofInstant(since.minus(config.gapRecoveryMargin()), zone).format(DEVICE_TIME);
        String to = LocalDateTime.ofInstant(Instant.now().plus(config.gapRecoveryMargin()), zone).format(DEVICE_TIME);
        stats.gapRecoveries.incrementAndGet();
        LOG.info("Gap recovery: asking {} for its records from {} to {}", deviceId, from, to);
        for (Operator op : List.of(Operator.MANUAL_PUSH_RECORDS, Operator.MANUAL_PUSH_SNAPS)) {
            ManualPushRequest q = ManualPushRequest.builder().deviceId(deviceId).timeStart(from).timeEnd(to).build();
            request(deviceId, op, q).whenComplete((reply, x) -> {
                if (x == null) {
                    Integer n = reply.info() instanceof ManualPushReply r ? r.recordNum() : null;
                    LOG.info("Gap recovery: {} re-pushes {} records ({})", deviceId, n, op.wireName());
                } else if (unwrap(x) instanceof HfCameraDeviceException d && Integer.valueOf(466).equals(d.getCode())) {
                    LOG.debug("Gap recovery: {} has no records for {} in the window", deviceId, op.wireName());
                } else if (unwrap(x) instanceof HfCameraTimeoutException || unwrap(x) instanceof HfCameraConnectionException) {
                    // no answer: the device was not really back (a late message revived it) or the connection broke;
                    // keep the window, so that the next message from the device asks again
                    awaySince.merge(deviceId, since, (a, b) -> a.isBefore(b) ? a : b);
                    LOG.info("Gap recovery: {} did not answer {} ({}); asking again when it is heard from",
                            deviceId, op.wireName(), unwrap(x).getMessage());
                } else {
                    LOG.warn("Gap recovery: {} {} failed: {}", deviceId, op.wireName(), unwrap(x).getMessage());
                }
            });
        }
    }

    private static CompletableFuture<Void> deliver(HfEventListener l, HfDeviceEvent e) {
        try {
            return l.onEvent(e).toCompletableFuture();
        } catch (RuntimeException x) {
            return CompletableFuture.failedFuture(x);
        }
    }

    /** Records the device expects a PushAck for: RecordID / SnapID / SnapOrRecordID, not manually pushed ones. */
    private static boolean needsPushAck(HfDeviceEvent e) {
        if (e.operator() == null || e.operator().pushAckType() == 0 || e.recordId() == null) {
            return false;
        }
        Integer pushType = e.info() instanceof RecPush r ? r.pushType()
                : e.info() instanceof StrSnapPush s ? s.pushType() : null;
        // records pushed on request (ManualPushRecords / ManualPushSnaps) need no reply and may repeat on purpose
        return pushType == null || pushType != 2;
    }

    private void sendOnlineAck(String deviceId) {
        OnlineAck ack = OnlineAck.builder().deviceId(deviceId).result("ok").detail("").build();
        try {
            publish(cloudTopic(deviceId), codec.encode(Operator.ONLINE_ACK, ids.next(), ack));
            stats.onlineAcks.incrementAndGet();
        } catch (MqttException | RuntimeException e) {
            LOG.warn("Cannot send Online-Ack to {}: {}", deviceId, e.getMessage());
        }
    }

    private void sendPushAck(HfDeviceEvent e) {
        PushAck ack = PushAck.builder().pushAckType(e.operator().pushAckType()).snapOrRecordId(e.recordId()).build();
        try {
            publish(cloudTopic(e.deviceId()), codec.encode(Operator.PUSH_ACK, ids.next(), ack));
            stats.pushAcks.incrementAndGet();
        } catch (MqttException | RuntimeException x) {
            LOG.warn("Cannot send PushAck for {} {} to {}: {}", e.operatorName(), e.recordId(), e.deviceId(),
                    x.getMessage());
        }
    }

    // ------------------------------------------------------------------------------------------- registry

    private void checkHeartbeats() {
        try {
            registry.checkHeartbeats(config.heartbeatInterval(), config.heartbeatMissesBeforeLost());
        } catch (RuntimeException e) {
            LOG.warn("Heartbeat check failed: {}", e.toString());
        }
    }

    private void onTransition(DeviceStatus status, DeviceState before) {
        LOG.info("Device {} is {} (was {})", status.deviceId(), status.state(), before == null ? "unknown" : before);
        if (config.gapRecovery() && status.state() != DeviceState.ONLINE) {
            awaySince.merge(status.deviceId(), status.lastSeen(), (a, b) -> a.isBefore(b) ? a : b);
        }
        String name = switch (status.state()) {
            case ONLINE -> HfDeviceEvent.DEVICE_ONLINE;
            case LOST -> HfDeviceEvent.DEVICE_LOST;
            case OFFLINE -> null; // the device's own Offline is routed as such
        };
        if (name != null && !closed) {
            HfDeviceEvent e = new HfDeviceEvent("", status.deviceId(), name, null, status, null, null);
            try {
                workers.execute(() -> route(e));
            } catch (java.util.concurrent.RejectedExecutionException x) {
                LOG.debug("Session closing, {} not routed", name);
            }
        }
    }

    // ------------------------------------------------------------------------------------------- helpers

    /** The cause of a CompletionException. */
    public static Throwable unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static final class Pending {
        final String messageId;
        final String deviceId;
        final Operator operator;
        final String operatorName;
        final Duration timeout;
        final CompletableFuture<HfMessage<Object>> future;
        volatile ScheduledFuture<?> timer;

        Pending(String messageId, String deviceId, Operator operator, String operatorName, Duration timeout,
                CompletableFuture<HfMessage<Object>> future) {
            this.messageId = messageId;
            this.deviceId = deviceId;
            this.operator = operator;
            this.operatorName = operatorName;
            this.timeout = timeout;
            this.future = future;
        }
    }

    /** Serializes the person-changing commands of one device and keeps its single-person pacing. */
    private static final class DeviceLane {
        private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);
        volatile long nextSingleAt = System.nanoTime();

        synchronized <T> CompletableFuture<T> enqueue(Supplier<CompletableFuture<T>> task) {
            CompletableFuture<T> next = tail.handle((v, e) -> null).thenCompose(x -> {
                try {
                    return task.get();
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(e);
                }
            });
            tail = next;
            return next;
        }
    }

    /** What the session counted since it started. */
    public static final class Stats {
        final AtomicLong commands = new AtomicLong();
        final AtomicLong timeouts = new AtomicLong();
        final AtomicLong events = new AtomicLong();
        final AtomicLong badInput = new AtomicLong();
        final AtomicLong duplicates = new AtomicLong();
        final AtomicLong unrouted = new AtomicLong();
        final AtomicLong failedRecords = new AtomicLong();
        final AtomicLong onlineAcks = new AtomicLong();
        final AtomicLong pushAcks = new AtomicLong();
        final AtomicLong pushAckAcks = new AtomicLong();
        final AtomicLong reconnects = new AtomicLong();
        final AtomicLong gapRecoveries = new AtomicLong();
        final AtomicLong recovered = new AtomicLong();

        /** How many times a device was asked for the records of a window it was away (gap recovery). */
        public long gapRecoveries() {
            return gapRecoveries.get();
        }

        /** Re-pushed records (PushType 2) routed by gap recovery that had not been routed before. */
        public long recovered() {
            return recovered.get();
        }

        public long commands() {
            return commands.get();
        }

        public long timeouts() {
            return timeouts.get();
        }

        public long events() {
            return events.get();
        }

        /** Messages from devices that could not be used (invalid, oversized, not allowed). */
        public long badInput() {
            return badInput.get();
        }

        /** Records received again and not routed. */
        public long duplicates() {
            return duplicates.get();
        }

        /** Events no listener wanted. */
        public long unrouted() {
            return unrouted.get();
        }

        /** Records a listener failed on (not acknowledged). */
        public long failedRecords() {
            return failedRecords.get();
        }

        public long onlineAcks() {
            return onlineAcks.get();
        }

        public long pushAcks() {
            return pushAcks.get();
        }

        public long pushAckAcks() {
            return pushAckAcks.get();
        }

        public long reconnects() {
            return reconnects.get();
        }

        @Override
        public String toString() {
            return "commands=" + commands() + ", timeouts=" + timeouts() + ", events=" + events() + ", badInput="
                    + badInput() + ", duplicates=" + duplicates() + ", pushAcks=" + pushAcks() + ", onlineAcks="
                    + onlineAcks();
        }
    }
}
