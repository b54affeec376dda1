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
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.camelhfcamera.hfcamera.protocol.DeviceIds;
import io.github.camelhfcamera.hfcamera.protocol.HfCodec;
import io.github.camelhfcamera.hfcamera.protocol.HfEvent;
import io.github.camelhfcamera.hfcamera.protocol.HfMessage;
import io.github.camelhfcamera.hfcamera.protocol.HfProtocolException;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.model.Online;
import io.github.camelhfcamera.hfcamera.protocol.model.RecPush;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbound duty: every message from the broker, classified by its topic and checked once (size, device id,
 * allow-list) before anything else sees it. On the network thread it does only what is cheap: answers go to the
 * {@link RequestTracker} (their messageId peeked without building the message), everything else into the bounded
 * {@link Inbox}, where a message that does not fit stops the client reading. The event workers then decode each
 * message once, keep the {@link DeviceRegistry}, answer Online and hand the event to {@link RecordDelivery}.
 * <p>
 * What cannot be used is bad input: counted, logged (with ids cut and escaped, never the payload) and told to the
 * listeners; it never reaches a topic, the registry or a health check.
 */
final class InboundRouter implements MqttTransport.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(InboundRouter.class);
    /** For peeking at an answer's messageId; its error messages never quote the payload (it may be an image). */
    private static final JsonFactory JSON = JsonFactory.builder()
            .errorReportConfiguration(ErrorReportConfiguration.builder().maxErrorTokenLength(32)
                    .maxRawContentLength(0).build())
            .build();

    /** What the router needs of its session. */
    interface Host {

        List<HfEventListener> listeners();

        void onConnected(boolean reconnect);

        void onDisconnected(String reason);

        void sendOnlineAck(String deviceId);

        java.util.concurrent.CompletableFuture<HfMessage<Object>> request(String deviceId, Operator operator,
                                                                          Object info);

        /** A device said what time its clock shows ({@code YYYY-MM-DD hh:mm:ss}), in a message handled now. */
        default void clockSample(String deviceId, String deviceTime) {
        }
    }

    private enum TopicKind { ACK, REC, SNAP, HEARTBEAT, BASIC, OTHER }

    private final HfSessionConfig config;
    private final HfCodec codec;
    private final Host host;
    private final DeviceRegistry registry;
    private final RequestTracker tracker;
    private final RecordDelivery delivery;
    private final GapRecovery gapRecovery;
    private final SessionStats stats;
    private final Inbox inbox;
    private final String prefix;
    /** Numbers the messages in the order the broker delivered them, for the registry (see {@link DeviceRegistry}). */
    private final AtomicLong arrivals = new AtomicLong();
    /**
     * How long the network thread waits for room in the inbox without any worker taking a message before it drops
     * messages (see {@link Inbox}): while the workers take messages it waits however long it takes.
     */
    static final long STALL_MILLIS = 2000;
    private final AtomicLong lastDropLog = new AtomicLong(System.nanoTime() - 20_000_000_000L);
    /** Devices asked whether they are online after their will, and when (at most once a heartbeat interval). */
    private final java.util.concurrent.ConcurrentMap<String, Long> probes = new java.util.concurrent.ConcurrentHashMap<>();

    InboundRouter(HfSessionConfig config, HfCodec codec, Host host, DeviceRegistry registry, RequestTracker tracker,
                  RecordDelivery delivery, GapRecovery gapRecovery, SessionStats stats, Inbox inbox) {
        this.config = config;
        this.codec = codec;
        this.host = host;
        this.registry = registry;
        this.tracker = tracker;
        this.delivery = delivery;
        this.gapRecovery = gapRecovery;
        this.stats = stats;
        this.inbox = inbox;
        this.prefix = config.topicPrefix() + "/";
    }

    @Override
    public void onConnected(boolean reconnect) {
        host.onConnected(reconnect);
    }

    @Override
    public void onDisconnected(String reason) {
        host.onDisconnected(reason);
    }

    // ------------------------------------------------------------------------------ network thread

    @Override
    public void onMessage(String topic, ByteBuffer buffer) {
        long arrival = arrivals.incrementAndGet();
        int size = buffer.remaining();
        TopicKind kind = TopicKind.OTHER;
        String deviceId = null;
        if (topic.equals(config.heartbeatTopic())) {
            kind = TopicKind.HEARTBEAT;
        } else if (topic.equals(config.onlineTopic())) {
            kind = TopicKind.BASIC;
        } else if (topic.startsWith(prefix)) {
            int slash = topic.indexOf('/', prefix.length());
            if (slash > prefix.length() && topic.indexOf('/', slash + 1) < 0) {
                deviceId = topic.substring(prefix.length(), slash);
                switch (topic.substring(slash + 1)) {
                    case "Ack" -> kind = TopicKind.ACK;
                    case "Rec" -> kind = TopicKind.REC;
                    case "Snap" -> kind = TopicKind.SNAP;
                    default -> deviceId = null;
                }
            }
        }
        if (kind == TopicKind.OTHER) {
            LOG.debug("Message on unexpected topic {} ignored", DeviceIds.printable(topic, 128));
            return;
        }
        if (deviceId != null) {
            String problem = DeviceIds.problem(deviceId);
            if (problem != null) {
                bad(topic, null, HfBadInput.Kind.INVALID, "the device level of the topic " + problem, size, null);
                return;
            }
            if (!allowed(deviceId)) {
                bad(topic, deviceId, HfBadInput.Kind.NOT_ALLOWED, "device '" + deviceId
                        + "' is not in allowedDevices", size, null);
                return;
            }
        }
        if (size > config.maxPayloadSize()) {
            bad(topic, deviceId, HfBadInput.Kind.OVERSIZED, "payload of " + size + " bytes exceeds maxPayloadSize "
                    + config.maxPayloadSize(), size, null);
            return;
        }
        byte[] payload = new byte[size];
        buffer.get(payload);
        if (kind == TopicKind.ACK) {
            onAnswer(topic, deviceId, payload, arrival);
            return;
        }
        try {
            Inbox.Put put = inbox.put(new Inbox.Message(topic, deviceId, payload, arrival), STALL_MILLIS,
                    stats.inboxFull::incrementAndGet);
            if (put == Inbox.Put.DROPPED) {
                stats.inboxDropped.incrementAndGet();
                long now = System.nanoTime();
                long last = lastDropLog.get();
                if (now - last > 10_000_000_000L && lastDropLog.compareAndSet(last, now)) {
                    LOG.warn("The queue to the event routes is full and no route took a message for {} ms: messages"
                            + " dropped ({} so far, the latest on {}); devices send unacknowledged records again. Do"
                            + " routes wait for command answers? Raise eventThreads, or make the routes faster",
                            STALL_MILLIS,
                            stats.inboxDropped.get(), DeviceIds.printable(topic, 128));
                }
            } else if (put == Inbox.Put.CLOSED) {
                LOG.debug("Session closing, message on {} dropped", DeviceIds.printable(topic, 128));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void onAnswer(String topic, String deviceId, byte[] payload, long arrival) {
        String[] head;
        try {
            head = peekHead(payload);
        } catch (IOException | HfProtocolException e) {
            bad(topic, deviceId, HfBadInput.Kind.INVALID, "reply is not a JSON object: " + e.getMessage(),
                    payload.length, e);
            return;
        }
        if ("PushAck-Ack".equals(head[1])) {
            stats.pushAckAcks.incrementAndGet();
            registry.seen(deviceId, arrival);
            LOG.trace("PushAck-Ack from {} absorbed", deviceId);
            return;
        }
        if (tracker.onReply(deviceId, head[0], payload,
                reason -> bad(topic, deviceId, HfBadInput.Kind.INVALID, reason, payload.length, null))) {
            registry.seen(deviceId, arrival);
        }
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

    // ------------------------------------------------------------------------------ event workers

    /** The body of one event worker: takes messages until the inbox closes. */
    void work() {
        try {
            for (Inbox.Message m; (m = inbox.take()) != null; ) {
                try {
                    onEvent(m.topic(), m.deviceId(), m.payload(), m.arrival());
                } catch (RuntimeException e) {
                    LOG.warn("Message on {} ({} bytes) not handled: {}", m.topic(), m.payload().length, e.toString());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void onEvent(String topic, String topicDevice, byte[] payload, long arrival) {
        HfMessage<Object> msg;
        try {
            msg = codec.decode(payload);
        } catch (HfProtocolException e) {
            bad(topic, topicDevice, HfBadInput.Kind.INVALID, e.getMessage(), payload.length, e);
            return;
        }
        Operator op = Operator.of(msg.operatorName()).orElse(null);
        if (op != null && op.direction() != Operator.Direction.EVENT) {
            bad(topic, topicDevice, HfBadInput.Kind.INVALID, "operator '" + DeviceIds.printable(msg.operatorName())
                    + "' is not a device event", payload.length, null);
            return;
        }
        String deviceId = topicDevice;
        String payloadDevice = msg.info() instanceof HfEvent ev ? ev.deviceId()
                : msg.info() instanceof Map<?, ?> map && map.get("facesluiceId") != null
                        ? map.get("facesluiceId").toString() : null;
        if (deviceId != null) {
            if (payloadDevice != null && !payloadDevice.equals(deviceId) && msg.info() instanceof HfEvent) {
                bad(topic, deviceId, HfBadInput.Kind.INVALID, "facesluiceId '" + DeviceIds.printable(payloadDevice)
                        + "' differs from the device of the topic", payload.length, null);
                return;
            }
        } else {
            if (payloadDevice == null || payloadDevice.isBlank()) {
                bad(topic, null, HfBadInput.Kind.INVALID, DeviceIds.printable(msg.operatorName())
                        + " without facesluiceId", payload.length, null);
                return;
            }
            String problem = DeviceIds.problem(payloadDevice);
            if (problem != null) {
                bad(topic, null, HfBadInput.Kind.INVALID, "facesluiceId " + problem, payload.length, null);
                return;
            }
            if (!allowed(payloadDevice)) {
                bad(topic, payloadDevice, HfBadInput.Kind.NOT_ALLOWED, "device '" + payloadDevice
                        + "' is not in allowedDevices", payload.length, null);
                return;
            }
            deviceId = payloadDevice;
        }
        stats.events.incrementAndGet();
        if (!registry.accepts(deviceId)) {
            // a registry bound by maxDevices, not by how many ids clients make up; said once by the registry
            bad(topic, deviceId, HfBadInput.Kind.NOT_ALLOWED, "the device registry is full (maxDevices)",
                    payload.length, null, false);
            return;
        }
        DeviceRegistry.Update update;
        if (op == Operator.PUSH_ACK_ACK) {
            stats.pushAckAcks.incrementAndGet();
            registry.seen(deviceId, arrival);
            return;
        }
        if (op == Operator.ONLINE) {
            // the device repeats Online until it gets this: answer once per message, whatever the consumers
            host.sendOnlineAck(deviceId);
            Online online = msg.info() instanceof Online o ? o : null;
            update = registry.online(deviceId, arrival, online == null ? null : online.ip(),
                    online == null ? null : online.deviceName());
        } else if (op == Operator.OFFLINE) {
            update = registry.offline(deviceId, arrival);
        } else {
            update = registry.seen(deviceId, arrival);
        }
        if (update == DeviceRegistry.Update.FULL) {
            bad(topic, deviceId, HfBadInput.Kind.NOT_ALLOWED, "the device registry is full (maxDevices)",
                    payload.length, null, false);
            return;
        }
        if (update == DeviceRegistry.Update.AFTER_WILL) {
            probe(deviceId);
        }
        if (gapRecovery != null) {
            gapRecovery.heardFrom(deviceId);
        }
        // the device's clock, from what it sends as it happens: heartbeats, Online, real-time records (a record sent
        // again later carries the time it was made)
        String deviceTime = msg.info() instanceof io.github.camelhfcamera.hfcamera.protocol.model.HeartBeat hb
                ? hb.time() : msg.info() instanceof Online o ? o.time()
                : msg.info() instanceof RecPush r && r.sendInTime() != null && r.sendInTime() == 1
                  && (r.pushType() == null || r.pushType() != 2) ? r.time() : null;
        if (deviceTime != null && op != Operator.OFFLINE && update == DeviceRegistry.Update.APPLIED) {
            host.clockSample(deviceId, deviceTime);
        }
        Long recordId = msg.info() instanceof HfEvent ev ? ev.recordId() : null;
        Boolean realtime = msg.info() instanceof RecPush r && r.sendInTime() != null ? r.sendInTime() == 1 : null;
        delivery.route(new HfDeviceEvent(topic, deviceId, msg.operatorName(), op, msg.info(), recordId, realtime));
    }

    /**
     * A device that goes on sending after an Offline (a will it did not follow up with Online): either the broker
     * delivers its last messages late, or someone else published the Offline. It is asked for its time, a harmless
     * command; an answer from its own Ack topic brings it back online. At most once a heartbeat interval per device.
     */
    private void probe(String deviceId) {
        long now = System.nanoTime();
        Long last = probes.get(deviceId);
        if (last != null && now - last < config.heartbeatInterval().toNanos()) {
            return;
        }
        probes.put(deviceId, now);
        LOG.info("Device {} sends messages after its Offline; asking it for its time to learn whether it is online",
                deviceId);
        host.request(deviceId, Operator.GET_SYS_TIME, io.github.camelhfcamera.hfcamera.protocol.model.EmptyInfo.INSTANCE)
                .whenComplete((reply, x) -> {
                    if (x == null) {
                        probes.remove(deviceId);
                        LOG.info("Device {} answered after its Offline: online again", deviceId);
                        registry.online(deviceId, arrivals.incrementAndGet(), null, null);
                    } else {
                        LOG.info("Device {} did not answer after its Offline ({}): it stays offline", deviceId,
                                HfSession.unwrap(x).getMessage());
                    }
                });
    }

    /** Forgets what the router keeps of devices the registry forgot. */
    void forget(java.util.Collection<String> deviceIds) {
        probes.keySet().removeAll(deviceIds);
    }

    private boolean allowed(String deviceId) {
        Set<String> allowed = config.allowedDevices();
        return allowed.isEmpty() || allowed.contains(deviceId);
    }

    private void bad(String topic, String deviceId, HfBadInput.Kind kind, String reason, int size, Throwable cause) {
        bad(topic, deviceId, kind, reason, size, cause, true);
    }

    /** @param log false for what is said once elsewhere (a full registry), to keep a flood out of the log */
    private void bad(String topic, String deviceId, HfBadInput.Kind kind, String reason, int size, Throwable cause,
                     boolean log) {
        HfBadInput b = new HfBadInput(topic, deviceId, kind, reason, size, cause);
        stats.countBadInput(kind);
        // the reason names the field or the limit; never the payload (it may be an image), ids cut and escaped
        if (log) {
            LOG.warn("Bad input on {}{} ({} bytes): {}", DeviceIds.printable(topic, 128),
                    deviceId == null ? "" : " from " + DeviceIds.printable(deviceId), size, reason);
        } else {
            LOG.debug("Bad input on {}{} ({} bytes): {}", DeviceIds.printable(topic, 128),
                    deviceId == null ? "" : " from " + DeviceIds.printable(deviceId), size, reason);
        }
        for (HfEventListener l : host.listeners()) {
            try {
                l.onBadInput(b);
            } catch (RuntimeException e) {
                LOG.warn("Bad input listener failed: {}", e.toString());
            }
        }
    }
}
