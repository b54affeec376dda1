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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.net.ssl.SSLSocketFactory;

import io.github.camelhfcamera.hfcamera.protocol.Operator;

/**
 * Entry point of the camera simulator: simulated HF cameras that speak the MQTT protocol V1.25 to a real broker, for
 * JUnit tests, the demo and the benchmarks.
 *
 * <pre>{@code
 * try (EmbeddedBroker broker = EmbeddedBroker.create();
 *      SimulatedFleet fleet = CameraSimulator.builder()
 *              .brokerUrl(broker.brokerUrl())
 *              .deviceIds("cam-1", "cam-2")
 *              .heartbeatInterval(Duration.ofMillis(200))
 *              .fastBatches()
 *              .start()) {
 *     SimulatedCamera cam = fleet.camera("cam-1");
 *     // ... the platform under test sends commands; the camera answers them
 *     cam.awaitCommand("EditPerson", Duration.ofSeconds(5));
 *     assertThat(cam.persons()).extracting(Person::customId).contains("p-1");
 *     cam.pushRecord();                       // a RecPush on mqtt/face/cam-1/Rec
 *     cam.loseNetwork();                      // the broker publishes the Offline will
 * }
 * }</pre>
 *
 * Every camera holds its own Paho MQTT 3.1.1 connection at QoS 0 like the real device, unless {@link
 * Builder#multiplexed()} lets one connection play many device ids (fleets of thousands). Timers of all cameras share
 * one scheduler; no camera owns a thread.
 */
public final class CameraSimulator {

    /** The document's default topic prefix: commands on {@code mqtt/face/{id}}, records on {@code mqtt/face/{id}/Rec}. */
    public static final String DEFAULT_TOPIC_PREFIX = "mqtt/face";
    /** The document's batch pace: about 7 s for 200 deletions. */
    public static final Duration REALISTIC_BATCH_TIME_PER_PERSON = Duration.ofMillis(35);

    private CameraSimulator() {
    }

    /** A builder; {@link Builder#brokerUrl(String)} and at least one device id are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Options of a simulated fleet. Durations must be positive unless said otherwise. */
    public static final class Builder {
        String brokerUrl;
        String username;
        char[] password;
        SSLSocketFactory socketFactory;
        final LinkedHashSet<String> deviceIds = new LinkedHashSet<>();
        String topicPrefix = DEFAULT_TOPIC_PREFIX;
        String cloudTopic = "{prefix}/{id}";
        String onlineTopic = "{prefix}/basic";
        String heartbeatTopic = "{prefix}/heartbeat";
        Duration heartbeatInterval = Duration.ofSeconds(30);
        boolean resumeMode;
        Duration resendInterval = Duration.ofSeconds(10);
        Duration batchTimePerPerson = REALISTIC_BATCH_TIME_PER_PERSON;
        int picBytes = 12_000;
        int sceneBytes = 60_000;
        final Map<Operator, Double> eventRates = new EnumMap<>(Operator.class);
        int devicesPerConnection;
        int personCapacity = 10_000;
        Duration reconnectDelay = Duration.ofSeconds(1);
        Duration rebootDuration = Duration.ofSeconds(2);
        Duration downloadTimeout = Duration.ofSeconds(5);
        Duration connectTimeout = Duration.ofSeconds(30);
        int maxPacketBytes = io.github.camelhfcamera.hfcamera.protocol.Checks.ONE_MB;
        int recordHistory = 10_000;
        int receivedHistory = 1_000;
        String clientIdPrefix = "";
        long firstRecordId = 1;
        String firmwareVersion = "2.1.0.3.4.26-0.101.8 Sim";
        int mqttKeepAliveSeconds = 60;
        java.time.Duration clockOffset = java.time.Duration.ZERO;

        Builder() {
        }

        /** The broker, {@code tcp://host:port} or {@code ssl://host:port}. Required. */
        public Builder brokerUrl(String brokerUrl) {
            this.brokerUrl = Objects.requireNonNull(brokerUrl, "brokerUrl");
            return this;
        }

        /** The MQTT user and password every camera logs in with (the device's "Cloud username/password"). */
        public Builder credentials(String username, String password) {
            this.username = username;
            this.password = password == null ? null : password.toCharArray();
            return this;
        }

        /** The socket factory for an {@code ssl://} broker (for example one trusting a test certificate). */
        public Builder sslSocketFactory(SSLSocketFactory factory) {
            this.socketFactory = factory;
            return this;
        }

        /** The device ids to play (the device's "Cloud ID"). */
        public Builder deviceIds(String... ids) {
            return deviceIds(Arrays.asList(ids));
        }

        /** The device ids to play. */
        public Builder deviceIds(Collection<String> ids) {
            for (String id : ids) {
                if (id == null || id.isBlank() || id.contains("/") || id.contains("+") || id.contains("#")) {
                    throw new IllegalArgumentException("not a usable device id: '" + id + "'");
                }
                deviceIds.add(id);
            }
            return this;
        }

        /** {@code count} devices named {@code prefix1} to {@code prefixN}. */
        public Builder devices(int count, String prefix) {
            List<String> ids = new ArrayList<>(count);
            for (int i = 1; i <= count; i++) {
                ids.add(prefix + i);
            }
            return deviceIds(ids);
        }

        /** The prefix of every topic, {@code mqtt/face} by default. */
        public Builder topicPrefix(String prefix) {
            this.topicPrefix = stripSlashes(prefix);
            return this;
        }

        /**
         * The topic each camera subscribes to (the device's "Cloud topic"), with {@code {prefix}} and {@code {id}}
         * placeholders; {@code {prefix}/{id}} by default. A pattern without {@code {id}} puts all cameras on one
         * shared topic, where commands without facesluiceId reach every camera.
         */
        public Builder cloudTopic(String pattern) {
            this.cloudTopic = Objects.requireNonNull(pattern, "pattern");
            return this;
        }

        /** The online/offline topic, {@code {prefix}/basic} by default. */
        public Builder onlineTopic(String pattern) {
            this.onlineTopic = Objects.requireNonNull(pattern, "pattern");
            return this;
        }

        /** The heartbeat topic, {@code {prefix}/heartbeat} by default. */
        public Builder heartbeatTopic(String pattern) {
            this.heartbeatTopic = Objects.requireNonNull(pattern, "pattern");
            return this;
        }

        /**
         * How often HeartBeat is sent and Online repeated until Online-Ack (the device's KeepAliveInterval, 30 s by
         * default; tests use a few hundred milliseconds). An UpMQTTconfig KeepAliveInterval replaces it.
         */
        public Builder heartbeatInterval(Duration interval) {
            this.heartbeatInterval = positive(interval, "heartbeatInterval");
            return this;
        }

        /** Starts the cameras in resume mode (UpMQTTconfig ResumefromBreakpoint=1): records wait for a PushAck. */
        public Builder resumeMode(boolean on) {
            this.resumeMode = on;
            return this;
        }

        /** How long a record waits for its PushAck before it is sent again in resume mode; 10 s by default. */
        public Builder resendInterval(Duration interval) {
            this.resendInterval = positive(interval, "resendInterval");
            return this;
        }

        /** Time a batch command spends per person (zero allowed). */
        public Builder batchTimePerPerson(Duration perPerson) {
            if (perPerson == null || perPerson.isNegative()) {
                throw new IllegalArgumentException("batchTimePerPerson must be zero or more");
            }
            this.batchTimePerPerson = perPerson;
            return this;
        }

        /** Batches take no time beyond the downloads (for tests). */
        public Builder fastBatches() {
            return batchTimePerPerson(Duration.ZERO);
        }

        /** Batches take about 35 ms per person, like the firmware (200 deletions in about 7 s). The default. */
        public Builder realisticBatches() {
            return batchTimePerPerson(REALISTIC_BATCH_TIME_PER_PERSON);
        }

        /**
         * Size in bytes of the generated target pictures ({@code pic}); {@code Jpegs.maxBytesFor(Jpegs.PIC_LIMIT)}
         * is the document's maximum.
         */
        public Builder picBytes(int bytes) {
            this.picBytes = atLeast(bytes, 1, "picBytes");
            return this;
        }

        /**
         * Size in bytes of the generated scene pictures; {@code Jpegs.maxBytesFor(Jpegs.SCENE_LIMIT)} is the
         * document's maximum.
         */
        public Builder sceneBytes(int bytes) {
            this.sceneBytes = atLeast(bytes, 1, "sceneBytes");
            return this;
        }

        /**
         * Pushes {@code kind} on a schedule, {@code perMinute} times a minute per camera (0 stops it). Any event a
         * camera pushes on its own: RecPush, StrSnapPush and the 12 AI kinds.
         */
        public Builder eventRate(Operator kind, double perMinute) {
            if (!SimulatedCamera.PUSHABLE.contains(kind)) {
                throw new IllegalArgumentException(kind + " is not an event a camera pushes on a schedule");
            }
            if (perMinute < 0) {
                throw new IllegalArgumentException("perMinute must be zero or more");
            }
            eventRates.put(kind, perMinute);
            return this;
        }

        /** One MQTT connection plays every device id (fleet tests of thousands of devices). */
        public Builder multiplexed() {
            return multiplexed(Integer.MAX_VALUE);
        }

        /** Connections that play up to {@code devicesPerConnection} device ids each. */
        public Builder multiplexed(int devicesPerConnection) {
            this.devicesPerConnection = atLeast(devicesPerConnection, 1, "devicesPerConnection");
            return this;
        }

        /** How many persons a camera's list holds before "Person num is full"; 10,000 by default. */
        public Builder personCapacity(int capacity) {
            this.personCapacity = atLeast(capacity, 0, "personCapacity");
            return this;
        }

        /** Pause before a camera reconnects after losing its connection; 1 s by default. */
        public Builder reconnectDelay(Duration delay) {
            this.reconnectDelay = positive(delay, "reconnectDelay");
            return this;
        }

        /** How long RebootDevice, SetRTSPCfg, SetFactoryDefault, Upgrade and {@code restart()} keep a camera away. */
        public Builder rebootDuration(Duration duration) {
            this.rebootDuration = positive(duration, "rebootDuration");
            return this;
        }

        /** Connect and read timeout of picURI downloads; 5 s by default. */
        public Builder downloadTimeout(Duration timeout) {
            this.downloadTimeout = positive(timeout, "downloadTimeout");
            return this;
        }

        /** How long {@code start()} waits for every camera to be connected; 30 s by default. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /** Largest command packet accepted before "Data out of range" (460); 1 MB (1,048,576 bytes) by default. */
        public Builder maxPacketBytes(int bytes) {
            this.maxPacketBytes = atLeast(bytes, 1, "maxPacketBytes");
            return this;
        }

        /** How many records and stranger snapshots a camera keeps for ManualPushRecords / ManualPushSnaps. */
        public Builder recordHistory(int records) {
            this.recordHistory = atLeast(records, 0, "recordHistory");
            return this;
        }

        /**
         * How many received messages a camera keeps for {@code receivedCommands()} (1,000 by default). Each keeps
         * its payload, base64 photos included: lower it for long runs with big EditPerson commands.
         */
        public Builder receivedHistory(int messages) {
            this.receivedHistory = atLeast(messages, 0, "receivedHistory");
            return this;
        }

        /** Prefix of the MQTT client ids; a camera's client id is the prefix and its device id. */
        public Builder clientIdPrefix(String prefix) {
            this.clientIdPrefix = Objects.requireNonNull(prefix, "prefix");
            return this;
        }

        /** The first RecordID / SnapID / SnapOrRecordID each camera gives; 1 by default. */
        public Builder firstRecordId(long id) {
            this.firstRecordId = id;
            return this;
        }

        /** The firmware version Versions answers with. */
        public Builder firmwareVersion(String version) {
            this.firmwareVersion = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * How far the cameras' clocks are ahead of this machine's (negative: behind) when they start, as cameras that
         * were never set; SetSysTime sets them. Zero by default.
         */
        public Builder clockOffset(java.time.Duration offset) {
            this.clockOffset = Objects.requireNonNull(offset, "offset");
            return this;
        }

        /** The MQTT keep-alive of the cameras' connections in seconds (not the protocol's HeartBeat); 60 by default. */
        public Builder mqttKeepAlive(int seconds) {
            this.mqttKeepAliveSeconds = atLeast(seconds, 0, "mqttKeepAlive");
            return this;
        }

        /**
         * Connects every camera and waits until all are subscribed to their cloud topic and have sent Online.
         *
         * @throws IllegalStateException when they are not connected within the connect timeout
         */
        public SimulatedFleet start() {
            if (brokerUrl == null) {
                throw new IllegalStateException("brokerUrl is required");
            }
            if (deviceIds.isEmpty()) {
                throw new IllegalStateException("at least one device id is required");
            }
            SimulatedFleet fleet = new SimulatedFleet(this);
            try {
                fleet.connectAll();
            } catch (RuntimeException | Error e) {
                fleet.close();
                throw e;
            }
            return fleet;
        }

        String topic(String pattern, String id) {
            return pattern.replace("{prefix}", topicPrefix).replace("{id}", id);
        }

        private static Duration positive(Duration d, String name) {
            if (d == null || d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return d;
        }

        private static int atLeast(int v, int min, String name) {
            if (v < min) {
                throw new IllegalArgumentException(name + " must be at least " + min);
            }
            return v;
        }

        private static String stripSlashes(String s) {
            String t = Objects.requireNonNull(s, "prefix");
            while (t.endsWith("/")) {
                t = t.substring(0, t.length() - 1);
            }
            return t;
        }
    }
}
