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
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The table the harness prints (and writes to target/benchmark-results.md), plus the machine it ran on. */
final class Report {

    record Row(String part, String figure, String component, String baseline, String ratio, String goal,
               String met, String load) {
    }

    /** A row of the ingest table: one consumer on one broker and mix, medians of the rounds. */
    record IngestRow(String broker, String mix, String consumer, String rate, String mbps, String publishRate,
                     String received, String ratio, String loads) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<IngestRow> ingest = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();

    synchronized void row(String part, String figure, String component, String baseline, String ratio, String goal,
            Boolean met) {
        Row r = new Row(part, figure, component, baseline, ratio, goal, met == null ? "" : met ? "yes" : "NO",
                loadAverage());
        rows.add(r);
        System.out.printf(Locale.ROOT, "  -> %s | %s | component %s | baseline %s | ratio %s | goal %s %s (load %s)%n",
                part, figure, component, baseline, ratio, goal, r.met(), r.load());
    }

    synchronized void ingestRow(IngestRow r) {
        ingest.add(r);
        System.out.printf(Locale.ROOT, "  -> %s | %s | %s | %s records/s | %s MB/s | publish %s/s | %s | component's"
                + " ratio %s | load %s%n", r.broker(), r.mix(), r.consumer(), r.rate(), r.mbps(), r.publishRate(),
                r.received(), r.ratio(), r.loads());
    }

    /** A part's own table (markdown), printed after the ingest table. */
    synchronized void section(String markdown) {
        sections.add(markdown);
        System.out.println(markdown);
    }

    synchronized void note(String text) {
        notes.add(text);
        System.out.println("  note: " + text);
    }

    static String machine() {
        Runtime rt = Runtime.getRuntime();
        long total = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            total = os.getTotalMemorySize();
        }
        return String.format(Locale.ROOT, "%d cores, %.1f GB memory, JDK %s (%s, %s), %s %s, heap max %d MB",
                rt.availableProcessors(), total / 1e9, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("java.vm.vendor"),
                System.getProperty("os.name"), System.getProperty("os.arch"), rt.maxMemory() >> 20);
    }

    /** The 1-minute load average (other builds share the machine), "?" where /proc is not there. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0];
        } catch (IOException | RuntimeException e) {
            double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return l < 0 ? "?" : String.format(Locale.ROOT, "%.2f", l);
        }
    }

    synchronized String markdown(String header) {
        StringBuilder b = new StringBuilder(header).append("\n\n");
        if (!ingest.isEmpty()) {
            b.append("Ingest (medians of the rounds; records/s: the records received over the time from the"
                    + " publishers' start to the last record's arrival; publish rate: the records over the time from"
                    + " the publishers' start to the last one's exit, a lower bound, (*) where the consumer came within"
                    + " 10 % of it; load: the 1-minute load average after each round):\n\n");
            b.append("| Broker | Mix | Consumer | records/s | MB/s | publish rate, records/s | received of sent |"
                    + " the component's ratio to it | load (1 min) |\n");
            b.append("|---|---|---|---|---|---|---|---|---|\n");
            for (IngestRow r : ingest) {
                b.append("| ").append(String.join(" | ", Arrays.asList(r.broker(), r.mix(), r.consumer(), r.rate(),
                        r.mbps(), r.publishRate(), r.received(), r.ratio(), r.loads()))).append(" |\n");
            }
            b.append('\n');
        }
        sections.forEach(sec -> b.append(sec).append('\n'));
        b.append("| Part | Figure | Component | Baseline | Ratio | Goal | Met | Load (1 min) |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            b.append("| ").append(String.join(" | ", Arrays.asList(r.part(), r.figure(), r.component(), r.baseline(),
                    r.ratio(), r.goal(), r.met(), r.load()))).append(" |\n");
        }
        if (!notes.isEmpty()) {
            b.append('\n');
            notes.forEach(n -> b.append("* ").append(n).append('\n'));
        }
        return b.toString();
    }
}
