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
package io.github.camelhfcamera.hfcamera.simulator.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.CameraStats;
import io.github.camelhfcamera.hfcamera.simulator.Jpegs;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The command line program: N simulated HF cameras against any MQTT broker, or against an Artemis it starts itself.
 *
 * <pre>
 * java -jar camel-hfcamera-simulator-0.1.0-SNAPSHOT-cli.jar --broker tcp://127.0.0.1:1883 --devices 50 \
 *      --heartbeat 30s --rate RecPush=6 --rate FireSmokeSnapPush=1
 * </pre>
 */
@Command(name = "hfcamera-simulator", mixinStandardHelpOptions = true, version = "camel-hfcamera-simulator 0.1.0",
        sortOptions = false, usageHelpAutoWidth = true,
        description = { "Simulates HF network cameras speaking the MQTT protocol V1.25: Online, HeartBeat, the 36 "
                + "commands, records, snapshots and the AI events, resume mode.",
                "Durations: 200ms, 30s, 5m, 1h, or a number of seconds." },
        footer = { "", "Event kinds for --rate: RecPush StrSnapPush VisibleKitchenSnapPush ParabolicSnapPush "
                + "TemHighSnapPush FullStrSnapPush BehaviorSnapPush LeaveSnapPush ClothHelmetSnapPush "
                + "FireSmokeSnapPush CountInRegionPush CatAttrSnapPush SafetyRidePush ElectricalBicycleSnapPush",
                "Stop with Ctrl-C: the cameras disconnect cleanly." })
public final class SimulatorCli implements Callable<Integer> {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--broker", paramLabel = "URL", description = "MQTT broker, tcp://host:port or ssl://host:port "
            + "(default: ${DEFAULT-VALUE}; ignored with --embedded-broker)", defaultValue = "tcp://127.0.0.1:1883")
    String broker;

    @Option(names = "--embedded-broker", paramLabel = "PORT",
            description = "Start an embedded Artemis MQTT broker on 127.0.0.1:PORT (0: a free port) and use it")
    Integer embeddedPort;

    @Option(names = "--username", description = "MQTT user of the cameras")
    String username;

    @Option(names = "--password", description = "MQTT password of the cameras (never printed)", arity = "0..1",
            interactive = true)
    String password;

    @Option(names = { "-n", "--devices" }, paramLabel = "N", description = "Number of cameras (default: "
            + "${DEFAULT-VALUE})", defaultValue = "1")
    int devices;

    @Option(names = "--device-prefix", paramLabel = "PREFIX", description = "Device ids are PREFIX1..PREFIXN "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "sim-")
    String devicePrefix;

    @Option(names = "--device-ids", paramLabel = "ID", split = ",",
            description = "Explicit device ids (instead of --devices / --device-prefix)")
    List<String> deviceIds;

    @Option(names = "--topic-prefix", paramLabel = "PREFIX", description = "Topic prefix (default: "
            + "${DEFAULT-VALUE})", defaultValue = CameraSimulator.DEFAULT_TOPIC_PREFIX)
    String topicPrefix;

    @Option(names = "--cloud-topic", paramLabel = "PATTERN", description = "The topic each camera subscribes to, "
            + "with {prefix} and {id} (default: ${DEFAULT-VALUE}); without {id} all cameras share it",
            defaultValue = "{prefix}/{id}")
    String cloudTopic;

    @Option(names = "--heartbeat", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "HeartBeat interval, also the Online repeat (default: ${DEFAULT-VALUE})", defaultValue = "30s")
    Duration heartbeat;

    @Option(names = "--resume", description = "Resume mode (ResumefromBreakpoint=1): records wait for their PushAck")
    boolean resume;

    @Option(names = "--resend-interval", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Resend interval of unacknowledged records in resume mode (default: ${DEFAULT-VALUE})",
            defaultValue = "10s")
    Duration resendInterval;

    @Option(names = "--rate", paramLabel = "KIND=PER_MINUTE",
            description = "Push an event kind on a schedule, PER_MINUTE times a minute per camera (repeatable)")
    Map<String, Double> rates = new LinkedHashMap<>();

    @Option(names = "--all-events", paramLabel = "PER_MINUTE",
            description = "Push every event kind PER_MINUTE times a minute per camera")
    Double allEvents;

    @Option(names = "--pic-bytes", paramLabel = "BYTES", description = "JPEG size of target pictures (default: "
            + "${DEFAULT-VALUE}; 'max' = the document's 1 MB limit)", defaultValue = "12000")
    String picBytes;

    @Option(names = "--scene-bytes", paramLabel = "BYTES", description = "JPEG size of scene pictures (default: "
            + "${DEFAULT-VALUE}; 'max' = the document's 2 MB limit)", defaultValue = "60000")
    String sceneBytes;

    @Option(names = "--multiplexed", paramLabel = "PER_CONNECTION", arity = "0..1", fallbackValue = "0",
            description = "Play the devices over shared connections, PER_CONNECTION ids each (all on one when "
                    + "omitted) instead of one connection per camera")
    Integer multiplexed;

    @Option(names = "--batch-timing", paramLabel = "realistic|fast", description = "Batch pace: realistic (about "
            + "35 ms per person, 7 s for 200 deletions) or fast (default: ${DEFAULT-VALUE})",
            defaultValue = "realistic")
    String batchTiming;

    @Option(names = "--capacity", paramLabel = "PERSONS", description = "Person list capacity per camera (default: "
            + "${DEFAULT-VALUE})", defaultValue = "10000")
    int capacity;

    @Option(names = "--reconnect-delay", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Pause before reconnecting after a lost connection (default: ${DEFAULT-VALUE})",
            defaultValue = "1s")
    Duration reconnectDelay;

    @Option(names = "--reboot-duration", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long a reboot keeps a camera away (default: ${DEFAULT-VALUE})", defaultValue = "2s")
    Duration rebootDuration;

    @Option(names = "--clock-offset", paramLabel = "DURATION", converter = SignedDurationConverter.class,
            description = "How far the cameras' clocks are ahead of this machine's, -10m for behind (default: 0)")
    Duration clockOffset;

    @Option(names = "--client-id-prefix", paramLabel = "PREFIX", description = "Prefix of the MQTT client ids",
            defaultValue = "")
    String clientIdPrefix;

    @Option(names = "--first-record-id", paramLabel = "ID", description = "First RecordID / SnapID / "
            + "SnapOrRecordID (default: ${DEFAULT-VALUE})", defaultValue = "1")
    long firstRecordId;

    @Option(names = "--duration", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Run this long, then stop (default: until Ctrl-C)")
    Duration duration;

    @Option(names = "--stats-interval", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Print a statistics line this often (default: ${DEFAULT-VALUE})", defaultValue = "10s")
    Duration statsInterval;

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    public static void main(String[] args) {
        quietLibraries();
        System.exit(commandLine().execute(args));
    }

    /** The picocli command line of this program (tests run it in process). */
    public static CommandLine commandLine() {
        return new CommandLine(new SimulatorCli()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    private static void quietLibraries() {
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "info");
        setIfAbsent("org.slf4j.simpleLogger.log.org.apache.activemq", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.org.apache.activemq.artemis.core.protocol.mqtt", "off");
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Asks the running program to stop (as Ctrl-C does). */
    public void requestStop() {
        stop.countDown();
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CameraSimulator.Builder b = CameraSimulator.builder();
        List<String> ids = deviceIds != null && !deviceIds.isEmpty() ? deviceIds : null;
        if (ids == null) {
            if (devices < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--devices must be at least 1");
            }
            b.devices(devices, devicePrefix);
        } else {
            b.deviceIds(ids);
        }
        b.topicPrefix(topicPrefix).cloudTopic(cloudTopic).heartbeatInterval(heartbeat).resumeMode(resume)
                .resendInterval(resendInterval).personCapacity(capacity).reconnectDelay(reconnectDelay)
                .rebootDuration(rebootDuration).clientIdPrefix(clientIdPrefix).firstRecordId(firstRecordId)
                .clockOffset(clockOffset == null ? Duration.ZERO : clockOffset)
                .picBytes(bytes(picBytes, Jpegs.PIC_LIMIT, "--pic-bytes"))
                .sceneBytes(bytes(sceneBytes, Jpegs.SCENE_LIMIT, "--scene-bytes"));
        switch (batchTiming.toLowerCase(Locale.ROOT)) {
            case "realistic" -> b.realisticBatches();
            case "fast" -> b.fastBatches();
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--batch-timing must be realistic or fast, not " + batchTiming);
        }
        if (multiplexed != null) {
            if (multiplexed > 0) {
                b.multiplexed(multiplexed);
            } else {
                b.multiplexed();
            }
        }
        if (allEvents != null) {
            for (Operator kind : SimulatedCamera.PUSHABLE) {
                b.eventRate(kind, allEvents);
            }
        }
        for (Map.Entry<String, Double> r : rates.entrySet()) {
            Operator kind = Operator.of(r.getKey()).filter(SimulatedCamera.PUSHABLE::contains)
                    .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                            "--rate: '" + r.getKey() + "' is not an event kind a camera pushes"));
            b.eventRate(kind, r.getValue());
        }
        if (username != null) {
            b.credentials(username, password);
        }
        // the cameras connect on the calling thread's schedule; allow a large fleet the time it needs
        b.connectTimeout(Duration.ofSeconds(Math.max(30, (ids == null ? devices : ids.size()) / 100)));

        EmbeddedBroker embedded = null;
        SimulatedFleet fleet = null;
        // Ctrl-C: stop the loop and let the cameras disconnect before the JVM goes
        Thread hook = new Thread(() -> {
            requestStop();
            try {
                stopped.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "hfsim-shutdown");
        try {
            if (embeddedPort != null) {
                embedded = EmbeddedBroker.builder().port(embeddedPort).start();
                out.println("Embedded Artemis MQTT broker at " + embedded.brokerUrl());
            }
            b.brokerUrl(embedded != null ? embedded.brokerUrl() : broker);
            fleet = b.start();
            out.printf("%d simulated cameras (%s..%s) connected to %s over %d connection(s)%n", fleet.size(),
                    fleet.ids().get(0), fleet.ids().get(fleet.size() - 1), embedded != null ? embedded.brokerUrl()
                            : broker, fleet.connectionCount());
            out.flush();
            Runtime.getRuntime().addShutdownHook(hook);
            long until = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
            long every = statsInterval.toMillis();
            while (true) {
                long left = until == Long.MAX_VALUE ? every : Math.min(every, (until - System.nanoTime()) / 1_000_000);
                if (left <= 0 || stop.await(left, TimeUnit.MILLISECONDS)) {
                    break;
                }
                out.println(statsLine(fleet));
                out.flush();
            }
            out.println(statsLine(fleet));
            out.println("Stopping");
            out.flush();
            return 0;
        } finally {
            if (fleet != null) {
                fleet.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // shutting down already
            }
        }
    }

    static String statsLine(SimulatedFleet fleet) {
        CameraStats s = fleet.stats();
        long connected = fleet.cameras().stream().filter(SimulatedCamera::isConnected).count();
        long acked = fleet.cameras().stream().filter(SimulatedCamera::isOnlineAcked).count();
        return String.format("%s connected %d/%d, online-acked %d | heartbeats %d | events %d (lost %d, "
                        + "suppressed %d) | resent %d, acked %d, pending %d | commands %d, replies %d",
                LocalTime.now().format(CLOCK), connected, fleet.size(), acked, s.heartbeatsSent(), s.eventsPushed(),
                s.eventsLost(), s.eventsSuppressed(), s.recordsResent(), s.recordsAcked(), s.pendingAcks(),
                s.commandsReceived(), s.repliesSent());
    }

    private int bytes(String value, int limit, String option) {
        if ("max".equalsIgnoreCase(value)) {
            return Jpegs.maxBytesFor(limit);
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + " must be a positive number of bytes or 'max', not " + value);
        }
    }

    /** Durations as people write them: {@code 200ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code PT30S}, or seconds. */
    /** A {@link DurationConverter} duration with an optional leading minus. */
    public static final class SignedDurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim();
            return v.startsWith("-") ? new DurationConverter().convert(v.substring(1)).negated()
                    : new DurationConverter().convert(v);
        }
    }

    public static final class DurationConverter implements ITypeConverter<Duration> {
        private static final java.util.regex.Pattern FORM =
                java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

        @Override
        public Duration convert(String value) {
            String v = value.trim();
            if (v.toUpperCase(Locale.ROOT).startsWith("PT")) {
                try {
                    return Duration.parse(v.toUpperCase(Locale.ROOT));
                } catch (RuntimeException e) {
                    throw new CommandLine.TypeConversionException("'" + value + "' is not a duration");
                }
            }
            java.util.regex.Matcher m = FORM.matcher(v.toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a duration (200ms, 30s, 5m, 1h)");
            }
            double n = Double.parseDouble(m.group(1));
            double nanosPerUnit = switch (m.group(2) == null ? "s" : m.group(2)) {
                case "ms" -> 1e6;
                case "m" -> 60e9;
                case "h" -> 3600e9;
                default -> 1e9;
            };
            return Duration.ofNanos(Math.round(n * nanosPerUnit));
        }
    }
}
