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
package io.github.camelhfcamera.hfcamera;

import java.util.List;

import io.github.camelhfcamera.hfcamera.session.HfSessionConfig;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options shared by every endpoint: set on the component, copied per endpoint, overridable on an endpoint's URI.
 * <p>
 * The connection options (broker, login, TLS, topics, registry and dedupe settings) select the connection: every
 * endpoint with the same values uses the component's one connection; an endpoint that overrides one of them (a
 * Kamelet that names its broker, a route on a second broker) gets a connection of its own, shared with every other
 * endpoint of the same values.
 */
@UriParams
public class HfCameraConfiguration implements Cloneable {

    @UriParam(label = "common", defaultValue = "tcp://localhost:1883",
              description = "The MQTT broker the cameras use, for example tcp://host:1883 or ssl://host:8883.")
    private String brokerUrl = "tcp://localhost:1883";

    @UriParam(label = "common", description = "The MQTT client id of the connection; generated when not set. Two"
                                              + " platform instances must not share one.")
    private String clientId;

    @UriParam(label = "security", secret = true, description = "User name for the broker.")
    private String userName;

    @UriParam(label = "security", secret = true, description = "Password for the broker.")
    private String password;

    @UriParam(label = "security", description = "TLS configuration (Camel's SSLContextParameters) for ssl:// brokers.")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "common", defaultValue = "true",
              description = "Reconnect automatically when the connection is lost; the subscriptions are restored.")
    private boolean automaticReconnect = true;

    @UriParam(label = "common", defaultValue = "30", description = "Connection timeout in seconds.")
    private int connectionTimeout = 30;

    @UriParam(label = "common", defaultValue = "60", description = "MQTT keep alive interval in seconds.")
    private int keepAliveInterval = 60;

    @UriParam(label = "common", defaultValue = "mqtt/face",
              description = "The prefix of the devices' topics: commands go to {prefix}/{deviceId}, answers come on"
                            + " {prefix}/{deviceId}/Ack, records on /Rec and /Snap.")
    private String topicPrefix = "mqtt/face";

    @UriParam(label = "common", defaultValue = "mqtt/face/heartbeat", description = "The devices' heartbeat topic.")
    private String heartbeatTopic = "mqtt/face/heartbeat";

    @UriParam(label = "common", defaultValue = "mqtt/face/basic",
              description = "The devices' online and offline topic.")
    private String onlineTopic = "mqtt/face/basic";

    @UriParam(label = "security",
              description = "Comma separated ids of the devices whose messages are accepted; messages of any other"
                            + " device are bad input. Empty accepts every device.")
    private String allowedDevices;

    @UriParam(label = "consumer", defaultValue = "30000", javaType = "java.time.Duration",
              description = "The devices' heartbeat interval (their KeepAliveInterval, 30 s by default).")
    private long heartbeatInterval = 30000;

    @UriParam(label = "consumer", defaultValue = "2",
              description = "How many heartbeats in a row a device may miss before it is lost (the document says at"
                            + " least two).")
    private int heartbeatMissesBeforeLost = 2;

    @UriParam(label = "consumer,advanced",
              description = "Remembers the records already routed (by device, operator and record id), so that a"
                            + " record the device sends again is acknowledged but not routed twice. An in-memory"
                            + " repository of 10000 entries per connection by default; use a shared one when several"
                            + " instances split the events.")
    private IdempotentRepository idempotentRepository;

    @UriParam(label = "consumer",
              description = "Subscribe the event topics (Rec, Snap) as the MQTT 5 shared subscription"
                            + " $share/{group}/..., so that several instances with the same group split one fleet."
                            + " The answer topic stays unshared: each instance sees the answers to its own commands.")
    private String sharedSubscriptionGroup;

    @UriParam(label = "consumer,advanced", defaultValue = "3211264",
              description = "Largest event payload accepted, in bytes; larger ones are bad input. The default holds"
                            + " the document's largest record: a 1 MB picture, a 2 MB scene and the fields.")
    private int maxPayloadSize = HfSessionConfig.DEFAULT_MAX_PAYLOAD_SIZE;

    @UriParam(label = "producer,advanced", defaultValue = "2000", javaType = "java.time.Duration",
              description = "How long to wait before sending again a batch the device refused as busy (410).")
    private long busyRetryDelay = 2000;

    @UriParam(label = "consumer", defaultValue = "false",
              description = "Gap recovery: when a device comes back after it was lost or offline, or the component"
                            + " reconnects to the broker, ask the device for the records of the window it was away"
                            + " (ManualPushRecords and ManualPushSnaps), so that they arrive even without resume mode."
                            + " They arrive re-pushed (PushType 2) and are deduplicated against the records already"
                            + " routed, through the idempotent repository. The devices' clocks must be set (SetSysTime)"
                            + " to the component's time zone.")
    private boolean gapRecovery;

    @UriParam(label = "consumer,advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "Gap recovery: how far before the last message heard from a device the window starts, and"
                            + " how far after its return it ends (records in flight when the connection broke, clock"
                            + " differences).")
    private long gapRecoveryMargin = 60000;

    @UriParam(label = "producer", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long to wait for a device's answer to a command before failing the exchange with a"
                            + " timeout exception naming the messageId, the device and the operator.")
    private long requestTimeout = 10000;

    @UriParam(label = "producer", defaultValue = "600000", javaType = "java.time.Duration",
              description = "How long to wait for the answer to a batch (AddPersons, EditPersonsNew, DeletePersons)"
                            + " or DeleteAllPerson, and to keep retrying a batch the device refuses as busy (410):"
                            + " a batch of 1000 photo downloads takes minutes.")
    private long batchTimeout = 600000;

    @UriParam(label = "producer", defaultValue = "false",
              description = "Send to a device the registry knows to be OFFLINE (its will arrived) or LOST (missed its"
                            + " heartbeats) too. By default such a device fails the exchange at once, naming its"
                            + " state, instead of waiting for requestTimeout; a device never heard of is sent to.")
    private boolean sendToOfflineDevices;

    @UriParam(label = "consumer", defaultValue = "false",
              description = "Drop the image data (pic, scene, ...) from event bodies, so that routes that do not need"
                            + " the images do not keep the payload in memory.")
    private boolean dropImages;

    @UriParam(label = "advanced", defaultValue = "10000",
              description = "How many devices the registry of a connection holds at the most: messages from further"
                            + " devices are refused (said once in the log) until silent ones are forgotten"
                            + " (deviceExpiry). Bounds the memory that a client on the broker making up device ids"
                            + " can take.")
    private int maxDevices = 10_000;

    @UriParam(label = "advanced", defaultValue = "86400000", javaType = "java.time.Duration",
              description = "How long a device that is not online may stay silent before the registry forgets it.")
    private long deviceExpiry = 86_400_000L;

    @UriParam(label = "consumer,advanced", defaultValue = "10000",
              description = "How many messages may wait between the network and the event routes. When the queue is"
                            + " full (in messages or in bytes) the connection stops reading from the broker until the"
                            + " routes catch up (back-pressure), however slow they are; only when no route took a"
                            + " message for 2 s (routes waiting for a command's answer, which the connection must read"
                            + " first) are messages dropped and counted (a record dropped so gets no PushAck and its"
                            + " device sends it again). The queue of messages to the broker holds twice as many plus"
                            + " 1,000. Memory stays bounded whatever the devices send.")
    private int maxQueuedMessages = 10_000;

    @UriParam(label = "consumer,advanced", defaultValue = "33554432",
              description = "How many payload bytes may wait between the network and the event routes (a single"
                            + " message always fits); see maxQueuedMessages.")
    private int maxQueuedBytes = 32 * 1024 * 1024;

    @UriParam(label = "producer",
              description = "persons sync: where the content hash of every person last synced to every device is"
                            + " kept (Camel's StateRepository, for example FileStateRepository, or"
                            + " HfCameraJdbcStateRepository on a DataSource), so that a sync after a restart sends"
                            + " only what changed. By default one in memory per component, forgotten on restart:"
                            + " the first sync after a restart then sends every person again.")
    private StateRepository<String, String> syncStateRepository;

    @UriParam(label = "producer",
              description = "persons sync: the most persons a sync may delete from one device, as a number (50) or a"
                            + " percent of the persons the device holds (10%, rounded down). A sync that would delete"
                            + " more from any device fails before anything is sent to any device, naming the devices,"
                            + " the planned deletes and the limit. Not set: no limit.")
    private String maxDeletes;
    @UriParam(label = "producer", defaultValue = "true",
              description = "Check the persons' photos before they leave and make them fit the document's limits: a"
                            + " photo given as bytes (pic), as a file (picURI file:... or classpath:...) or, with"
                            + " photoServer, as an http(s) URL must be a JPEG or PNG that decodes; one larger than"
                            + " 1080p (1920x1080 either orientation) or 1 MB, or turned by its EXIF orientation, is"
                            + " scaled and re-encoded as JPEG; one that cannot be made to fit (or of more than 64"
                            + " megapixels or 32 MB) fails the exchange before anything is sent, naming the person"
                            + " and the reason. Inline photos (base64 in EditPerson) are held to what the command"
                            + " may have: 1 MB and the broker's packet limit. Without photoServer an http(s) picURI"
                            + " goes to the camera as given.")
    private boolean preparePhotos = true;

    @UriParam(label = "producer", defaultValue = "false",
              description = "Serve the photos of the persons in flight to the cameras from the component: the batch"
                            + " operations (upsert of several persons, add) put each photo given as bytes, a file or"
                            + " a URL behind a one-time URL with an unguessable token (256 random bits) that the"
                            + " camera downloads (picURI), and that expires when the batch is answered or after twice"
                            + " batchTimeout. Any other request gets 404 and is counted (JMX PhotoRequestsRefused)."
                            + " Photos given as bytes or files then go in batches instead of one EditPerson a second.")
    private boolean photoServer;

    @UriParam(label = "producer", defaultValue = "127.0.0.1",
              description = "The address the photo server listens on; 0.0.0.0 for every interface (then"
                            + " photoServerAdvertisedHost is required).")
    private String photoServerHost = "127.0.0.1";

    @UriParam(label = "producer", defaultValue = "0",
              description = "The port of the photo server; 0 takes a free port (the URLs carry the port chosen).")
    private int photoServerPort;

    @UriParam(label = "producer",
              description = "The host name or address the cameras download the photos from (the URLs' host); by"
                            + " default photoServerHost.")
    private String photoServerAdvertisedHost;

    @UriParam(label = "producer,security",
              description = "TLS of the photo server (Camel's SSLContextParameters, its key managers): the photo"
                            + " URLs are then https.")
    private SSLContextParameters photoServerSslContextParameters;

    @UriParam(label = "common", defaultValue = "false",
              description = "Set the clock of a device whose clock offset (measured from its heartbeats, Online and"
                            + " real-time records against the component's clock, in the JVM's time zone) passes"
                            + " maxClockOffset: SetSysTime with the component's time, at most once per"
                            + " clockSyncInterval per device, said in the log.")
    private boolean clockSync;

    @UriParam(label = "common", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How far a device's clock may be off, either way, before clockSync sets it (at least 1 s:"
                            + " the devices give their time in whole seconds); the health check lists the devices"
                            + " beyond it.")
    private long maxClockOffset = 10_000;

    @UriParam(label = "common,advanced", defaultValue = "3600000", javaType = "java.time.Duration",
              description = "clockSync sets a device's clock at most once within this time.")
    private long clockSyncInterval = 3_600_000;

    /**
     * The values that select a connection: endpoints with equal keys share one. Objects (TLS parameters, repository)
     * count by identity. The per-request options (timeouts, busyRetryDelay, dropImages) are not in it: an endpoint
     * that overrides them shares the connection.
     */
    Object connectionKey() {
        return List.of(String.valueOf(brokerUrl), String.valueOf(clientId), String.valueOf(userName),
                String.valueOf(password), identity(sslContextParameters), automaticReconnect, connectionTimeout,
                keepAliveInterval, String.valueOf(topicPrefix), String.valueOf(heartbeatTopic),
                String.valueOf(onlineTopic), String.valueOf(HfCameraComponent.parseList(allowedDevices)),
                heartbeatInterval, heartbeatMissesBeforeLost, identity(idempotentRepository),
                String.valueOf(sharedSubscriptionGroup), maxPayloadSize, gapRecovery, gapRecoveryMargin,
                maxDevices, deviceExpiry, maxQueuedMessages, maxQueuedBytes, clockSync, maxClockOffset,
                clockSyncInterval);
    }

    /**
     * The client's configuration for these options: the one mapping from the Camel options to the session's (TLS and
     * threads are added by the component). The per-request options go to the producers instead; the timeouts here
     * are only the session's defaults.
     *
     * @param clientId the client id to use (made unique by the component)
     */
    HfSessionConfig sessionConfig(String clientId, io.github.camelhfcamera.hfcamera.session.RecordRepository records) {
        return new HfSessionConfig()
                .brokerUrl(brokerUrl).clientId(clientId).userName(userName).password(password)
                .automaticReconnect(automaticReconnect).connectionTimeout(connectionTimeout)
                .keepAliveInterval(keepAliveInterval).topicPrefix(topicPrefix)
                .heartbeatTopic(heartbeatTopic).onlineTopic(onlineTopic)
                .requestTimeout(java.time.Duration.ofMillis(requestTimeout))
                .batchTimeout(java.time.Duration.ofMillis(batchTimeout))
                .heartbeatInterval(java.time.Duration.ofMillis(heartbeatInterval))
                .heartbeatMissesBeforeLost(heartbeatMissesBeforeLost)
                .allowedDevices(HfCameraComponent.parseList(allowedDevices))
                .sharedSubscriptionGroup(sharedSubscriptionGroup).maxPayloadSize(maxPayloadSize)
                .recordRepository(records).gapRecovery(gapRecovery)
                .gapRecoveryMargin(java.time.Duration.ofMillis(gapRecoveryMargin))
                .maxDevices(maxDevices).deviceExpiry(java.time.Duration.ofMillis(deviceExpiry))
                .maxQueuedMessages(maxQueuedMessages).maxQueuedBytes(maxQueuedBytes)
                .clockSync(clockSync).maxClockOffset(java.time.Duration.ofMillis(maxClockOffset))
                .clockSyncInterval(java.time.Duration.ofMillis(clockSyncInterval));
    }

    private static Object identity(Object o) {
        return o == null ? "null" : System.identityHashCode(o) + "@" + o.getClass().getName();
    }

    public HfCameraConfiguration copy() {
        try {
            return (HfCameraConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /** The values that select a photo server: endpoints with equal keys share one. */
    Object photoServerKey() {
        return List.of(String.valueOf(photoServerHost), photoServerPort, String.valueOf(photoServerAdvertisedHost),
                identity(photoServerSslContextParameters));
    }

    public boolean isPreparePhotos() {
        return preparePhotos;
    }

    public void setPreparePhotos(boolean preparePhotos) {
        this.preparePhotos = preparePhotos;
    }

    public boolean isPhotoServer() {
        return photoServer;
    }

    public void setPhotoServer(boolean photoServer) {
        this.photoServer = photoServer;
    }

    public String getPhotoServerHost() {
        return photoServerHost;
    }

    public void setPhotoServerHost(String photoServerHost) {
        this.photoServerHost = photoServerHost;
    }

    public int getPhotoServerPort() {
        return photoServerPort;
    }

    public void setPhotoServerPort(int photoServerPort) {
        this.photoServerPort = photoServerPort;
    }

    public String getPhotoServerAdvertisedHost() {
        return photoServerAdvertisedHost;
    }

    public void setPhotoServerAdvertisedHost(String photoServerAdvertisedHost) {
        this.photoServerAdvertisedHost = photoServerAdvertisedHost;
    }

    public SSLContextParameters getPhotoServerSslContextParameters() {
        return photoServerSslContextParameters;
    }

    public void setPhotoServerSslContextParameters(SSLContextParameters photoServerSslContextParameters) {
        this.photoServerSslContextParameters = photoServerSslContextParameters;
    }

    public boolean isClockSync() {
        return clockSync;
    }

    public void setClockSync(boolean clockSync) {
        this.clockSync = clockSync;
    }

    public long getMaxClockOffset() {
        return maxClockOffset;
    }

    public void setMaxClockOffset(long maxClockOffset) {
        this.maxClockOffset = maxClockOffset;
    }

    public long getClockSyncInterval() {
        return clockSyncInterval;
    }

    public void setClockSyncInterval(long clockSyncInterval) {
        this.clockSyncInterval = clockSyncInterval;
    }

    public String getBrokerUrl() {
        return brokerUrl;
    }

    public void setBrokerUrl(String brokerUrl) {
        this.brokerUrl = brokerUrl;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public boolean isAutomaticReconnect() {
        return automaticReconnect;
    }

    public void setAutomaticReconnect(boolean automaticReconnect) {
        this.automaticReconnect = automaticReconnect;
    }

    public int getConnectionTimeout() {
        return connectionTimeout;
    }

    public void setConnectionTimeout(int connectionTimeout) {
        this.connectionTimeout = connectionTimeout;
    }

    public int getKeepAliveInterval() {
        return keepAliveInterval;
    }

    public void setKeepAliveInterval(int keepAliveInterval) {
        this.keepAliveInterval = keepAliveInterval;
    }

    public String getTopicPrefix() {
        return topicPrefix;
    }

    public void setTopicPrefix(String topicPrefix) {
        this.topicPrefix = topicPrefix;
    }

    public String getHeartbeatTopic() {
        return heartbeatTopic;
    }

    public void setHeartbeatTopic(String heartbeatTopic) {
        this.heartbeatTopic = heartbeatTopic;
    }

    public String getOnlineTopic() {
        return onlineTopic;
    }

    public void setOnlineTopic(String onlineTopic) {
        this.onlineTopic = onlineTopic;
    }

    public String getAllowedDevices() {
        return allowedDevices;
    }

    public void setAllowedDevices(String allowedDevices) {
        this.allowedDevices = allowedDevices;
    }

    public long getHeartbeatInterval() {
        return heartbeatInterval;
    }

    public void setHeartbeatInterval(long heartbeatInterval) {
        this.heartbeatInterval = heartbeatInterval;
    }

    public int getHeartbeatMissesBeforeLost() {
        return heartbeatMissesBeforeLost;
    }

    public void setHeartbeatMissesBeforeLost(int heartbeatMissesBeforeLost) {
        this.heartbeatMissesBeforeLost = heartbeatMissesBeforeLost;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public String getSharedSubscriptionGroup() {
        return sharedSubscriptionGroup;
    }

    public void setSharedSubscriptionGroup(String sharedSubscriptionGroup) {
        this.sharedSubscriptionGroup = sharedSubscriptionGroup;
    }

    public int getMaxPayloadSize() {
        return maxPayloadSize;
    }

    public void setMaxPayloadSize(int maxPayloadSize) {
        this.maxPayloadSize = maxPayloadSize;
    }

    public long getBusyRetryDelay() {
        return busyRetryDelay;
    }

    public void setBusyRetryDelay(long busyRetryDelay) {
        this.busyRetryDelay = busyRetryDelay;
    }

    public boolean isSendToOfflineDevices() {
        return sendToOfflineDevices;
    }

    public void setSendToOfflineDevices(boolean sendToOfflineDevices) {
        this.sendToOfflineDevices = sendToOfflineDevices;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public long getBatchTimeout() {
        return batchTimeout;
    }

    public void setBatchTimeout(long batchTimeout) {
        this.batchTimeout = batchTimeout;
    }

    public boolean isDropImages() {
        return dropImages;
    }

    public void setDropImages(boolean dropImages) {
        this.dropImages = dropImages;
    }

    public boolean isGapRecovery() {
        return gapRecovery;
    }

    public void setGapRecovery(boolean gapRecovery) {
        this.gapRecovery = gapRecovery;
    }

    public long getGapRecoveryMargin() {
        return gapRecoveryMargin;
    }

    public void setGapRecoveryMargin(long gapRecoveryMargin) {
        this.gapRecoveryMargin = gapRecoveryMargin;
    }

    public int getMaxDevices() {
        return maxDevices;
    }

    public void setMaxDevices(int maxDevices) {
        this.maxDevices = maxDevices;
    }

    public long getDeviceExpiry() {
        return deviceExpiry;
    }

    public void setDeviceExpiry(long deviceExpiry) {
        this.deviceExpiry = deviceExpiry;
    }

    public int getMaxQueuedMessages() {
        return maxQueuedMessages;
    }

    public void setMaxQueuedMessages(int maxQueuedMessages) {
        this.maxQueuedMessages = maxQueuedMessages;
    }

    public StateRepository<String, String> getSyncStateRepository() {
        return syncStateRepository;
    }

    public void setSyncStateRepository(StateRepository<String, String> syncStateRepository) {
        this.syncStateRepository = syncStateRepository;
    }

    public String getMaxDeletes() {
        return maxDeletes;
    }

    public void setMaxDeletes(String maxDeletes) {
        this.maxDeletes = maxDeletes;
    }

    public int getMaxQueuedBytes() {
        return maxQueuedBytes;
    }

    public void setMaxQueuedBytes(int maxQueuedBytes) {
        this.maxQueuedBytes = maxQueuedBytes;
    }
}
