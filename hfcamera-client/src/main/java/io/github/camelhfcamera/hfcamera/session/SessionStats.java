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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a session counted since it started; every duty counts its own part here. Read-only for everyone else: the
 * Camel layer shows these as meters, JMX attributes and in its dev console.
 */
public final class SessionStats {

    /** How a command ended. */
    public enum CommandOutcome {
        /** The device answered with success. */
        OK,
        /** The device answered with an error code or {@code result: "fail"}, or an unreadable reply. */
        ERROR,
        /** No answer within the timeout. */
        TIMEOUT,
        /** Not sent, or the connection was lost (or the session closed) before the answer came. */
        FAILED
    }

    /**
     * The commands of one operator that ended one way.
     *
     * @param operator   the operator as sent
     * @param outcome    how they ended
     * @param count      how many
     * @param totalNanos their round-trip times added up (from publishing to the outcome), in nanoseconds
     * @param maxNanos   the longest round trip, in nanoseconds
     */
    public record CommandCount(String operator, CommandOutcome outcome, long count, long totalNanos, long maxNanos) {
    }

    /** Told of every command's outcome, on the thread that completes it: must be quick and must not throw. */
    @FunctionalInterface
    public interface CommandListener {
        void commandCompleted(String operator, CommandOutcome outcome, long nanos);
    }

    final AtomicLong commands = new AtomicLong();
    final AtomicLong timeouts = new AtomicLong();
    final AtomicLong events = new AtomicLong();
    final AtomicLong badInput = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong unrouted = new AtomicLong();
    final AtomicLong failedRecords = new AtomicLong();
    final AtomicLong onlineAcks = new AtomicLong();
    final AtomicLong pushAcks = new AtomicLong();
    final AtomicLong pushAckAcks = new AtomicLong();
    final AtomicLong reconnects = new AtomicLong();
    final AtomicLong gapRecoveries = new AtomicLong();
    final AtomicLong recovered = new AtomicLong();
    final AtomicLong inboxFull = new AtomicLong();
    final AtomicLong inboxDropped = new AtomicLong();
    final AtomicLong sendDropped = new AtomicLong();
    final AtomicLong routed = new AtomicLong();
    final AtomicLong clockSyncs = new AtomicLong();
    private final AtomicLongArray badInputByKind = new AtomicLongArray(HfBadInput.Kind.values().length);
    /** By operator, then by outcome. */
    private final Map<String, Tally[]> commandsByOperator = new ConcurrentHashMap<>();
    private volatile CommandListener commandListener;

    /** A message from a device could not be used. */
    void countBadInput(HfBadInput.Kind kind) {
        badInput.incrementAndGet();
        badInputByKind.incrementAndGet(kind.ordinal());
    }

    /** A command ended, {@code nanos} after it was published. */
    void command(String operator, CommandOutcome outcome, long nanos) {
        Tally[] t = commandsByOperator.computeIfAbsent(operator, o -> {
            Tally[] a = new Tally[CommandOutcome.values().length];
            for (int i = 0; i < a.length; i++) {
                a[i] = new Tally();
            }
            return a;
        });
        t[outcome.ordinal()].add(nanos);
        CommandListener l = commandListener;
        if (l != null) {
            l.commandCompleted(operator, outcome, nanos);
        }
    }

    /** Sets the one listener told of every command's outcome (a metrics binder), or removes it with null. */
    public void commandListener(CommandListener listener) {
        this.commandListener = listener;
    }

    /** The commands by operator and outcome, those that happened at least once. */
    public List<CommandCount> commandsByOperator() {
        List<CommandCount> all = new ArrayList<>();
        commandsByOperator.forEach((op, tallies) -> {
            for (CommandOutcome o : CommandOutcome.values()) {
                Tally t = tallies[o.ordinal()];
                long n = t.count.sum();
                if (n > 0) {
                    all.add(new CommandCount(op, o, n, t.totalNanos.sum(), t.maxNanos.get()));
                }
            }
        });
        all.sort(java.util.Comparator.comparing(CommandCount::operator).thenComparing(CommandCount::outcome));
        return all;
    }

    /** Messages from devices that could not be used, of one kind. */
    public long badInput(HfBadInput.Kind kind) {
        return badInputByKind.get(kind.ordinal());
    }

    /** Events handed to the listeners (routes): records once each, after dedupe, and the other events. */
    public long routed() {
        return routed.get();
    }

    /** How many times a device was asked for the records of a window it was away (gap recovery). */
    public long gapRecoveries() {
        return gapRecoveries.get();
    }

    /** Re-pushed records (PushType 2) routed by gap recovery that had not been routed before. */
    public long recovered() {
        return recovered.get();
    }

    /** Device clocks set by clockSync (SetSysTime answered with success). */
    public long clockSyncs() {
        return clockSyncs.get();
    }

    public long commands() {
        return commands.get();
    }

    public long timeouts() {
        return timeouts.get();
    }

    public long events() {
        return events.get();
    }

    /** Messages from devices that could not be used (invalid, oversized, not allowed). */
    public long badInput() {
        return badInput.get();
    }

    /** Records received again and not routed. */
    public long duplicates() {
        return duplicates.get();
    }

    /** Events no listener wanted. */
    public long unrouted() {
        return unrouted.get();
    }

    /** Records a listener failed on (not acknowledged). */
    public long failedRecords() {
        return failedRecords.get();
    }

    public long onlineAcks() {
        return onlineAcks.get();
    }

    public long pushAcks() {
        return pushAcks.get();
    }

    public long pushAckAcks() {
        return pushAckAcks.get();
    }

    public long reconnects() {
        return reconnects.get();
    }

    /**
     * How many times a message had to wait because the queue to the routes was full: the session stopped reading
     * from the broker meanwhile (back-pressure).
     */
    public long inboxFull() {
        return inboxFull.get();
    }

    private static final class Tally {
        final LongAdder count = new LongAdder();
        final LongAdder totalNanos = new LongAdder();
        final AtomicLong maxNanos = new AtomicLong();

        void add(long nanos) {
            count.increment();
            totalNanos.add(nanos);
            maxNanos.accumulateAndGet(nanos, Math::max);
        }
    }

    /**
     * Messages dropped because the queue to the routes was full and no route took a message for 2 s (the routes
     * waited for something the network thread had to read first, such as a command's answer); a record dropped so is
     * sent again by its device (no PushAck).
     */
    public long inboxDropped() {
        return inboxDropped.get();
    }

    /**
     * Acknowledgements (PushAck, Online-Ack) not sent because the queue of messages to the broker was full: the
     * broker took the connection's writes more slowly than the routes made them; the device sends the record again.
     */
    public long sendDropped() {
        return sendDropped.get();
    }

    @Override
    public String toString() {
        return "commands=" + commands() + ", timeouts=" + timeouts() + ", events=" + events() + ", routed=" + routed()
                + ", badInput=" + badInput() + ", duplicates=" + duplicates() + ", pushAcks=" + pushAcks() + ", onlineAcks="
                + onlineAcks() + ", inboxFull=" + inboxFull() + ", inboxDropped=" + inboxDropped()
                + ", sendDropped=" + sendDropped();
    }
}
