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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Part {@code scale}: aggregate ingest of 1, 2 and 3 processes of the component ({@link ScaleWorker}, each its own
 * JVM and clientId) in one shared subscription group on the private Mosquitto, the same machine, the ingest part's
 * small records published by the same {@code mosquitto_pub} processes. Per round: the records all processes counted
 * over the time from the publishers' start to the last record's arrival, and the CPU beside (read from
 * {@code /proc}): the broker's own ({@code /proc/<pid>/stat} of mosquitto), the processes' together, and the whole
 * machine's busy share ({@code /proc/stat}), so that a table on two cores says when the machine, not the component, is
 * the ceiling.
 */
final class Scale {

    /** Over this share of all cores busy during a round, the machine is taken for the ceiling. */
    static final double MACHINE_BOUND = 0.90;
    private static final long STALL_MS = 10_000;
    private static final double TICKS = 100.0; // USER_HZ on Linux

    private final Report report;
    private final Ingest ingest;
    private final int runs;
    private final int maxProcesses;
    private final int roundTimeout;
    private final String heap;

    Scale(Report report, Ingest ingest, int runs, int maxProcesses, int roundTimeoutSeconds, String heap) {
        this.report = report;
        this.ingest = ingest;
        this.runs = runs;
        this.maxProcesses = maxProcesses;
        this.roundTimeout = roundTimeoutSeconds;
        this.heap = heap;
    }

    /** One round's figures. */
    record Round(long received, double rate, double publishRate, double workersCores, double brokerCores,
                 double machineBusy, String load) {
    }

    void run(HfCameraBenchmarks.Broker broker, String brokerConfig, Ingest.Mix mix) throws Exception {
        Ingest.RecordSet rs = ingest.records(broker, mix);
        long brokerPid = pidOf(brokerConfig);
        System.out.printf(Locale.ROOT, "[scale %s] %s: %d records of %.0f bytes, 1 to %d processes in one shared"
                + " subscription group, %d rounds each (mosquitto pid %d)%n", broker.name(), mix.name(), rs.count(),
                rs.meanSize(), maxProcesses, runs, brokerPid);
        Map<Integer, List<Round>> results = new LinkedHashMap<>();
        for (int n = 1; n <= maxProcesses; n++) {
            // fresh processes every round, as the ingest part's consumers: the records of a round are the same every
            // round, and a process that saw them once would acknowledge them as duplicates without routing them
            Round warm = round(broker, rs, n, brokerPid);
            System.out.printf(Locale.ROOT, "  %d process(es) warm-up %8.0f records/s (%d of %d)%n", n, warm.rate(),
                    warm.received(), rs.count());
            List<Round> rounds = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                Round x = round(broker, rs, n, brokerPid);
                rounds.add(x);
                System.out.printf(Locale.ROOT, "  %d process(es) round %d %8.0f records/s (%d of %d%s); CPU:"
                        + " processes %.2f cores, mosquitto %.2f cores, machine %.0f %% busy; load %s%n", n, r + 1,
                        x.rate(), x.received(), rs.count(), x.received() < rs.count() ? ", "
                                + (rs.count() - x.received()) + " LOST" : "", x.workersCores(), x.brokerCores(),
                        x.machineBusy() * 100, x.load());
            }
            results.put(n, rounds);
        }
        table(broker, rs, results);
    }

    private void table(HfCameraBenchmarks.Broker broker, Ingest.RecordSet rs, Map<Integer, List<Round>> results) {
        int cores = Runtime.getRuntime().availableProcessors();
        double one = median(results.get(1), Round::rate);
        StringBuilder b = new StringBuilder();
        b.append(f("Scale-out on %s, %s (%,.0f bytes), %d records a round, medians of %d rounds; CPU in cores (of %d)"
                + " over the round, from /proc: the processes together, mosquitto's own, and the share of the"
                + " machine busy (everything on it: the publishers, the harness, other builds):%n%n", broker.name(),
                rs.mix().name(), rs.meanSize(), rs.count(), runs, cores, cores));
        b.append("| Processes | records/s (all together) | ratio to 1 process | publish rate, records/s |"
                + " received of sent | CPU of the processes | CPU of mosquitto | machine busy | ceiling |"
                + " load (1 min) |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (var e : results.entrySet()) {
            List<Round> l = e.getValue();
            double rate = median(l, Round::rate);
            double busy = median(l, Round::machineBusy);
            long received = l.stream().mapToLong(Round::received).sum();
            long sent = (long) rs.count() * l.size();
            double pub = median(l, Round::publishRate);
            String ceiling = busy >= MACHINE_BOUND ? "the machine (" + cores + " cores busy)"
                    : rate >= 0.9 * pub ? "the publishers (records/s within 10 % of the publish rate)"
                    : "not the machine";
            b.append("| ").append(String.join(" | ", List.of(Integer.toString(e.getKey()), f("%.0f", rate),
                    f("%.2f", rate / one), f("%.0f", pub), received + " of " + sent + (received < sent ? " (" + (sent - received)
                            + " lost)" : ""), f("%.2f", median(l, Round::workersCores)),
                    f("%.2f", median(l, Round::brokerCores)), f("%.0f %%", busy * 100), ceiling,
                    l.stream().map(Round::load).reduce((x, y) -> x + ", " + y).orElse("")))).append(" |\n");
            if (busy >= MACHINE_BOUND && e.getKey() > 1) {
                report.note("scale, " + e.getKey() + " processes: the machine was " + f("%.0f", busy * 100)
                        + " % busy, so the " + cores + " cores, not the component, are the ceiling of this figure");
            }
        }
        report.section(b.toString());
    }

    /** A round with {@code n} new processes in a new group, closed afterwards. */
    private Round round(HfCameraBenchmarks.Broker broker, Ingest.RecordSet rs, int n, long brokerPid)
            throws Exception {
        List<Worker> workers = new ArrayList<>();
        String group = "bench-scale-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            for (int i = 1; i <= n; i++) {
                workers.add(Worker.start(broker.url(), group + "-" + i, group, heap));
            }
            for (Worker w : workers) {
                w.awaitReady();
            }
            return round(broker, rs, workers, brokerPid);
        } finally {
            for (Worker w : workers) {
                w.close();
            }
        }
    }

    private Round round(HfCameraBenchmarks.Broker broker, Ingest.RecordSet rs, List<Worker> workers, long brokerPid)
            throws Exception {
        long base = 0;
        for (Worker w : workers) {
            base += w.poll()[0];
        }
        long[] cpu0 = machineTicks();
        long workers0 = 0;
        for (Worker w : workers) {
            workers0 += processTicks(w.process.pid());
        }
        long broker0 = processTicks(brokerPid);
        long t0 = System.currentTimeMillis();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(roundTimeout);
        ingest.publish(broker, rs, deadline);
        long published = System.currentTimeMillis();
        long got = 0;
        long last = t0;
        long lastChange = System.currentTimeMillis();
        while (System.nanoTime() < deadline && System.currentTimeMillis() - lastChange < STALL_MS) {
            long sum = 0;
            long newest = 0;
            for (Worker w : workers) {
                long[] c = w.poll();
                sum += c[0];
                newest = Math.max(newest, c[1]);
            }
            if (sum - base != got) {
                got = sum - base;
                last = newest;
                lastChange = System.currentTimeMillis();
            }
            if (got >= rs.count()) {
                break;
            }
            Thread.sleep(50);
        }
        long end = Math.max(last, t0 + 1);
        long[] cpu1 = machineTicks();
        long workers1 = 0;
        for (Worker w : workers) {
            workers1 += processTicks(w.process.pid());
        }
        long broker1 = processTicks(brokerPid);
        // CPU over the wall time until now (the poll ran a little past the last record: a lower bound of the cores)
        double wall = (System.currentTimeMillis() - t0) / 1000.0;
        double busy = (cpu1[0] - cpu0[0]) / (double) Math.max(1, cpu1[1] - cpu0[1]);
        return new Round(got, got / ((end - t0) / 1000.0), rs.count() / (Math.max(1, published - t0) / 1000.0),
                (workers1 - workers0) / TICKS / wall,
                (broker1 - broker0) / TICKS / wall, busy, Report.loadAverage());
    }

    // ------------------------------------------------------------------------------------------------ /proc

    /** utime + stime of a process, in clock ticks. */
    static long processTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        // the command may hold spaces: the fields start after its closing parenthesis
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** Busy and total ticks of all cores ({@code cpu} line of /proc/stat). */
    static long[] machineTicks() throws IOException {
        String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
        String[] f = line.trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length && i <= 8; i++) {
            total += Long.parseLong(f[i]);
        }
        long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
        return new long[] { total - idle, total };
    }

    /** The mosquitto process started with this configuration file (the private broker), from /proc. */
    static long pidOf(String configFile) throws IOException {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                if (!p.getFileName().toString().matches("\\d+")) {
                    continue;
                }
                try {
                    String cmd = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8)
                            .replace('\0', ' ');
                    if (cmd.contains("mosquitto") && cmd.contains(configFile)) {
                        return Long.parseLong(p.getFileName().toString());
                    }
                } catch (IOException gone) {
                    // the process ended meanwhile
                }
            }
        }
        throw new IllegalStateException("no mosquitto process with " + configFile + " in /proc");
    }

    private static double median(List<Round> l, java.util.function.ToDoubleFunction<Round> f) {
        return HfCameraBenchmarks.median(l.stream().mapToDouble(f).toArray());
    }

    private static String f(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** A {@link ScaleWorker} JVM: asked for its count by a line on its stdin. */
    static final class Worker implements AutoCloseable {
        final Process process;
        private final BufferedReader out;
        private final OutputStream in;

        private Worker(Process process) {
            this.process = process;
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            this.in = process.getOutputStream();
        }

        static Worker start(String brokerUrl, String clientId, String group, String heap) throws IOException {
            List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms" + heap, "-Xmx" + heap, "-XX:+UseG1GC", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    "-cp", System.getProperty("java.class.path"), ScaleWorker.class.getName(), brokerUrl, clientId,
                    group);
            return new Worker(new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }

        void awaitReady() throws IOException {
            for (String l = out.readLine(); l != null; l = out.readLine()) {
                if (l.equals("READY")) {
                    return;
                }
            }
            throw new IllegalStateException("a scale worker exited before it was ready");
        }

        /** {records, epoch ms of the last one}. */
        long[] poll() throws IOException {
            in.write('\n');
            in.flush();
            for (String l = out.readLine(); l != null; l = out.readLine()) {
                if (l.startsWith("COUNT ")) {
                    String[] f = l.split(" ");
                    return new long[] { Long.parseLong(f[1]), Long.parseLong(f[2]) };
                }
            }
            throw new IllegalStateException("a scale worker exited");
        }

        @Override
        public void close() throws Exception {
            try {
                in.close();
            } catch (IOException ignored) {
                // it is gone already
            }
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
