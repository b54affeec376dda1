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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiConsumer;

/**
 * The devices a session has heard of, online / lost / offline, from Online, HeartBeat, Offline, any other message,
 * and missed heartbeats. Thread-safe.
 * <p>
 * Messages are handled in parallel, so they can reach the registry in another order than they arrived from the
 * broker. Each update carries the message's arrival number, and an update older than the last one applied to that
 * device is ignored: a heartbeat that overtakes the device's will does not bring the device back, and a will handled
 * after the device's next Online does not take it offline.
 * <p>
 * After its will, only the device's Online brings it back: a device that reconnects sends Online first (and again
 * until it is acknowledged), while a record or heartbeat after the will can be one it sent before it was lost,
 * delivered late by the broker (Artemis does).
 */
public final class DeviceRegistry {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DeviceRegistry.class);

    /** What became of a message's update. */
    enum Update {
        /** Applied (or older than one applied: nothing to do). */
        APPLIED,
        /** Refused: the device's will came before, and only its Online brings it back. */
        AFTER_WILL,
        /** Refused: the registry holds maxDevices devices and this one is new. */
        FULL
    }

    private final ConcurrentMap<String, DeviceStatus> devices = new ConcurrentHashMap<>();
    /** Per device, the arrival number of the last message applied; written only inside devices.compute. */
    private final ConcurrentMap<String, Long> applied = new ConcurrentHashMap<>();
    /** Per device, the arrival number of the last Online applied; written only inside devices.compute. */
    private final ConcurrentMap<String, Long> onlineApplied = new ConcurrentHashMap<>();
    private final Clock clock;
    private final BiConsumer<DeviceStatus, DeviceState> transitions;
    private final int maxDevices;
    private final java.util.concurrent.atomic.AtomicBoolean fullLogged = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * @param transitions told of every change of state: the new status and the state before ({@code null} for a
     *                    device not known before)
     */
    DeviceRegistry(Clock clock, BiConsumer<DeviceStatus, DeviceState> transitions) {
        this(clock, transitions, Integer.MAX_VALUE);
    }

    /**
     * @param maxDevices how many devices the registry holds at the most: a message from one more is refused (and
     *                   said once in the log) until devices are forgotten
     */
    DeviceRegistry(Clock clock, BiConsumer<DeviceStatus, DeviceState> transitions, int maxDevices) {
        this.clock = clock;
        this.transitions = transitions;
        this.maxDevices = maxDevices;
    }

    /** Whether a message from the device would be taken: it is known, or the registry has room. */
    boolean accepts(String deviceId) {
        return devices.size() < maxDevices || devices.containsKey(deviceId);
    }

    /** How many devices the registry holds. */
    public int size() {
        return devices.size();
    }

    /** The device's status, if it is known. */
    public Optional<DeviceStatus> get(String deviceId) {
        return Optional.ofNullable(devices.get(deviceId));
    }

    /** The device's state, or empty when the device never showed up. */
    public Optional<DeviceState> state(String deviceId) {
        return get(deviceId).map(DeviceStatus::state);
    }

    /** Every known device, sorted by id. */
    public List<DeviceStatus> devices() {
        return devices.values().stream().sorted(Comparator.comparing(DeviceStatus::deviceId)).toList();
    }

    /**
     * Every known device, unsorted and without a copy: one pass over the registry (for counts and health checks over
     * large fleets). Weakly consistent: a device that changes meanwhile is seen in one state or the other.
     */
    public void forEach(java.util.function.Consumer<? super DeviceStatus> action) {
        devices.values().forEach(action);
    }

    Collection<DeviceStatus> snapshot() {
        return devices.values();
    }

    /** Online message number {@code arrival}: online, with the address and name it gives. */
    Update online(String deviceId, long arrival, String ip, String name) {
        return update(deviceId, arrival, DeviceState.ONLINE, ip, name);
    }

    /** HeartBeat or any other message, number {@code arrival}: the device is alive, unless its will came before. */
    Update seen(String deviceId, long arrival) {
        return update(deviceId, arrival, null, null, null);
    }

    /** Offline (the device's will), message number {@code arrival}. */
    Update offline(String deviceId, long arrival) {
        return update(deviceId, arrival, DeviceState.OFFLINE, null, null);
    }

    /** {@code newState} null: a message other than Online and Offline. */
    private Update update(String deviceId, long arrival, DeviceState newState, String ip, String name) {
        if (!devices.containsKey(deviceId) && devices.size() >= maxDevices) {
            if (fullLogged.compareAndSet(false, true)) {
                LOG.warn("The device registry holds maxDevices={} devices: messages from further devices are refused"
                        + " until some are forgotten (deviceExpiry); raise maxDevices or set allowedDevices", maxDevices);
            }
            return Update.FULL;
        }
        Instant now = clock.instant();
        DeviceState[] before = new DeviceState[1];
        boolean[] afterWill = new boolean[1];
        DeviceStatus after = devices.compute(deviceId, (id, old) -> {
            before[0] = old == null ? null : old.state();
            Long last = applied.get(id);
            Long lastOnline = onlineApplied.get(id);
            boolean willNotOvertakenByOnline = newState == DeviceState.OFFLINE
                                               && (lastOnline == null || arrival > lastOnline);
            if (old != null && last != null && arrival < last && !willNotOvertakenByOnline) {
                // overtaken by a message that arrived after it: it says nothing newer. A will overtaken by a record
                // or heartbeat still counts (the broker may deliver a lost device's last messages after its will);
                // only the device's next Online makes it stale
                return old;
            }
            if (newState == null && old != null && old.state() == DeviceState.OFFLINE) {
                // after the will, only Online: this message may have been sent before the device was lost. Not
                // applied either: the Online it may have overtaken on the workers must still count
                afterWill[0] = true;
                return old;
            }
            applied.put(id, Math.max(arrival, last == null ? arrival : last));
            if (newState == DeviceState.ONLINE) {
                onlineApplied.put(id, arrival);
            }
            DeviceState state = newState == null ? DeviceState.ONLINE : newState;
            boolean changed = old == null || old.state() != state;
            return new DeviceStatus(id, state, changed ? now : old.since(),
                    state == DeviceState.OFFLINE && old != null ? old.lastSeen() : now,
                    ip != null ? ip : old == null ? null : old.ip(),
                    name != null ? name : old == null ? null : old.name(), old == null ? null : old.clockOffset());
        });
        if (before[0] != after.state()) {
            transitions.accept(after, before[0]);
        }
        return afterWill[0] ? Update.AFTER_WILL : Update.APPLIED;
    }

    /** The device's clock was measured: {@code offset} ahead of the component's (a device not known is left out). */
    void clockOffset(String deviceId, Duration offset) {
        devices.computeIfPresent(deviceId, (id, old) -> old.withClockOffset(offset));
    }

    /**
     * Forgets the devices not heard from since {@code before} that are not online (a camera that went away for
     * good, or an id a client made up).
     *
     * @return the ids forgotten
     */
    List<String> forgetSilentSince(Instant before) {
        List<String> gone = new java.util.ArrayList<>();
        for (DeviceStatus s : devices.values()) {
            if (s.state() != DeviceState.ONLINE && s.lastSeen().isBefore(before) && devices.remove(s.deviceId(), s)) {
                applied.remove(s.deviceId());
                onlineApplied.remove(s.deviceId());
                gone.add(s.deviceId());
            }
        }
        if (!gone.isEmpty() && devices.size() < maxDevices) {
            fullLogged.set(false);
        }
        return gone;
    }

    /** Marks lost every online device not heard of for {@code misses} heartbeat intervals. */
    void checkHeartbeats(Duration interval, int misses) {
        Instant limit = clock.instant().minus(interval.multipliedBy(misses));
        for (DeviceStatus s : devices.values()) {
            if (s.state() == DeviceState.ONLINE && s.lastSeen().isBefore(limit)) {
                DeviceStatus lost = new DeviceStatus(s.deviceId(), DeviceState.LOST, clock.instant(), s.lastSeen(),
                        s.ip(), s.name(), s.clockOffset());
                if (devices.replace(s.deviceId(), s, lost)) {
                    transitions.accept(lost, DeviceState.ONLINE);
                }
            }
        }
    }
}
