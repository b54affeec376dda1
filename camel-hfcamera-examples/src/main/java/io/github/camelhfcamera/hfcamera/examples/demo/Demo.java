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
package io.github.camelhfcamera.hfcamera.examples.demo;

import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.examples.EventFiles;
import io.github.camelhfcamera.hfcamera.examples.ExamplesApp;
import io.github.camelhfcamera.hfcamera.examples.HrSync;
import io.github.camelhfcamera.hfcamera.examples.console.ConsoleSecurity;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.session.DeviceState;
import io.github.camelhfcamera.hfcamera.session.DeviceStatus;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The one-command demo: an embedded Artemis, a few simulated cameras (or a real broker and real cameras), the
 * example routes; the sample staff list synced to every camera, events streamed into an output folder, a live
 * summary every few seconds, until Ctrl-C or {@code --duration}.
 */
@Command(name = "camel-hfcamera-demo", mixinStandardHelpOptions = true, version = "camel-hfcamera demo 0.1.0",
         sortOptions = false,
         description = {
             "Starts an embedded MQTT broker and simulated HF cameras (or uses --broker with real cameras), syncs the",
             "sample staff list (photos served over HTTP) to every camera, and writes recognition records, stranger",
             "snapshots and alarms into the output folder as JSON + JPEG, with a live summary." })
public final class Demo implements Callable<Integer> {

    @Option(names = "--duration", paramLabel = "DURATION",
            description = "stop after this time (30s, 5m, PT1M); until Ctrl-C when not given")
    String duration;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "hfcamera-demo-output",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--cameras", paramLabel = "N", defaultValue = "3",
            description = "number of simulated cameras, cam-1..cam-N, at most 1000; above 50 a fleet: shared MQTT "
                          + "connections, heartbeats every 10 s (default: ${DEFAULT-VALUE})")
    int cameras;

    @Option(names = "--broker", paramLabel = "URL",
            description = "a real MQTT broker (tcp://host:1883, ssl://...): no embedded broker, no simulator")
    String broker;

    @Option(names = "--username", description = "MQTT user name for --broker")
    String username;

    @Option(names = "--password", description = "MQTT password for --broker (never printed)", interactive = true,
            arity = "0..1")
    String password;

    @Option(names = "--devices", paramLabel = "ID,ID", split = ",",
            description = "the cameras to sync with --broker; default: every camera that comes online")
    List<String> devices;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "0",
            description = "HTTP port of the REST facade and the console (0: a free port)")
    int httpPort;

    @Option(names = "--photo-port", paramLabel = "PORT", defaultValue = "0",
            description = "port of the component's photo server, from which the cameras download the staff photos"
                          + " behind one-time URLs (0: a free port)")
    int photoPort;

    @Option(names = "--http-host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "address the HTTP server and the photo server bind to; 0.0.0.0 for real cameras on the network "
                          + "(default: ${DEFAULT-VALUE})")
    String httpHost;

    @Option(names = "--console-password", paramLabel = "PASSWORD", defaultValue = "${env:HFCAMERA_CONSOLE_PASSWORD}",
            description = "password of the user admin for the console and the REST facade (at least 8 characters;"
                          + " default: the environment variable HFCAMERA_CONSOLE_PASSWORD, else a new one, printed)")
    String consolePassword;

    @Option(names = "--advertised-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "host name the cameras use to download photos from this machine (default: ${DEFAULT-VALUE})")
    String advertisedHost;

    @Option(names = "--summary-interval", paramLabel = "DURATION", defaultValue = "5s",
            description = "how often the summary is printed (default: ${DEFAULT-VALUE})")
    String summaryInterval;

    @Option(names = "--event-rate", paramLabel = "PER_MINUTE", defaultValue = "20",
            description = "simulated recognition records per camera and minute; strangers and alarms come at a "
                          + "third of it (default: ${DEFAULT-VALUE})")
    double eventRate;

    private PrintStream out = System.out;
    private CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile String lastSummary = "";

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the demo to its end; the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, new CountDownLatch(1));
    }

    /** Runs the demo until {@code --duration}, Ctrl-C or {@code stop} is counted down; the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err, CountDownLatch stop) {
        Demo demo = new Demo();
        demo.out = out;
        demo.stop = stop;
        CommandLine cl = new CommandLine(demo);
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof IllegalArgumentException) {
                c.getErr().println("error: " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        Duration runFor = duration == null ? null : parseDuration("--duration", duration);
        Duration every = parseDuration("--summary-interval", summaryInterval);
        if (cameras < 1 || cameras > 1000) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--cameras must be 1..1000, was "
                    + cameras);
        }
        if (consolePassword != null && !consolePassword.isEmpty() && consolePassword.length() < 8) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--console-password (or HFCAMERA_CONSOLE_PASSWORD) must have at least 8 characters, had "
                    + consolePassword.length());
        }
        Files.createDirectories(output);
        Path eventsDir = output.resolve("events").toAbsolutePath();
        int port = httpPort == 0 ? freePort() : httpPort;

        EmbeddedBroker embedded = null;
        SimulatedFleet fleet = null;
        Main main = null;
        ScheduledExecutorService summary = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "demo-summary");
            t.setDaemon(true);
            return t;
        });
        // Ctrl-C: let the main thread stop routes, cameras and broker cleanly before the JVM goes
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                stopped.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "demo-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        Instant started = Instant.now();
        try {
            String brokerUrl = broker;
            if (brokerUrl == null) {
                embedded = EmbeddedBroker.create();
                brokerUrl = embedded.brokerUrl();
                out.println("Embedded MQTT broker (Artemis) on " + brokerUrl);
            }
            Map<String, String> props = new LinkedHashMap<>();
            props.put("camel.main.name", "hfcamera-demo");
            props.put("camel.component.hfcamera.brokerUrl", brokerUrl);
            if (username != null) {
                props.put("camel.component.hfcamera.userName", username);
            }
            if (password != null) {
                props.put("camel.component.hfcamera.password", password);
            }
            if (embedded != null) {
                // a fleet (over 50 cameras) beats every 10 s, as real ones do, not 500 heartbeats a second
                props.put("camel.component.hfcamera.heartbeatInterval", Long.toString(heartbeat().toMillis()));
            }
            props.put("camel.server.port", Integer.toString(port));
            props.put("camel.server.host", httpHost);
            // the console's and the REST facade's login: given, or a new password every run, printed below
            boolean generated = consolePassword == null || consolePassword.isEmpty();
            String login = generated ? ConsoleSecurity.generatePassword() : consolePassword;
            props.put("examples.auth.user", "admin");
            props.put("examples.auth.password", login);
            props.put("hr.source", "csv");
            // the component serves the staff photos to the cameras behind one-time URLs, on the same address
            props.put("camel.component.hfcamera.photoServer", "true");
            props.put("camel.component.hfcamera.photoServerHost", httpHost);
            props.put("camel.component.hfcamera.photoServerPort", Integer.toString(photoPort));
            props.put("camel.component.hfcamera.photoServerAdvertisedHost", advertisedHost);
            props.put("hr.period", "5000");
            props.put("hr.delay", "3000");
            props.put("camel.main.shutdownTimeout", "10");
            if (devices != null && !devices.isEmpty()) {
                props.put("hr.devices", String.join(",", devices));
            }
            props.put("events.dir", eventsDir.toString());
            // status changes, not every heartbeat: the registry (and the summary) follows the heartbeats anyway
            props.put("events.types", "recognition,stranger,alarm,Online,Offline,DeviceOnline,DeviceLost");
            props.put("snapshot.dir", output.resolve("snapshots").toAbsolutePath().toString());
            main = ExamplesApp.create(props);
            main.start();
            CamelContext context = main.getCamelContext();
            String address = ExamplesApp.boundAddress(context);
            out.println("Routes started; REST facade on " + address + " (GET /api/devices)");
            out.println("Console: " + address + "/console/ (user admin, password "
                        + (generated ? login : "as given") + ")");

            if (embedded != null) {
                CameraSimulator.Builder b = CameraSimulator.builder()
                        .brokerUrl(brokerUrl)
                        .devices(cameras, "cam-")
                        .heartbeatInterval(heartbeat())
                        .resumeMode(true)
                        .resendInterval(Duration.ofSeconds(5))
                        .eventRate(Operator.REC_PUSH, eventRate)
                        .eventRate(Operator.STR_SNAP_PUSH, eventRate / 3)
                        .eventRate(Operator.FIRE_SMOKE_SNAP_PUSH, eventRate / 6)
                        .eventRate(Operator.CLOTH_HELMET_SNAP_PUSH, eventRate / 6);
                if (cameras > 50) {
                    // a fleet: cameras share MQTT connections, as the simulator's fleet mode does
                    b.multiplexed();
                }
                fleet = b.start();
                out.println(cameras + " simulated cameras started (cam-1..cam-" + cameras + "), resume mode on");
            }
            out.println("Writing events to " + eventsDir + (runFor != null ? "; stopping after " + runFor
                    : "; Ctrl-C to stop"));

            HfCameraComponent hf = context.getComponent("hfcamera", HfCameraComponent.class);
            EventFiles events = context.getRegistry().lookupByNameAndType("eventFiles", EventFiles.class);
            HrSync hr = context.getRegistry().lookupByNameAndType("hrSync", HrSync.class);
            summary.scheduleAtFixedRate(() -> printSummary(started, hf, events, hr), every.toMillis(),
                    every.toMillis(), TimeUnit.MILLISECONDS);

            if (runFor != null) {
                // --duration counts from the start of the demo, broker and routes included
                long left = runFor.toMillis() - Duration.between(started, Instant.now()).toMillis();
                stop.await(Math.max(0, left), TimeUnit.MILLISECONDS);
            } else {
                stop.await();
            }
            summary.shutdownNow();
            summary.awaitTermination(5, TimeUnit.SECONDS);
            String printed = lastSummary;
            String last = summaryLine(started, hf, events, hr);
            if (last != null && !last.equals(printed)) {
                // not when the periodic summary just printed the same line
                lastSummary = last;
                out.println(last);
            }
            Files.writeString(output.resolve("summary.txt"), lastSummary + System.lineSeparator());
            out.println("Output in " + output.toAbsolutePath() + " (" + outputContents() + ")");
            return 0;
        } finally {
            summary.shutdownNow();
            long stopping = System.nanoTime();
            try {
                // routes first, while the cameras still answer what is in flight
                if (main != null) {
                    main.stop();
                }
            } finally {
                long routesStopped = System.nanoTime();
                try {
                    if (fleet != null) {
                        fleet.close();
                    }
                } finally {
                    long camerasStopped = System.nanoTime();
                    if (embedded != null) {
                        embedded.close();
                    }
                    long end = System.nanoTime();
                    out.printf(java.util.Locale.ROOT, "Stopped in %.1f s (routes %.1f s, cameras %.1f s, broker %.1f s)%n",
                            (end - stopping) / 1e9, (routesStopped - stopping) / 1e9,
                            (camerasStopped - routesStopped) / 1e9, (end - camerasStopped) / 1e9);
                    stopped.countDown();
                }
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the JVM is already stopping
            }
        }
    }

    private Duration heartbeat() {
        return Duration.ofSeconds(cameras > 50 ? 10 : 2);
    }

    private void printSummary(Instant started, HfCameraComponent hf, EventFiles events, HrSync hr) {
        String line = summaryLine(started, hf, events, hr);
        if (line != null) {
            lastSummary = line;
            out.println(line);
        }
    }

    /** The summary line, or {@code null} (and the reason printed) when it cannot be made. */
    private String summaryLine(Instant started, HfCameraComponent hf, EventFiles events, HrSync hr) {
        try {
            List<DeviceStatus> all = new ArrayList<>(hf.getDevices());
            long online = all.stream().filter(d -> d.state() == DeviceState.ONLINE).count();
            StringJoiner persons = new StringJoiner(", ");
            Map<String, Integer> synced = hr != null ? hr.syncedPerDevice() : Map.of();
            all.stream().map(DeviceStatus::deviceId).sorted()
                    .forEach(id -> persons.add(id + "=" + synced.getOrDefault(id, 0)));
            StringJoiner ev = new StringJoiner(" ");
            events.countsByGroup().forEach((g, n) -> ev.add(g + "=" + n));
            long secs = Duration.between(started, Instant.now()).toSeconds();
            return String.format("[%4ds] devices online %d/%d | persons synced: %s | events: %s | images %d",
                    secs, online, all.size(), persons.length() == 0 ? "-" : persons, ev, events.imagesWritten());
        } catch (RuntimeException e) {
            out.println("summary failed: " + e);
            return null;
        }
    }

    /** What the output folder holds: events/ and snapshots/ only when something was written there. */
    private String outputContents() {
        StringJoiner j = new StringJoiner(", ");
        for (String dir : new String[] { "events", "snapshots" }) {
            if (Files.isDirectory(output.resolve(dir))) {
                j.add(dir + "/");
            }
        }
        j.add("summary.txt");
        return j.toString();
    }

    static Duration parseDuration(String option, String text) {
        String t = text.trim();
        try {
            if (t.toUpperCase().startsWith("P")) {
                return Duration.parse(t.toUpperCase());
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            char unit = t.charAt(t.length() - 1);
            if (Character.isDigit(unit)) {
                return Duration.ofSeconds(Long.parseLong(t));
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            switch (unit) {
                case 's': return Duration.ofSeconds(n);
                case 'm': return Duration.ofMinutes(n);
                case 'h': return Duration.ofHours(n);
                default: break;
            }
        } catch (RuntimeException e) {
            // falls through to the error below
        }
        throw new IllegalArgumentException(option + " must be a duration like 500ms, 30s, 5m, 1h or PT30S, was '"
                + text + "'");
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
