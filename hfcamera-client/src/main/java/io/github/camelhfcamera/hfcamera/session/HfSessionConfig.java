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
import java.util.Set;


/**
 * Settings of one {@link HfSession}: the MQTT connection and the protocol's topics, timeouts and limits. Defaults are
 * those of the document and of the device's web page.
 */
public final class HfSessionConfig {

    /** Largest event payload accepted by default: a 1 MB face picture, a 2 MB scene and room for the fields. */
    public static final int DEFAULT_MAX_PAYLOAD_SIZE = 3 * 1024 * 1024 + 64 * 1024;

    private String brokerUrl = "tcp://localhost:1883";
    private String clientId;
    private String userName;
    private String password;
    private HfTls tls;
    private HfSessionExecutors executors;
    private int eventThreads = HfSessionExecutors.defaultEventThreads();
    private int maxQueuedMessages = 10_000;
    private int maxDevices = 10_000;
    private Duration deviceExpiry = Duration.ofDays(1);
    private int maxQueuedBytes = 32 * 1024 * 1024;
    private boolean automaticReconnect = true;
    private int connectionTimeout = 30;
    private int keepAliveInterval = 60;
    private String topicPrefix = "mqtt/face";
    private String heartbeatTopic = "mqtt/face/heartbeat";
    private String onlineTopic = "mqtt/face/basic";
    private Duration requestTimeout = Duration.ofSeconds(10);
    private Duration batchTimeout = Duration.ofMinutes(10);
    private Duration busyRetryDelay = Duration.ofSeconds(2);
    private Duration heartbeatInterval = Duration.ofSeconds(30);
    private int heartbeatMissesBeforeLost = 2;
    private Set<String> allowedDevices = Set.of();
    private String sharedSubscriptionGroup;
    private int maxPayloadSize = DEFAULT_MAX_PAYLOAD_SIZE;
    private RecordRepository recordRepository;
    private boolean gapRecovery;
    private Duration gapRecoveryMargin = Duration.ofSeconds(60);
    private boolean clockSync;
    private Duration maxClockOffset = Duration.ofSeconds(10);
    private Duration clockSyncInterval = Duration.ofHours(1);

    public String brokerUrl() {
        return brokerUrl;
    }

    public HfSessionConfig brokerUrl(String brokerUrl) {
        this.brokerUrl = brokerUrl;
        return this;
    }

    public String clientId() {
        return clientId;
    }

    public HfSessionConfig clientId(String clientId) {
        this.clientId = clientId;
        return this;
    }

    public String userName() {
        return userName;
    }

    public HfSessionConfig userName(String userName) {
        this.userName = userName;
        return this;
    }

    public String password() {
        return password;
    }

    public HfSessionConfig password(String password) {
        this.password = password;
        return this;
    }

    public HfTls tls() {
        return tls;
    }

    /** TLS for {@code ssl://} and {@code wss://} broker URLs; {@code null}: the JDK's defaults. */
    public HfSessionConfig tls(HfTls tls) {
        this.tls = tls;
        return this;
    }

    public HfSessionExecutors executors() {
        return executors;
    }

    /** The threads the session runs on; {@code null} (the default): its own, shut down when it closes. */
    public HfSessionConfig executors(HfSessionExecutors executors) {
        this.executors = executors;
        return this;
    }

    public int eventThreads() {
        return eventThreads;
    }

    /** How many event workers the session's own executors get (ignored when {@link #executors} are given). */
    public HfSessionConfig eventThreads(int eventThreads) {
        this.eventThreads = eventThreads;
        return this;
    }

    public int maxQueuedMessages() {
        return maxQueuedMessages;
    }

    /**
     * How many messages may wait for an event worker; when the queue is full the session stops reading from the
     * broker until the routes catch up.
     */
    public HfSessionConfig maxQueuedMessages(int maxQueuedMessages) {
        this.maxQueuedMessages = maxQueuedMessages;
        return this;
    }

    public int maxDevices() {
        return maxDevices;
    }

    /**
     * How many devices the registry holds at the most: messages from further devices are refused (and said once in
     * the log) until silent ones are forgotten. Bounds the memory a client making up device ids can take.
     */
    public HfSessionConfig maxDevices(int maxDevices) {
        this.maxDevices = maxDevices;
        return this;
    }

    public Duration deviceExpiry() {
        return deviceExpiry;
    }

    /** How long a device that is not online may stay silent before the registry forgets it. */
    public HfSessionConfig deviceExpiry(Duration deviceExpiry) {
        this.deviceExpiry = deviceExpiry;
        return this;
    }

    public int maxQueuedBytes() {
        return maxQueuedBytes;
    }

    /** How many payload bytes may wait for an event worker (a single message always fits); see maxQueuedMessages. */
    public HfSessionConfig maxQueuedBytes(int maxQueuedBytes) {
        this.maxQueuedBytes = maxQueuedBytes;
        return this;
    }

    public boolean automaticReconnect() {
        return automaticReconnect;
    }

    public HfSessionConfig automaticReconnect(boolean automaticReconnect) {
        this.automaticReconnect = automaticReconnect;
        return this;
    }

    /** Seconds. */
    public int connectionTimeout() {
        return connectionTimeout;
    }

    public HfSessionConfig connectionTimeout(int seconds) {
        this.connectionTimeout = seconds;
        return this;
    }

    /** Seconds. */
    public int keepAliveInterval() {
        return keepAliveInterval;
    }

    public HfSessionConfig keepAliveInterval(int seconds) {
        this.keepAliveInterval = seconds;
        return this;
    }

    public String topicPrefix() {
        return topicPrefix;
    }

    public HfSessionConfig topicPrefix(String topicPrefix) {
        this.topicPrefix = stripSlash(topicPrefix);
        return this;
    }

    public String heartbeatTopic() {
        return heartbeatTopic;
    }

    public HfSessionConfig heartbeatTopic(String heartbeatTopic) {
        this.heartbeatTopic = heartbeatTopic;
        return this;
    }

    public String onlineTopic() {
        return onlineTopic;
    }

    public HfSessionConfig onlineTopic(String onlineTopic) {
        this.onlineTopic = onlineTopic;
        return this;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    public HfSessionConfig requestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
        return this;
    }

    public Duration batchTimeout() {
        return batchTimeout;
    }

    public HfSessionConfig batchTimeout(Duration batchTimeout) {
        this.batchTimeout = batchTimeout;
        return this;
    }

    public Duration busyRetryDelay() {
        return busyRetryDelay;
    }

    /** How long to wait before sending a batch again that the device refused with 410 (busy). */
    public HfSessionConfig busyRetryDelay(Duration busyRetryDelay) {
        this.busyRetryDelay = busyRetryDelay;
        return this;
    }

    public Duration heartbeatInterval() {
        return heartbeatInterval;
    }

    /** The devices' heartbeat interval (their KeepAliveInterval, 30 s by default). */
    public HfSessionConfig heartbeatInterval(Duration heartbeatInterval) {
        this.heartbeatInterval = heartbeatInterval;
        return this;
    }

    public int heartbeatMissesBeforeLost() {
        return heartbeatMissesBeforeLost;
    }

    public HfSessionConfig heartbeatMissesBeforeLost(int misses) {
        this.heartbeatMissesBeforeLost = misses;
        return this;
    }

    public Set<String> allowedDevices() {
        return allowedDevices;
    }

    /** The devices whose messages are accepted; empty accepts every device. */
    public HfSessionConfig allowedDevices(Set<String> allowedDevices) {
        this.allowedDevices = allowedDevices == null ? Set.of() : Set.copyOf(allowedDevices);
        return this;
    }

    public String sharedSubscriptionGroup() {
        return sharedSubscriptionGroup;
    }

    public HfSessionConfig sharedSubscriptionGroup(String group) {
        this.sharedSubscriptionGroup = group == null || group.isBlank() ? null : group;
        return this;
    }

    public int maxPayloadSize() {
        return maxPayloadSize;
    }

    public HfSessionConfig maxPayloadSize(int maxPayloadSize) {
        this.maxPayloadSize = maxPayloadSize;
        return this;
    }

    public RecordRepository recordRepository() {
        return recordRepository;
    }

    public HfSessionConfig recordRepository(RecordRepository recordRepository) {
        this.recordRepository = recordRepository;
        return this;
    }

    public boolean gapRecovery() {
        return gapRecovery;
    }

    /**
     * When a device comes back after it was lost or offline, or the session reconnects to the broker, ask the devices
     * for the records of the window they were away (ManualPushRecords, ManualPushSnaps). The re-pushed records
     * (PushType 2) are deduplicated against those already routed.
     */
    public HfSessionConfig gapRecovery(boolean gapRecovery) {
        this.gapRecovery = gapRecovery;
        return this;
    }

    public Duration gapRecoveryMargin() {
        return gapRecoveryMargin;
    }

    /**
     * How far before the last message heard from a device the recovery window starts, and how far after its return
     * it ends: covers records that were in flight when the connection broke and small clock differences.
     */
    public HfSessionConfig gapRecoveryMargin(Duration margin) {
        this.gapRecoveryMargin = margin;
        return this;
    }

    public boolean clockSync() {
        return clockSync;
    }

    /**
     * Set the clock of a device whose offset (from its heartbeats, Online and real-time records) passes
     * {@link #maxClockOffset()}: SetSysTime with the session's time in the JVM's time zone, at most once per
     * {@link #clockSyncInterval()} per device, said in the log.
     */
    public HfSessionConfig clockSync(boolean clockSync) {
        this.clockSync = clockSync;
        return this;
    }

    public Duration maxClockOffset() {
        return maxClockOffset;
    }

    /** How far a device's clock may be off (either way) before clockSync sets it. */
    public HfSessionConfig maxClockOffset(Duration maxClockOffset) {
        this.maxClockOffset = maxClockOffset;
        return this;
    }

    public Duration clockSyncInterval() {
        return clockSyncInterval;
    }

    /** At most one SetSysTime per device within this time. */
    public HfSessionConfig clockSyncInterval(Duration clockSyncInterval) {
        this.clockSyncInterval = clockSyncInterval;
        return this;
    }

    /** Checks the values; the message names the setting and the limit. */
    void validate() {
        require(brokerUrl != null && !brokerUrl.isBlank(), "brokerUrl is required");
        require(topicPrefix != null && !topicPrefix.isBlank(), "topicPrefix is required");
        require(heartbeatTopic != null && !heartbeatTopic.isBlank(), "heartbeatTopic is required");
        require(onlineTopic != null && !onlineTopic.isBlank(), "onlineTopic is required");
        require(positive(requestTimeout), "requestTimeout must be positive, got " + requestTimeout);
        require(positive(batchTimeout), "batchTimeout must be positive, got " + batchTimeout);
        require(positive(heartbeatInterval), "heartbeatInterval must be positive, got " + heartbeatInterval);
        require(heartbeatMissesBeforeLost >= 1, "heartbeatMissesBeforeLost must be at least 1, got "
                + heartbeatMissesBeforeLost);
        require(maxPayloadSize >= 1024, "maxPayloadSize must be at least 1024 bytes, got " + maxPayloadSize);
        require(gapRecoveryMargin != null && !gapRecoveryMargin.isNegative(),
                "gapRecoveryMargin must be 0 or more, got " + gapRecoveryMargin);
        require(positive(maxClockOffset) && maxClockOffset.compareTo(Duration.ofSeconds(1)) >= 0,
                "maxClockOffset must be at least 1 s (the devices give their time in whole seconds), got "
                + maxClockOffset);
        require(positive(clockSyncInterval), "clockSyncInterval must be positive, got " + clockSyncInterval);
        require(connectionTimeout >= 0, "connectionTimeout must be 0 or more seconds, got " + connectionTimeout);
        require(eventThreads >= 1, "eventThreads must be at least 1, got " + eventThreads);
        require(maxQueuedMessages >= 1, "maxQueuedMessages must be at least 1, got " + maxQueuedMessages);
        require(maxQueuedBytes >= 1024, "maxQueuedBytes must be at least 1024, got " + maxQueuedBytes);
        require(maxDevices >= 1, "maxDevices must be at least 1, got " + maxDevices);
        require(positive(deviceExpiry), "deviceExpiry must be positive, got " + deviceExpiry);
        BrokerAddress.parse(brokerUrl);
        require(keepAliveInterval >= 0, "keepAliveInterval must be 0 or more seconds, got " + keepAliveInterval);
        require(sharedSubscriptionGroup == null || !sharedSubscriptionGroup.matches(".*[/+#].*"),
                "sharedSubscriptionGroup must not contain '/', '+' or '#', got '" + sharedSubscriptionGroup + "'");
    }

    private static boolean positive(Duration d) {
        return d != null && !d.isNegative() && !d.isZero();
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    private static String stripSlash(String s) {
        return s != null && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public String toString() {
        // never the password
        return "HfSessionConfig[brokerUrl=" + brokerUrl + ", clientId=" + clientId + ", userName=" + userName
                + ", topicPrefix=" + topicPrefix + ", sharedSubscriptionGroup=" + sharedSubscriptionGroup
                + ", gapRecovery=" + gapRecovery + "]";
    }
}
