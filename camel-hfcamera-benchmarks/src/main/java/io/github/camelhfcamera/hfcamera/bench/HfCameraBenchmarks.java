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
package io.github.camelhfcamera.hfcamera.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.protocol.HfCodec;
import io.github.camelhfcamera.hfcamera.protocol.HfMessage;
import io.github.camelhfcamera.hfcamera.protocol.Image;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.protocol.model.RecPush;
import io.github.camelhfcamera.hfcamera.session.DeviceState;
import io.github.camelhfcamera.hfcamera.session.DeviceStatus;
import io.github.camelhfcamera.hfcamera.session.PersonsResult;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.Jpegs;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import io.github.camelhfcamera.hfcamera.simulator.broker.MosquittoBroker;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The benchmarks of docs/performance.md: the component against bare clients (Paho v5, HiveMQ 1.3.10 and, for ingest,
 * {@code mosquitto_sub}), in the same run, against an embedded Artemis (and a private Mosquitto when the binary is
 * installed) and simulated cameras.
 *
 * <p>Options ({@code --name=value}): {@code --parts=ingest,rtt,batches,fleet,images}, {@code --runs=3},
 * {@code --small=40000}, {@code --face=1000}, {@code --scene=100} (records per ingest round and mix),
 * {@code --consumers=mosquitto_sub,hivemq,paho,component}, {@code --publisher=auto} (or {@code lines}, {@code files}),
 * {@code --publishers=1} (publisher processes per device), {@code --round-timeout=120} (seconds),
 * {@code --commands=5000}, {@code --persons=100000}, {@code --batch-devices=10}, {@code --batch-ms=0} (the devices'
 * time per person; 0 is the simulator's fast mode), {@code --fleet=10000},
 * {@code --silenced=100}, {@code --heartbeat=20} (seconds), {@code --steady=40} (seconds of the fleet's CPU window),
 * {@code --mosquitto=true}, {@code --mosquitto-only=false} (ingest and round trip on Mosquitto only),
 * {@code --mixes=small,face,scene}, {@code --out=camel-hfcamera-benchmarks/target/benchmark-results.md}.
 */
public final class HfCameraBenchmarks {

    private static final String PREFIX = "mqtt/face";
    private static final String[] ALL_TOPICS = { PREFIX + "/+/Ack", PREFIX + "/+/Rec", PREFIX + "/+/Snap",
            PREFIX + "/heartbeat", PREFIX + "/basic" };
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> opts;
    private final Report report = new Report();
    private final int runs;

    private HfCameraBenchmarks(Map<String, String> opts) {
        this.opts = opts;
        this.runs = intOpt("runs", 3);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                throw new IllegalArgumentException("option '" + a + "' is not of the form --name=value");
            }
            opts.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        new HfCameraBenchmarks(opts).run();
        System.exit(0);
    }

    private int intOpt(String name, int def) {
        String v = opts.get(name);
        if (v == null) {
            return def;
        }
        try {
            int i = Integer.parseInt(v.replace("_", ""));
            if (i < 1) {
                throw new NumberFormatException();
            }
            return i;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a positive whole number, not '" + v + "'");
        }
    }

    private void run() throws Exception {
        Set<String> parts = new LinkedHashSet<>(Arrays.asList(
                opts.getOrDefault("parts", "ingest,rtt,batches,fleet,images").split(",")));
        String machine = Report.machine();
        Instant started = Instant.now();
        System.out.println("Machine: " + machine);
        System.out.println("Load average at start: " + Report.loadAverage() + "; parts " + parts + ", " + runs
                + " runs each");
        try (EmbeddedBroker artemis = EmbeddedBroker.create()) {
            List<Broker> brokers = new ArrayList<>();
            brokers.add(new Broker("Artemis", artemis.brokerUrl()));
            MosquittoBroker mosquitto = null;
            if (Boolean.parseBoolean(opts.getOrDefault("mosquitto", "true")) && MosquittoBroker.isAvailable()) {
                mosquitto = MosquittoBroker.create();
                brokers.add(new Broker("Mosquitto", mosquitto.brokerUrl()));
                // the private instance's limits: no queue limit; no max_packet_size line means Mosquitto 2's default,
                // packets up to the protocol's 256 MB
                List<String> limits = Files.readAllLines(Path.of(mosquitto.configFile())).stream()
                        .filter(l -> l.startsWith("max_") || l.startsWith("message_size_limit")).toList();
                System.out.println("Private Mosquitto at " + mosquitto.brokerUrl() + ": " + limits
                        + (limits.stream().anyMatch(l -> l.startsWith("max_packet_size")) ? ""
                                : " (no max_packet_size: packets up to the protocol's 256 MB)"));
                if (Boolean.parseBoolean(opts.getOrDefault("mosquitto-only", "false"))) {
                    brokers.remove(0);
                }
            } else {
                report.note("Mosquitto not measured (binary not found or --mosquitto=false)");
            }
            try {
                if (parts.contains("ingest")) {
                    ingest(brokers);
                }
                for (Broker b : brokers) {
                    if (parts.contains("rtt")) {
                        roundTrip(b);
                    }
                }
                Broker main = brokers.get(0);
                if (parts.contains("batches")) {
                    batches(main);
                }
                if (parts.contains("images")) {
                    images(main);
                }
                if (parts.contains("fleet")) {
                    fleet(main);
                }
            } finally {
                if (mosquitto != null) {
                    mosquitto.close();
                }
            }
        }
        String md = report.markdown("Run of " + started + " (" + Duration.between(started, Instant.now()).toSeconds()
                + " s); machine: " + machine + "; load average at the end: " + Report.loadAverage());
        System.out.println();
        System.out.println(md);
        Path out = Path.of(opts.getOrDefault("out", "camel-hfcamera-benchmarks/target/benchmark-results.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    record Broker(String name, String url) {
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static CamelContext camel(String brokerUrl, String clientId, Supplier<RouteBuilder> routes,
            java.util.function.Consumer<HfCameraComponent> options) throws Exception {
        CamelContext ctx = new DefaultCamelContext();
        HfCameraComponent c = new HfCameraComponent();
        c.getConfiguration().setBrokerUrl(brokerUrl);
        c.getConfiguration().setClientId(clientId);
        c.setHealthCheckEnabled(false);
        options.accept(c);
        ctx.addComponent("hfcamera", c);
        if (routes != null) {
            ctx.addRoutes(routes.get());
        }
        ctx.start();
        return ctx;
    }

    private static HfCameraComponent hf(CamelContext ctx) {
        return ctx.getComponent("hfcamera", HfCameraComponent.class);
    }

    static void awaitUntil(Supplier<Boolean> condition, Duration timeout, String what) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + what);
            }
        }
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    static double percentile(long[] nanos, double p) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, i))] / 1e6;
    }

    private static String f(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static long heapUsed() {
        gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    // ------------------------------------------------------------------------------------------------ 1. ingest

    /** Part 1 on every broker: {@link Ingest}, its record files shared by the brokers. */
    private void ingest(List<Broker> brokers) throws Exception {
        List<String> mixes = Arrays.asList(opts.getOrDefault("mixes", "small,face,scene").split(","));
        List<String> consumers = Arrays.asList(opts.getOrDefault("consumers", String.join(",", Ingest.CONSUMERS))
                .split(","));
        Ingest ingest = new Ingest(report, runs, intOpt("round-timeout", 120), consumers,
                opts.getOrDefault("publisher", "auto"), intOpt("publishers", 1));
        try {
            for (Broker b : brokers) {
                ingest.run(b, Ingest.mixes(intOpt("small", 40_000), intOpt("face", 1_000), intOpt("scene", 100),
                        mixes));
            }
        } finally {
            ingest.close();
        }
    }

    // ------------------------------------------------------------------------------------------------ 2. round trip

    private void roundTrip(Broker broker) throws Exception {
        int n = intOpt("commands", 5_000);
        System.out.printf("[round trip %s] %d GetSysTime, sequential and 16 in flight%n", broker.name(), n);
        try (SimulatedFleet fleet = CameraSimulator.builder().brokerUrl(broker.url()).deviceIds("rtt-1")
                .heartbeatInterval(Duration.ofSeconds(20)).receivedHistory(0).start()) {
            String dev = "rtt-1";
            CamelContext ctx = camel(broker.url(), "bench-rtt-comp", null, c -> {
            });
            Map<String, CompletableFuture<Long>> waiting = new ConcurrentHashMap<>();
            java.util.function.BiConsumer<String, byte[]> onAck = (topic, payload) -> {
                try {
                    JsonNode m = JSON.readTree(payload);
                    CompletableFuture<Long> f = waiting.remove(m.path("messageId").asText());
                    if (f != null) {
                        f.complete(System.nanoTime());
                    }
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("bad JSON on " + topic, e);
                }
            };
            try (ProducerTemplate template = ctx.createProducerTemplate();
                    BareClient bare = new BareClient(broker.url(), "bench-rtt-bare", onAck);
                    BareHiveMq hive = new BareHiveMq(broker.url(), "bench-rtt-hivemq", onAck)) {
                bare.subscribe(PREFIX + "/" + dev + "/Ack");
                hive.subscribe(PREFIX + "/" + dev + "/Ack");
                String uri = "hfcamera:command?deviceId=" + dev + "&operator=GetSysTime";
                Call component = () -> {
                    long t = System.nanoTime();
                    try {
                        Object reply = template.requestBody(uri, (Object) null);
                        if (reply == null) {
                            throw new IllegalStateException("no reply body");
                        }
                    } catch (org.apache.camel.CamelExecutionException e) {
                        if (e.getCause() instanceof org.apache.camel.ExchangeTimedOutException) {
                            return -1;
                        }
                        throw e;
                    }
                    return System.nanoTime() - t;
                };
                Map<String, Call> baselines = new LinkedHashMap<>();
                baselines.put("bare Paho v5", bareRequest(waiting, dev, bare::publish));
                baselines.put("bare HiveMQ 1.3.10", bareRequest(waiting, dev, hive::publish));
                for (int inFlight : new int[] { 1, 16 }) {
                    // warm-up
                    for (Call b : baselines.values()) {
                        latencies(b, Math.max(200, n / 10), inFlight);
                    }
                    latencies(component, Math.max(200, n / 10), inFlight);
                    Map<String, double[]> bMed = new LinkedHashMap<>();
                    Map<String, double[]> bP99 = new LinkedHashMap<>();
                    baselines.keySet().forEach(k -> {
                        bMed.put(k, new double[runs]);
                        bP99.put(k, new double[runs]);
                    });
                    double[] cMed = new double[runs];
                    double[] cP99 = new double[runs];
                    for (int r = 0; r < runs; r++) {
                        StringBuilder line = new StringBuilder();
                        for (var b : baselines.entrySet()) {
                            long[] l = latencies(b.getValue(), n, inFlight);
                            bMed.get(b.getKey())[r] = percentile(l, 50);
                            bP99.get(b.getKey())[r] = percentile(l, 99);
                            line.append(f("%s %.3f / %.3f ms, ", b.getKey(), bMed.get(b.getKey())[r],
                                    bP99.get(b.getKey())[r]));
                        }
                        long[] c = latencies(component, n, inFlight);
                        cMed[r] = percentile(c, 50);
                        cP99[r] = percentile(c, 99);
                        System.out.printf(Locale.ROOT, "  %d in flight, run %d: %scomponent %.3f / %.3f ms (median /"
                                + " p99)%n", inFlight, r + 1, line, cMed[r], cP99[r]);
                    }
                    double mc = median(cMed);
                    String what = inFlight == 1 ? "sequential" : inFlight + " in flight";
                    for (String k : baselines.keySet()) {
                        double mb = median(bMed.get(k));
                        report.row("2 round trip, " + broker.name(), what + ", median ms, against " + k,
                                f("%.3f", mc), f("%.3f", mb), f("%+.3f ms", mc - mb), "overhead <= 1 ms",
                                mc - mb <= 1.0);
                        report.row("2 round trip, " + broker.name(), what + ", p99 ms, against " + k,
                                f("%.3f", median(cP99)), f("%.3f", median(bP99.get(k))),
                                f("%+.3f ms", median(cP99) - median(bP99.get(k))), "", null);
                    }
                }
            } finally {
                ctx.close();
            }
        }
    }

    interface Publisher {
        void publish(String topic, byte[] payload) throws Exception;
    }

    /**
     * A bare request/reply: the same {@code GetSysTime} JSON the component sends (built with Jackson), published at
     * QoS 0 to the device topic; done when the {@code -Ack} with the same messageId arrives (the simulated camera is
     * the responder, as for the component).
     */
    private static Call bareRequest(Map<String, CompletableFuture<Long>> waiting, String dev, Publisher publisher) {
        return () -> {
            String id = UUID.randomUUID().toString();
            ObjectNode msg = JSON.createObjectNode().put("operator", "GetSysTime").put("messageId", id);
            msg.putObject("info").put("facesluiceId", dev);
            CompletableFuture<Long> f = new CompletableFuture<>();
            waiting.put(id, f);
            long t = System.nanoTime();
            publisher.publish(PREFIX + "/" + dev, JSON.writeValueAsBytes(msg));
            try {
                return f.get(10, TimeUnit.SECONDS) - t;
            } catch (java.util.concurrent.TimeoutException e) {
                // QoS 0: a command or its answer may be lost; counted, left out of the latencies
                waiting.remove(id);
                return -1;
            }
        };
    }

    interface Call {
        long call() throws Exception;
    }

    private static long[] latencies(Call call, int n, int inFlight) throws Exception {
        long[] out = new long[n];
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(inFlight);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int t = 0; t < inFlight; t++) {
                all.add(pool.submit(() -> {
                    for (long i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        out[(int) i] = call.call();
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        long[] answered = Arrays.stream(out).filter(v -> v >= 0).toArray();
        if (answered.length < n) {
            System.out.printf("  %d of %d commands got no answer within the timeout (QoS 0), left out%n",
                    n - answered.length, n);
        }
        return answered;
    }

    // ------------------------------------------------------------------------------------------------ 3. batches

    private void batches(Broker broker) throws Exception {
        int devices = intOpt("batch-devices", 10);
        int persons = intOpt("persons", 100_000);
        int perDevice = persons / devices;
        int perPersonMs = opts.containsKey("batch-ms") ? intOpt("batch-ms", 1) : 0;
        String mode = perPersonMs == 0 ? "fast mode" : perPersonMs + " ms per person";
        System.out.printf("[batches] %d person upserts across %d devices (%s), %d runs%n", persons, devices, mode,
                runs);
        Image face = Image.ofJpeg(Jpegs.jpeg(1_000, "bench-face"));
        try (SimulatedFleet fleet = CameraSimulator.builder().brokerUrl(broker.url()).devices(devices, "bat-")
                .heartbeatInterval(Duration.ofSeconds(20)).batchTimePerPerson(Duration.ofMillis(perPersonMs))
                .personCapacity(perDevice + 1000)
                .receivedHistory(0).start()) {
            // the persons exist already: the upserts change their names (an upsert of a new person needs a photo
            // the device would download, which would measure the photo server)
            for (SimulatedCamera cam : fleet.cameras()) {
                for (int i = 0; i < perDevice; i++) {
                    cam.addPerson(Person.builder().customId("p-" + i).name("n" + i).personType(0).pic(face).build());
                }
            }
            // device busy time: from a batch command's arrival on the device topic to its answer, seen on the broker
            Map<String, Long> begun = new ConcurrentHashMap<>();
            AtomicLong busyNanos = new AtomicLong();
            AtomicLong batchesSeen = new AtomicLong();
            CamelContext ctx = camel(broker.url(), "bench-batches", null, c -> {
                c.getConfiguration().setBatchTimeout(300_000);
                c.getConfiguration().setRequestTimeout(60_000);
            });
            try (ProducerTemplate template = ctx.createProducerTemplate();
                    BareClient observer = new BareClient(broker.url(), "bench-batch-observer", (topic, payload) -> {
                        long now = System.nanoTime();
                        try {
                            // the message id and operator come first in both directions; parse only that far
                            try (com.fasterxml.jackson.core.JsonParser p = JSON.getFactory().createParser(payload)) {
                                String op = null;
                                String id = null;
                                p.nextToken();
                                while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME
                                        && (op == null || id == null)) {
                                    String name = p.currentName();
                                    p.nextToken();
                                    if ("operator".equals(name)) {
                                        op = p.getText();
                                    } else if ("messageId".equals(name)) {
                                        id = p.getText();
                                    } else {
                                        p.skipChildren();
                                    }
                                }
                                if (op == null || id == null || !op.startsWith("EditPersonsNew")) {
                                    return;
                                }
                                if (topic.endsWith("/Ack")) {
                                    Long t = begun.remove(id);
                                    if (t != null) {
                                        busyNanos.addAndGet(now - t);
                                        batchesSeen.incrementAndGet();
                                    }
                                } else {
                                    begun.put(id, now);
                                }
                            }
                        } catch (java.io.IOException e) {
                            throw new IllegalStateException("bad JSON on " + topic, e);
                        }
                    })) {
                observer.subscribe(PREFIX + "/+", PREFIX + "/+/Ack");
                List<String> ids = fleet.ids();
                ExecutorService pool = Executors.newFixedThreadPool(devices);
                try {
                    double[] rates = new double[runs];
                    double[] busy = new double[runs];
                    for (int r = 0; r < runs; r++) {
                        int round = r;
                        busyNanos.set(0);
                        batchesSeen.set(0);
                        long t0 = System.nanoTime();
                        List<Future<PersonsResult>> all = new ArrayList<>();
                        for (String id : ids) {
                            all.add(pool.submit(() -> {
                                List<Person> list = new ArrayList<>(perDevice);
                                for (int i = 0; i < perDevice; i++) {
                                    list.add(Person.builder().customId("p-" + i).name("n" + i + "-" + round)
                                            .personType(0).build());
                                }
                                return template.requestBody("hfcamera:persons?deviceId=" + id, list,
                                        PersonsResult.class);
                            }));
                        }
                        long ok = 0;
                        for (Future<PersonsResult> f : all) {
                            ok += f.get(10, TimeUnit.MINUTES).succeededCount();
                        }
                        double wall = (System.nanoTime() - t0) / 1e9;
                        try {
                            awaitUntil(begun::isEmpty, Duration.ofSeconds(5), "the observer's last answers");
                        } catch (IllegalStateException e) {
                            // QoS 0: the observer missed a command or its answer; that batch's time is left out
                            System.out.printf("  the observer missed %d answers (QoS 0); their busy time is left"
                                    + " out%n", begun.size());
                            begun.clear();
                        }
                        if (ok != (long) perDevice * devices) {
                            throw new IllegalStateException("only " + ok + " of " + perDevice * devices
                                    + " upserts confirmed");
                        }
                        rates[r] = ok / wall;
                        busy[r] = busyNanos.get() / 1e9 / (wall * devices);
                        System.out.printf(Locale.ROOT, "  run %d: %d persons in %.2f s = %.0f persons/s; %d batches, "
                                + "devices busy %.0f%% of the time%n", r + 1, ok, wall, rates[r], batchesSeen.get(),
                                busy[r] * 100);
                    }
                    report.row("3 batches, " + broker.name(), persons + " upserts, " + devices
                            + " devices, " + mode + ": persons/s", f("%.0f", median(rates)), "", "", "", null);
                    report.row("3 batches, " + broker.name(), "devices busy (share of wall time), " + mode,
                            f("%.0f%%", median(busy) * 100), "", "", ">= 90%", median(busy) >= 0.9);
                } finally {
                    pool.shutdownNow();
                }
            } finally {
                ctx.close();
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ 5. images

    private void images(Broker broker) throws Exception {
        System.out.println("[images] allocation per 2 MB-scene RecPush (thread allocation counter)");
        int sceneMax = Jpegs.maxBytesFor(Jpegs.SCENE_LIMIT);
        byte[][] captured = new byte[1][];
        try (SimulatedFleet fleet = CameraSimulator.builder().brokerUrl(broker.url()).deviceIds("img-1")
                .heartbeatInterval(Duration.ofSeconds(20)).picBytes(12_000).sceneBytes(sceneMax).start();
                BareClient c = new BareClient(broker.url(), "bench-img", (t, p) -> captured[0] = p)) {
            c.subscribe(PREFIX + "/img-1/Rec");
            fleet.camera("img-1").pushRecord();
            awaitUntil(() -> captured[0] != null, Duration.ofSeconds(20), "a RecPush with a 2 MB scene");
        }
        byte[] payload = captured[0];
        HfCodec codec = new HfCodec();
        com.sun.management.ThreadMXBean tmx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] sink = new long[1];
        Call without = () -> {
            HfMessage<Object> m = codec.decode(payload);
            RecPush r = (RecPush) m.info();
            sink[0] += r.recordId() == null ? 0 : r.recordId();
            return 0;
        };
        Call with = () -> {
            HfMessage<Object> m = codec.decode(payload);
            RecPush r = (RecPush) m.info();
            sink[0] += r.scene().bytes().length + r.pic().bytes().length;
            return 0;
        };
        RecPush sample = (RecPush) codec.decode(payload).info();
        int jpeg = sample.scene().bytes().length + sample.pic().bytes().length;
        int iterations = 30;
        for (Object[] variant : new Object[][] { { "image not read", without }, { "image read", with } }) {
            Call call = (Call) variant[1];
            for (int i = 0; i < 50; i++) {
                call.call();
            }
            double[] perOp = new double[runs + 2];
            for (int r = 0; r < perOp.length; r++) {
                long a0 = tmx.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < iterations; i++) {
                    call.call();
                }
                perOp[r] = (tmx.getCurrentThreadAllocatedBytes() - a0) / (double) iterations;
            }
            double m = median(perOp);
            boolean read = variant[0].equals("image read");
            report.row("5 images", "decode one RecPush (" + payload.length / 1024 + " KB payload, " + jpeg / 1024
                    + " KB of JPEG), " + variant[0] + ": bytes allocated", f("%.0f KB", m / 1024), "", f("%.2f x image",
                    m / jpeg), read ? "<= 1.1 x image" : "small fraction", read ? m <= 1.1 * jpeg : m <= 0.25 * jpeg);
        }
        report.note("images: allocation on the decoding thread per decode (HfCodec.decode as the connection's "
                + "reader runs it, then pic().bytes() and scene().bytes() when read); the MQTT payload array itself "
                + "(" + payload.length / 1024 + " KB) is the MQTT client's and not counted; ratios against the JPEG bytes");
        if (sink[0] == 42) {
            System.out.println();
        }
    }

    // ------------------------------------------------------------------------------------------------ 4. fleet

    private void fleet(Broker broker) throws Exception {
        int devices = intOpt("fleet", 10_000);
        int silenced = Math.min(intOpt("silenced", 100), devices / 2);
        int heartbeat = intOpt("heartbeat", 20);
        int steady = intOpt("steady", 40);
        System.out.printf("[fleet] %d devices (multiplexed), heartbeat %d s, one RecPush a minute each; %d silenced%n",
                devices, heartbeat, silenced);
        Duration hb = Duration.ofSeconds(heartbeat);
        CameraSimulator.Builder common = CameraSimulator.builder().brokerUrl(broker.url()).heartbeatInterval(hb)
                .eventRate(Operator.REC_PUSH, 1).picBytes(700).sceneBytes(700).receivedHistory(0).recordHistory(0);
        long heapBefore;
        try (SimulatedFleet stay = common.devices(devices - silenced, "fleet-").multiplexed(2500).start();
                SimulatedFleet quiet = CameraSimulator.builder().brokerUrl(broker.url()).heartbeatInterval(hb)
                        .eventRate(Operator.REC_PUSH, 1).picBytes(700).sceneBytes(700).receivedHistory(0)
                        .recordHistory(0).devices(silenced, "quiet-").multiplexed().start()) {
            heapBefore = heapUsed();
            AtomicLong events = new AtomicLong();
            Map<String, Instant> lost = new ConcurrentHashMap<>();
            long cpu0Process = processCpu();
            CamelContext ctx = camel(broker.url(), "bench-fleet", () -> new RouteBuilder() {
                @Override
                public void configure() {
                    from("hfcamera:events?type=recognition").process(e -> events.incrementAndGet());
                    from("hfcamera:events?type=status").process(e -> {
                        if ("DeviceLost".equals(e.getIn().getHeader("CamelHfCameraOperator"))) {
                            lost.put(e.getIn().getHeader("CamelHfCameraDeviceId", String.class), Instant.now());
                        }
                    });
                }
            }, c -> c.getConfiguration().setHeartbeatInterval(hb.toMillis()));
            try {
                long t0 = System.nanoTime();
                HfCameraComponent comp = hf(ctx);
                awaitUntil(() -> online(comp) >= devices, hb.multipliedBy(3), devices + " devices online");
                System.out.printf(Locale.ROOT, "  all %d devices online after %.1f s%n", devices,
                        (System.nanoTime() - t0) / 1e9);
                // the CPU window: steady state, the component's threads against the whole process
                Map<Long, Long> cpuStart = threadCpu();
                long processStart = processCpu();
                long w0 = System.nanoTime();
                long events0 = events.get();
                Thread.sleep(steady * 1000L);
                double wall = (System.nanoTime() - w0) / 1e9;
                double componentCpu = componentCpu(cpuStart) / 1e9;
                double processCpuSec = (processCpu() - processStart) / 1e9;
                int cores = Runtime.getRuntime().availableProcessors();
                long heapAfter = heapUsed();
                double eventsPerSec = (events.get() - events0) / wall;
                System.out.printf(Locale.ROOT, "  steady %.0f s: %.1f events/s routed; component threads %.1f CPU s,"
                        + " process %.1f CPU s; heap after GC %d MB (before the component %d MB)%n", wall,
                        eventsPerSec, componentCpu, processCpuSec, heapAfter >> 20, heapBefore >> 20);
                printHistogram(15);
                boolean allOnline = online(comp) >= devices;
                // silence: the quiet devices' shared connection closes cleanly, so no Offline: they must be lost
                Instant silencedAt = Instant.now();
                quiet.close();
                try {
                    awaitUntil(() -> quiet.ids().stream().allMatch(lost::containsKey), hb.multipliedBy(3),
                            silenced + " silenced devices reported lost");
                } catch (IllegalStateException e) {
                    System.out.println("  " + e.getMessage());
                }
                Instant lastLost = lost.values().stream().max(Instant::compareTo).orElse(null);
                long lostQuiet = quiet.ids().stream().filter(lost::containsKey).count();
                long lostOthers = lost.keySet().stream().filter(id -> !id.startsWith("quiet-")).count();
                double lostAfter = lastLost == null ? Double.NaN
                        : Duration.between(silencedAt, lastLost).toMillis() / 1000.0;
                long heapComponent = heapAfter - heapBefore;
                report.row("4 fleet, " + broker.name(), "heap after GC, whole JVM (broker, " + devices
                        + " simulated devices, component)", f("%d MB", heapAfter >> 20), "", "", "", null);
                report.row("4 fleet, " + broker.name(), "heap after GC added by the component (" + devices
                        + " devices registered)", f("%d MB", heapComponent >> 20), "", "", "<= 256 MB",
                        heapComponent <= 256L << 20);
                report.row("4 fleet, " + broker.name(), "CPU share of the component's threads (of " + cores
                        + " cores; whole process)", f("%.1f%% (%.1f%%)", 100 * componentCpu / (wall * cores),
                                100 * processCpuSec / (wall * cores)), "", "", "", null);
                report.row("4 fleet, " + broker.name(), "registry: online / lost silenced / lost wrongly",
                        f("%s / %d of %d in %.1f s / %d", allOnline ? "all " + devices : "NOT all", lostQuiet, silenced,
                                lostAfter, lostOthers), "", "", "all; all within " + 2 * heartbeat + " s; 0",
                        allOnline && lostQuiet == silenced && lostAfter <= 2 * heartbeat && lostOthers == 0);
                if (cpu0Process < 0) {
                    System.out.println();
                }
            } finally {
                ctx.close();
            }
        }
    }

    /** The biggest classes on the heap (jcmd GC.class_histogram), to see whose memory it is. */
    private static void printHistogram(int lines) {
        try {
            var server = ManagementFactory.getPlatformMBeanServer();
            var name = new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand");
            String out = (String) server.invoke(name, "gcClassHistogram", new Object[] { new String[0] },
                    new String[] { String[].class.getName() });
            out.lines().limit(lines + 2L).forEach(l -> System.out.println("    " + l));
        } catch (Exception e) {
            System.out.println("  no class histogram: " + e);
        }
    }

    private static long online(HfCameraComponent comp) {
        List<DeviceStatus> all = comp.getDevices();
        return all.stream().filter(s -> s.state() == DeviceState.ONLINE).count();
    }

    private static long processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static Map<Long, Long> threadCpu() {
        var tmx = ManagementFactory.getThreadMXBean();
        Map<Long, Long> out = new HashMap<>();
        for (var info : tmx.getThreadInfo(tmx.getAllThreadIds())) {
            if (info != null && isComponentThread(info.getThreadName())) {
                out.put(info.getThreadId(), tmx.getThreadCpuTime(info.getThreadId()));
            }
        }
        return out;
    }

    /**
     * The component's threads: its pools (hfcamera-*), a Paho client (named by the client id), the HiveMQ client's
     * Netty event loops ({@code com.hivemq.client.mqtt-*}; shared by every HiveMQ client of the JVM, so they are the
     * component's only while the simulator does not use HiveMQ too), Camel's.
     */
    private static boolean isComponentThread(String name) {
        return name.startsWith("hfcamera-") || name.contains("bench-fleet") || name.startsWith("Camel (")
                || name.startsWith("com.hivemq.client.mqtt");
    }

    private static long componentCpu(Map<Long, Long> start) {
        long sum = 0;
        Map<String, Long> groups = new java.util.TreeMap<>();
        var tmx = ManagementFactory.getThreadMXBean();
        for (var e : threadCpu().entrySet()) {
            long now = e.getValue();
            if (now >= 0) {
                long d = now - start.getOrDefault(e.getKey(), 0L);
                sum += d;
                var info = tmx.getThreadInfo(e.getKey());
                String name = info == null ? "(ended)" : info.getThreadName().replaceAll("[-#\\s]*\\d+$", "");
                groups.merge(name, d, Long::sum);
            }
        }
        // which threads were counted as the component's, so that a change of its client's thread names shows
        groups.forEach((g, ns) -> System.out.printf(Locale.ROOT, "    counted as the component's: %s %.2f CPU s%n",
                g, ns / 1e9));
        return sum;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
