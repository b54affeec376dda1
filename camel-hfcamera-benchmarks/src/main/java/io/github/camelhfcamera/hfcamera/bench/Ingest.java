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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.HfCameraConstants;
import io.github.camelhfcamera.hfcamera.session.HfSession;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.Jpegs;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;

/**
 * Part 1, ingest: four consumers of the same RecPush records on the same broker, in alternating rounds.
 * <ul>
 * <li>{@code mosquitto_sub} (C, no parsing: what the machine carries), counting the payload lengths it prints;</li>
 * <li>a bare HiveMQ MQTT client 1.3.10 (MQTT 5), Jackson {@code readTree} per record;</li>
 * <li>a bare Paho MQTT v5 1.2.5 client, Jackson {@code readTree} per record (the reference users know);</li>
 * <li>the component: {@code hfcamera:events?type=RecPush} to a processor that counts.</li>
 * </ul>
 * The records (unique RecordIDs, two devices) are written once per mix to files and published by
 * {@code mosquitto_pub} processes (see {@link RecordSet}), so that no JVM publishes and the publishers are the same
 * for every consumer. A round ends when the consumer counted every record, when nothing more arrived for
 * {@link #STALL} after the publishers finished, or at the round timeout; what did not arrive is counted as lost.
 */
final class Ingest {

    private static final String PREFIX = "mqtt/face";
    /** What the component subscribes to; the bare consumers and mosquitto_sub take the same five. */
    private static final String[] ALL_TOPICS = { PREFIX + "/+/Ack", PREFIX + "/+/Rec", PREFIX + "/+/Snap",
            PREFIX + "/heartbeat", PREFIX + "/basic" };
    private static final List<String> DEVICES = List.of("ing-1", "ing-2");
    private static final String PROBE_DEVICE = "bench-probe";
    private static final Duration STALL = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The consumers, in the order of the first round (later rounds rotate it). */
    static final List<String> CONSUMERS = List.of("mosquitto_sub", "hivemq", "paho", "component");
    private static final Map<String, String> LABELS = Map.of(
            "mosquitto_sub", "`mosquitto_sub` (C, no parsing)",
            "hivemq", "bare HiveMQ MQTT client 1.3.10 + Jackson `readTree`",
            "paho", "bare Paho MQTT v5 1.2.5 + Jackson `readTree`",
            "component", "`hfcamera:events?type=RecPush` -> counting processor");

    /** A mix: the simulated camera's picture sizes and records per round. */
    record Mix(String key, String name, int events, int picBytes, int sceneBytes) {
    }

    /**
     * Per device either one file of records, one a line ({@code lines}: published by {@code mosquitto_pub -l}), or a
     * list of files of one record each ({@code files}: published by {@code xargs mosquitto_pub -f}, one process per
     * record, one device's records in sequence).
     */
    record RecordSet(Mix mix, boolean lines, List<Source> files, int count, long bytes, byte[] first) {
        double meanSize() {
            return bytes / (double) count;
        }
    }

    /** What one publisher process sends: a device's records (or a part of them), from one file. */
    record Source(String device, Path file) {
    }

    /** One consumer's round. */
    record Round(long received, double rate, double publishRate, String load) {
    }

    /** The Debian package's clients (mosquitto-clients), coreutils' stdbuf and findutils' xargs. */
    record Tools(Path sub, Path pub, Path stdbuf, Path xargs) {
        static Tools find() {
            Path sub = which("mosquitto_sub");
            Path pub = which("mosquitto_pub");
            Path stdbuf = which("stdbuf");
            Path xargs = which("xargs");
            if (sub == null || pub == null) {
                throw new IllegalStateException("the ingest part needs mosquitto_sub and mosquitto_pub from the Debian"
                        + " package mosquitto-clients (apt-get install mosquitto mosquitto-clients); not found on PATH");
            }
            if (stdbuf == null) {
                throw new IllegalStateException("the ingest part needs stdbuf (coreutils) to read mosquitto_sub's"
                        + " output line by line; not found on PATH");
            }
            if (xargs == null) {
                throw new IllegalStateException("the ingest part needs xargs (findutils) to publish big records one"
                        + " file each; not found on PATH");
            }
            return new Tools(sub, pub, stdbuf, xargs);
        }

        private static Path which(String name) {
            String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
            for (String d : (path + ":/usr/bin:/usr/sbin").split(":")) {
                Path p = Path.of(d, name);
                if (!d.isEmpty() && Files.isExecutable(p)) {
                    return p;
                }
            }
            return null;
        }
    }

    /** Counts what a consumer received; the time of the last one. */
    static final class Counter {
        final AtomicLong count = new AtomicLong();
        volatile long lastNanos;

        void hit() {
            count.incrementAndGet();
            lastNanos = System.nanoTime();
        }
    }

    private final Report report;
    private final int runs;
    private final int roundTimeout;
    private final List<String> consumers;
    private final Tools tools;
    private final Path dir;
    private final Map<String, RecordSet> sets = new HashMap<>();
    private final String publisher;
    private final int publishersPerDevice;
    private final AtomicLong nextRecordId = new AtomicLong(1);

    /**
     * @param publisher {@code lines} ({@code mosquitto_pub -l} for every mix), {@code files} ({@code mosquitto_pub -f}
     *                  per record for every mix) or {@code auto} (lines for records under 64 KB, files above: -l reads
     *                  a line 1 KB at a time, which makes it the bottleneck on big records)
     * @param publishersPerDevice publisher processes per device, each with its share of the device's records
     */
    Ingest(Report report, int runs, int roundTimeoutSeconds, List<String> consumers, String publisher,
            int publishersPerDevice) throws IOException {
        this.publishersPerDevice = publishersPerDevice;
        this.report = report;
        if (!List.of("auto", "lines", "files").contains(publisher)) {
            throw new IllegalArgumentException("--publisher must be auto, lines or files, not '" + publisher + "'");
        }
        this.publisher = publisher;
        this.runs = runs;
        this.roundTimeout = roundTimeoutSeconds;
        for (String c : consumers) {
            if (!CONSUMERS.contains(c)) {
                throw new IllegalArgumentException("--consumers: '" + c + "' is not one of " + CONSUMERS);
            }
        }
        this.consumers = List.copyOf(consumers);
        this.tools = Tools.find();
        this.dir = Files.createTempDirectory("hfcamera-bench-records-");
        System.out.println("[ingest] publishers (" + publisher + "): per device (" + DEVICES.size() + " devices) "
                + publishersPerDevice + " x " + tools.pub() + " -l reading a file of one record a line, or for big records xargs running one "
                + tools.pub() + " -f per record; mosquitto_sub: " + tools.sub());
    }

    /** Removes the record files. */
    void close() {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.out.println("  could not remove " + dir + ": " + e);
        }
    }

    void run(HfCameraBenchmarks.Broker broker, List<Mix> mixes) throws Exception {
        for (Mix mix : mixes) {
            RecordSet rs = records(broker, mix);
            System.out.printf(Locale.ROOT, "[ingest %s] %s: %d records of %.0f bytes on average, %d devices, published"
                    + " by %s; %d rounds of %s, each %d s at most%n", broker.name(), mix.name(), rs.count(),
                    rs.meanSize(), DEVICES.size(), publisherLabel(rs), runs, consumers, roundTimeout);
            Map<String, List<Round>> results = new LinkedHashMap<>();
            consumers.forEach(c -> results.put(c, new ArrayList<>()));
            // warm-up: one round each (JIT of the JVM consumers, the broker's buffers), not counted
            for (String c : consumers) {
                Round w = round(broker, rs, c);
                System.out.printf(Locale.ROOT, "  warm-up %-13s %8.0f records/s (%d of %d; publish %.0f/s)%n", c,
                        w.rate(), w.received(), rs.count(), w.publishRate());
            }
            for (int r = 0; r < runs; r++) {
                List<String> order = new ArrayList<>(consumers);
                java.util.Collections.rotate(order, -r);
                for (String c : order) {
                    Round x = round(broker, rs, c);
                    results.get(c).add(x);
                    System.out.printf(Locale.ROOT, "  round %d %-13s %8.0f records/s %7.1f MB/s (%d of %d%s;"
                            + " publish %.0f/s; load %s)%n", r + 1, c, x.rate(), x.rate() * rs.meanSize() / 1e6,
                            x.received(), rs.count(), x.received() < rs.count() ? ", "
                                    + (rs.count() - x.received()) + " LOST" : "", x.publishRate(), x.load());
                }
            }
            table(broker, rs, results);
        }
    }

    private void table(HfCameraBenchmarks.Broker broker, RecordSet rs, Map<String, List<Round>> results) {
        Map<String, Double> median = new LinkedHashMap<>();
        results.forEach((c, l) -> median.put(c, HfCameraBenchmarks.median(l.stream().mapToDouble(Round::rate)
                .toArray())));
        Double comp = median.get("component");
        String mixLabel = rs.mix().name() + " (" + f("%,.0f", rs.meanSize()) + " bytes; " + publisherLabel(rs) + ")";
        for (var e : results.entrySet()) {
            String c = e.getKey();
            List<Round> l = e.getValue();
            double m = median.get(c);
            long received = l.stream().mapToLong(Round::received).sum();
            long sent = (long) rs.count() * l.size();
            double pub = HfCameraBenchmarks.median(l.stream().mapToDouble(Round::publishRate).toArray());
            String ratio = comp == null ? "" : c.equals("component") ? "1" : f("%.2f", comp / m);
            String loads = l.stream().map(Round::load).reduce((a, b) -> a + ", " + b).orElse("");
            // the publish rate is a lower bound (until the processes exited): a consumer near it may be held back
            boolean publisherBound = m >= 0.9 * pub;
            if (publisherBound) {
                report.note("ingest, " + broker.name() + ", " + rs.mix().name() + ", " + c + ": " + f("%.0f", m)
                        + " records/s is 90 % or more of the publish rate (" + f("%.0f", pub) + "/s): the publishers"
                        + " may be what limits it (try --publishers=2)");
            }
            report.ingestRow(new Report.IngestRow(broker.name(), mixLabel, LABELS.get(c), f("%.0f", m),
                    f("%.1f", m * rs.meanSize() / 1e6), f("%.0f", pub) + (publisherBound ? " (*)" : ""),
                    received + " of " + sent
                            + (received < sent ? " (" + (sent - received) + " lost)" : ""), ratio, loads));
        }
        // the targets of issue 12, as rows of the main table
        if (comp != null) {
            boolean small = rs.mix().key().equals("small");
            if (median.containsKey("hivemq")) {
                double ratio = comp / median.get("hivemq");
                report.row("1 ingest, " + broker.name(), mixLabel + ", records/s, against bare HiveMQ + Jackson",
                        f("%.0f", comp), f("%.0f", median.get("hivemq")), f("%.2f", ratio),
                        small ? ">= 0.90" : "", small ? ratio >= 0.9 : null);
            }
            if (median.containsKey("mosquitto_sub")) {
                double ratio = comp / median.get("mosquitto_sub");
                report.row("1 ingest, " + broker.name(), mixLabel + ", records/s, against mosquitto_sub",
                        f("%.0f", comp), f("%.0f", median.get("mosquitto_sub")), f("%.2f", ratio),
                        small ? ">= 0.40" : "", small ? ratio >= 0.4 : null);
            }
            if (median.containsKey("paho")) {
                double ratio = comp / median.get("paho");
                report.row("1 ingest, " + broker.name(), mixLabel + ", records/s, against bare Paho v5 + Jackson",
                        f("%.0f", comp), f("%.0f", median.get("paho")), f("%.2f", ratio), "", null);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ records

    /**
     * The mix's records: a RecPush captured from a simulated camera with the mix's pictures, then one copy per record
     * with its own RecordID and device; one file per device, one record a line (JSON has no raw newline).
     */
    private RecordSet records(HfCameraBenchmarks.Broker broker, Mix mix) throws Exception {
        RecordSet cached = sets.get(mix.key());
        if (cached != null) {
            return cached;
        }
        ObjectNode template = (ObjectNode) JSON.readTree(capture(broker, mix.picBytes(), mix.sceneBytes()));
        ObjectNode info = (ObjectNode) template.path("info");
        if (!info.has("RecordID") || !info.has("facesluiceId")) {
            throw new IllegalStateException("the simulator's RecPush has no RecordID or facesluiceId: " + info
                    .fieldNames());
        }
        boolean lines = publisher.equals("lines") || publisher.equals("auto")
                && JSON.writeValueAsBytes(template).length < 64 * 1024;
        List<Source> files = new ArrayList<>();
        long bytes = 0;
        byte[] first = null;
        int parts = DEVICES.size() * publishersPerDevice;
        for (int d = 0; d < parts; d++) {
            String dev = DEVICES.get(d % DEVICES.size());
            int n = mix.events() / parts + (d < mix.events() % parts ? 1 : 0);
            Path file = dir.resolve(mix.key() + "-" + dev + "-" + d + (lines ? ".jsonl" : ".list"));
            Path perRecord = dir.resolve(mix.key() + "-" + dev + "-" + d);
            if (!lines) {
                Files.createDirectories(perRecord);
            }
            info.put("facesluiceId", dev);
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
                for (int i = 0; i < n; i++) {
                    info.put("RecordID", nextRecordId.getAndIncrement());
                    byte[] rec = JSON.writeValueAsBytes(template);
                    for (byte b : rec) {
                        if (b == '\n') {
                            throw new IllegalStateException("a record holds a newline; mosquitto_pub -l would split it");
                        }
                    }
                    if (first == null) {
                        first = rec;
                    }
                    if (lines) {
                        out.write(rec);
                    } else {
                        Path one = perRecord.resolve(f("%06d.json", i));
                        Files.write(one, rec);
                        out.write(one.toString().getBytes(StandardCharsets.UTF_8));
                    }
                    out.write('\n');
                    bytes += rec.length;
                }
            }
            files.add(new Source(dev, file));
        }
        RecordSet rs = new RecordSet(mix, lines, files, mix.events(), bytes, first);
        sets.put(mix.key(), rs);
        return rs;
    }

    /** One RecPush as a simulated camera publishes it with these pictures. */
    private static byte[] capture(HfCameraBenchmarks.Broker broker, int picBytes, int sceneBytes) throws Exception {
        byte[][] captured = new byte[1][];
        String id = "tpl-" + UUID.randomUUID().toString().substring(0, 8);
        try (SimulatedFleet fleet = CameraSimulator.builder().brokerUrl(broker.url()).deviceIds(id)
                .heartbeatInterval(Duration.ofSeconds(20)).picBytes(picBytes).sceneBytes(sceneBytes)
                .receivedHistory(0).recordHistory(0).start();
                BareClient c = new BareClient(broker.url(), "bench-capture-" + id, (t, p) -> captured[0] = p)) {
            c.subscribe(PREFIX + "/" + id + "/Rec");
            fleet.camera(id).pushRecord();
            HfCameraBenchmarks.awaitUntil(() -> captured[0] != null, Duration.ofSeconds(30), "a RecPush to copy");
        }
        return captured[0];
    }

    static List<Mix> mixes(int small, int face, int scene, List<String> wanted) {
        List<Mix> all = List.of(
                new Mix("small", "2 KB records", small, 700, 700),
                new Mix("face", "200 KB records (face)", face, 148_000, 700),
                new Mix("scene", "2 MB scenes", scene, 700, Jpegs.maxBytesFor(Jpegs.SCENE_LIMIT)));
        return all.stream().filter(m -> wanted.contains(m.key())).toList();
    }

    // ------------------------------------------------------------------------------------------------ a round

    private Round round(HfCameraBenchmarks.Broker broker, RecordSet rs, String consumer) throws Exception {
        Counter counter = new Counter();
        try (AutoCloseable c = start(consumer, broker, rs, counter)) {
            long t0 = System.nanoTime();
            List<Process> pubs = new ArrayList<>();
            List<Path> errs = new ArrayList<>();
            int port = URI.create(broker.url()).getPort();
            String tag = UUID.randomUUID().toString().substring(0, 8);
            for (Source e : rs.files()) {
                List<String> cmd = new ArrayList<>();
                if (!rs.lines()) {
                    cmd.addAll(List.of(tools.xargs().toString(), "-a", e.file().toString(), "-n", "1"));
                }
                cmd.addAll(List.of(tools.pub().toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-q", "0",
                        "-t", PREFIX + "/" + e.device() + "/Rec"));
                if (rs.lines()) {
                    cmd.addAll(List.of("-i", "bench-pub-" + e.file().getFileName() + "-" + tag, "-l"));
                } else {
                    cmd.add("-f");
                }
                // stderr to a file: a pipe nobody reads could fill up and stop the publisher
                Path err = dir.resolve("publisher-" + tag + "-" + errs.size() + ".err");
                errs.add(err);
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(err.toFile());
                if (rs.lines()) {
                    pb.redirectInput(e.file().toFile());
                }
                pubs.add(pb.start());
            }
            long deadline = t0 + TimeUnit.SECONDS.toNanos(roundTimeout);
            for (int i = 0; i < pubs.size(); i++) {
                Process p = pubs.get(i);
                long left = Math.max(1, deadline - System.nanoTime());
                if (!p.waitFor(left, TimeUnit.NANOSECONDS)) {
                    pubs.forEach(Process::destroy);
                    throw new IllegalStateException("mosquitto_pub did not finish within " + roundTimeout + " s");
                }
                if (p.exitValue() != 0) {
                    pubs.forEach(Process::destroy);
                    throw new IllegalStateException("mosquitto_pub failed (exit " + p.exitValue() + "): "
                            + Files.readString(errs.get(i), StandardCharsets.UTF_8).trim());
                }
            }
            for (Path err : errs) {
                Files.deleteIfExists(err);
            }
            long published = System.nanoTime();
            long last = counter.count.get();
            long lastChange = System.nanoTime();
            while (counter.count.get() < rs.count() && System.nanoTime() < deadline
                    && System.nanoTime() - lastChange < STALL.toNanos()) {
                Thread.sleep(2);
                long now = counter.count.get();
                if (now != last) {
                    last = now;
                    lastChange = System.nanoTime();
                }
            }
            long got = counter.count.get();
            double rate = got == 0 ? 0 : got / ((counter.lastNanos - t0) / 1e9);
            double publishRate = rs.count() / ((published - t0) / 1e9);
            return new Round(got, rate, publishRate, Report.loadAverage());
        }
    }

    /** Starts a consumer; returns once it receives what is published from now on. */
    private AutoCloseable start(String consumer, HfCameraBenchmarks.Broker broker, RecordSet rs, Counter counter) throws Exception {
        String id = "bench-" + consumer.replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        switch (consumer) {
            case "mosquitto_sub":
                return MosquittoSub.start(tools, broker, id, counter);
            case "hivemq": {
                BareHiveMq c = new BareHiveMq(broker.url(), id, (topic, payload) -> countIfRecPush(topic, payload,
                        counter));
                try {
                    c.subscribe(ALL_TOPICS);
                } catch (Exception e) {
                    c.close();
                    throw e;
                }
                return c;
            }
            case "paho": {
                BareClient c = new BareClient(broker.url(), id, (topic, payload) -> countIfRecPush(topic, payload,
                        counter));
                try {
                    c.subscribe(ALL_TOPICS);
                } catch (Exception e) {
                    c.close();
                    throw e;
                }
                return c;
            }
            case "component":
                return component(broker, id, rs, counter);
            default:
                throw new IllegalArgumentException(consumer);
        }
    }

    /** What each bare consumer does per message: parse it (a tree), count it when it is a RecPush. */
    private static void countIfRecPush(String topic, byte[] payload, Counter counter) {
        try {
            JsonNode n = JSON.readTree(payload);
            if ("RecPush".equals(n.path("operator").asText())) {
                counter.hit();
            }
        } catch (IOException e) {
            throw new IllegalStateException("bad JSON on " + topic, e);
        }
    }

    /**
     * The component through its public Camel API only (URI, header): ready once a probe record from the device
     * {@value #PROBE_DEVICE} came through the route; probes are not counted.
     */
    private AutoCloseable component(HfCameraBenchmarks.Broker broker, String id, RecordSet rs, Counter counter) throws Exception {
        AtomicLong probes = new AtomicLong();
        CamelContext ctx = HfCameraBenchmarks.camel(broker.url(), id, () -> new RouteBuilder() {
            @Override
            public void configure() {
                from("hfcamera:events?type=RecPush").process(e -> {
                    if (PROBE_DEVICE.equals(e.getIn().getHeader(HfCameraConstants.DEVICE_ID))) {
                        probes.incrementAndGet();
                    } else {
                        counter.hit();
                    }
                });
            }
        }, c -> {
        });
        try (BareClient prober = new BareClient(broker.url(), id + "-probe", (t, p) -> {
        })) {
            ObjectNode probe = (ObjectNode) JSON.readTree(rs.first());
            ((ObjectNode) probe.path("info")).put("facesluiceId", PROBE_DEVICE);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (probes.get() == 0) {
                if (System.nanoTime() > end) {
                    throw new IllegalStateException("the component's route got no probe record within 30 s");
                }
                ((ObjectNode) probe.path("info")).put("RecordID", nextRecordId.getAndIncrement());
                prober.publish(PREFIX + "/" + PROBE_DEVICE + "/Rec", JSON.writeValueAsBytes(probe));
                Thread.sleep(100);
            }
        } catch (Exception e) {
            ctx.close();
            throw e;
        }
        return () -> {
            // what the component did besides routing: its acknowledgements, and anything it had to drop
            for (HfSession s : ctx.getComponent("hfcamera", HfCameraComponent.class).getSessions()) {
                System.out.println("    component " + id + ": pushAcks=" + s.stats().pushAcks() + ", inboxFull="
                                   + s.stats().inboxFull() + ", inboxDropped=" + s.stats().inboxDropped()
                                   + ", sendDropped=" + s.stats().sendDropped());
            }
            ctx.close();
        };
    }

    private String publisherLabel(RecordSet rs) {
        return rs.files().size() + " x " + (rs.lines() ? "mosquitto_pub -l" : "xargs mosquitto_pub -f");
    }

    private static String f(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /**
     * {@code mosquitto_sub -F %l}: prints each payload's length, one a line (line-buffered through stdbuf, so that
     * each line is there when the message is); ready once a 1-byte probe published on a Rec topic came back.
     */
    static final class MosquittoSub implements AutoCloseable {
        private final Process process;
        private final Thread reader;
        private volatile boolean probeSeen;

        private MosquittoSub(Process process, Counter counter) {
            this.process = process;
            this.reader = new Thread(() -> read(process.getInputStream(), counter), "bench-mosquitto-sub-reader");
            reader.setDaemon(true);
            reader.start();
        }

        static MosquittoSub start(Tools tools, HfCameraBenchmarks.Broker broker, String id, Counter counter)
                throws Exception {
            List<String> cmd = new ArrayList<>(Arrays.asList(tools.stdbuf().toString(), "-oL",
                    tools.sub().toString(), "-h", "127.0.0.1", "-p", String.valueOf(URI.create(broker.url())
                            .getPort()), "-i", id, "-q", "0", "-F", "%l"));
            for (String t : ALL_TOPICS) {
                cmd.add("-t");
                cmd.add(t);
            }
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            MosquittoSub s = new MosquittoSub(p, counter);
            try (BareClient prober = new BareClient(broker.url(), id + "-probe", (t, pl) -> {
            })) {
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!s.probeSeen) {
                    if (!p.isAlive() || System.nanoTime() > end) {
                        s.close();
                        throw new IllegalStateException("mosquitto_sub " + (p.isAlive() ? "got no probe within 30 s"
                                : "exited with " + p.exitValue()) + ": " + cmd);
                    }
                    prober.publish(PREFIX + "/" + PROBE_DEVICE + "/Rec", new byte[] { 'p' });
                    Thread.sleep(50);
                }
            }
            return s;
        }

        /** Lengths, one a line: 1 is a probe, anything else a record. */
        private void read(InputStream in, Counter counter) {
            byte[] buf = new byte[1 << 16];
            long value = 0;
            try {
                for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                    long hits = 0;
                    for (int i = 0; i < n; i++) {
                        byte b = buf[i];
                        if (b == '\n') {
                            if (value == 1) {
                                probeSeen = true;
                            } else if (value > 1) {
                                hits++;
                            }
                            value = 0;
                        } else if (b >= '0' && b <= '9') {
                            value = value * 10 + (b - '0');
                        }
                    }
                    if (hits > 0) {
                        counter.count.addAndGet(hits);
                        counter.lastNanos = System.nanoTime();
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            reader.join(5000);
        }
    }
}
