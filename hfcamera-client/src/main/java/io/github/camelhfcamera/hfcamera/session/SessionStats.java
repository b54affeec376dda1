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

import java.util.concurrent.atomic.AtomicLong;

/** What a session counted since it started; every duty counts its own part here. */
public final class SessionStats {

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

    /** How many times a device was asked for the records of a window it was away (gap recovery). */
    public long gapRecoveries() {
        return gapRecoveries.get();
    }

    /** Re-pushed records (PushType 2) routed by gap recovery that had not been routed before. */
    public long recovered() {
        return recovered.get();
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

    @Override
    public String toString() {
        return "commands=" + commands() + ", timeouts=" + timeouts() + ", events=" + events() + ", badInput="
                + badInput() + ", duplicates=" + duplicates() + ", pushAcks=" + pushAcks() + ", onlineAcks="
                + onlineAcks() + ", inboxFull=" + inboxFull();
    }
}
