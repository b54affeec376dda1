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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import io.github.camelhfcamera.hfcamera.session.DeviceState;
import io.github.camelhfcamera.hfcamera.session.HfBadInput;
import io.github.camelhfcamera.hfcamera.session.HfSession;
import io.github.camelhfcamera.hfcamera.session.SessionStats;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection's counters as Micrometer meters, when a {@code MeterRegistry} is in the Camel registry (camel-micrometer,
 * camel-observability-services, Spring Boot, Quarkus): the component does not depend on Micrometer otherwise. Tagged
 * with the component's name and the connection's MQTT client id; removed when the connection closes.
 * <ul>
 * <li>counters: {@code hfcamera.events.received}, {@code .routed}, {@code .duplicates}, {@code .unrouted},
 * {@code .failed}; {@code hfcamera.pushacks.sent}, {@code hfcamera.onlineacks.sent}, {@code hfcamera.bad.input}
 * (tag {@code kind}), {@code hfcamera.reconnects}, {@code hfcamera.inbox.full}, {@code hfcamera.clock.syncs};</li>
 * <li>timer {@code hfcamera.commands} (tags {@code operator}, {@code outcome}: ok, error, timeout, failed): the
 * commands and their round-trip time;</li>
 * <li>gauges: {@code hfcamera.devices} (tag {@code state}), {@code hfcamera.commands.pending},
 * {@code hfcamera.inbox.messages}, {@code hfcamera.inbox.bytes}, {@code hfcamera.connected}.</li>
 * </ul>
 */
final class HfCameraMetrics implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HfCameraMetrics.class);
    /** The name camel-micrometer binds its registry under. */
    static final String REGISTRY_NAME = "metricsRegistry";
    /** Whether Micrometer is on the class path: checked before this class (which uses it) is loaded. */
    static final class Presence {
        static final boolean MICROMETER = present();

        private Presence() {
        }

        private static boolean present() {
            try {
                Class.forName("io.micrometer.core.instrument.MeterRegistry", false, Presence.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }
    }

    private final MeterRegistry registry;
    private final HfSession session;
    private final Tags tags;
    private final List<Meter> meters = new ArrayList<>();

    private HfCameraMetrics(MeterRegistry registry, HfSession session, Tags tags) {
        this.registry = registry;
        this.session = session;
        this.tags = tags;
    }

    /**
     * The meters of {@code session}, or {@code null} without a MeterRegistry in the registry. Call only when
     * {@link Presence#MICROMETER}.
     */
    static AutoCloseable bind(HfCameraComponent component, HfSession session) {
        MeterRegistry registry = find(component.getCamelContext());
        if (registry == null) {
            return null;
        }
        HfCameraMetrics m = new HfCameraMetrics(registry, session,
                Tags.of("component", component.registeredName(), "clientId", session.clientId()));
        m.register();
        LOG.debug("Metrics of {} registered in {}", session.clientId(), registry);
        return m;
    }

    static MeterRegistry find(CamelContext context) {
        Registry r = context.getRegistry();
        MeterRegistry named = r.lookupByNameAndType(REGISTRY_NAME, MeterRegistry.class);
        return named != null ? named : r.findSingleByType(MeterRegistry.class);
    }

    private void register() {
        SessionStats stats = session.stats();
        counter("hfcamera.events.received", "Messages received on the event topics", SessionStats::events);
        counter("hfcamera.events.routed", "Events handed to the routes (records once each)", SessionStats::routed);
        counter("hfcamera.events.duplicates", "Records received again and not routed", SessionStats::duplicates);
        counter("hfcamera.events.unrouted", "Events no route wanted", SessionStats::unrouted);
        counter("hfcamera.events.failed", "Records a route failed on (not acknowledged)", SessionStats::failedRecords);
        counter("hfcamera.pushacks.sent", "PushAcks sent after the routes completed", SessionStats::pushAcks);
        counter("hfcamera.onlineacks.sent", "Online-Acks sent", SessionStats::onlineAcks);
        counter("hfcamera.reconnects", "Reconnections to the broker", SessionStats::reconnects);
        counter("hfcamera.inbox.full", "Times the queue to the routes was full (back-pressure)",
                SessionStats::inboxFull);
        counter("hfcamera.gap.recoveries", "Gap recoveries asked of devices", SessionStats::gapRecoveries);
        counter("hfcamera.clock.syncs", "Device clocks set by clockSync (SetSysTime)", SessionStats::clockSyncs);
        for (HfBadInput.Kind kind : HfBadInput.Kind.values()) {
            meters.add(FunctionCounter.builder("hfcamera.bad.input", stats, s -> s.badInput(kind))
                    .description("Messages from devices that could not be used").tags(tags)
                    .tag("kind", kind.name().toLowerCase()).register(registry));
        }
        for (DeviceState state : DeviceState.values()) {
            gauge("hfcamera.devices", "Known devices by state", s -> count(s, state), Tags.of("state",
                    state.name().toLowerCase()));
        }
        gauge("hfcamera.commands.pending", "Commands waiting for their answer", HfSession::pendingCommands, Tags.empty());
        gauge("hfcamera.inbox.messages", "Messages waiting for the routes", HfSession::queuedMessages, Tags.empty());
        gauge("hfcamera.inbox.bytes", "Bytes waiting for the routes", HfSession::queuedBytes, Tags.empty());
        gauge("hfcamera.connected", "1 while the broker connection is up", s -> s.isConnected() ? 1 : 0,
                Tags.empty());
        // the meters are bound before the connection is used: every command is recorded as it completes
        stats.commandListener(this::commandCompleted);
    }

    private void commandCompleted(String operator, SessionStats.CommandOutcome outcome, long nanos) {
        try {
            Timer t = Timer.builder("hfcamera.commands").description("Commands by operator and outcome, round trip")
                    .tags(tags).tag("operator", operator).tag("outcome", outcome.name().toLowerCase())
                    .register(registry);
            t.record(nanos, TimeUnit.NANOSECONDS);
            synchronized (meters) {
                if (!meters.contains(t)) {
                    meters.add(t);
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("Cannot record {} {}: {}", operator, outcome, e.toString());
        }
    }

    private static double count(HfSession s, DeviceState state) {
        int[] n = new int[1];
        s.registry().forEach(d -> {
            if (d.state() == state) {
                n[0]++;
            }
        });
        return n[0];
    }

    private void counter(String name, String description, java.util.function.ToLongFunction<SessionStats> value) {
        meters.add(FunctionCounter.builder(name, session.stats(), s -> value.applyAsLong(s))
                .description(description).tags(tags).register(registry));
    }

    private void gauge(String name, String description, ToDoubleFunction<HfSession> value, Tags extra) {
        meters.add(Gauge.builder(name, session, value).description(description).tags(tags).tags(extra)
                .register(registry));
    }

    @Override
    public void close() {
        session.stats().commandListener(null);
        synchronized (meters) {
            for (Meter m : meters) {
                registry.remove(m);
            }
            meters.clear();
        }
    }
}
