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
package io.github.camelhfcamera.hfcamera.simulator;

import java.util.EnumMap;
import java.util.Map;

import io.github.camelhfcamera.hfcamera.protocol.Operator;

/**
 * A snapshot of what a camera (or a whole fleet, summed) did: tests assert on these instead of sleeping.
 *
 * @param connects          successful connections (subscribed and Online sent)
 * @param onlineSent        Online messages, repeats included
 * @param heartbeatsSent    HeartBeat messages
 * @param commandsReceived  messages received on the cloud topic (commands, Online-Ack, PushAck)
 * @param commandsIgnored   commands neither executed nor answered ({@code stopAnswering()})
 * @param repliesSent       replies published on {@code .../Ack} (PushAck-Ack included)
 * @param eventsPushed      events published the first time (resends not counted)
 * @param eventsSuppressed  events the MQTT configuration kept back (upload types, alarm reset)
 * @param eventsLost        events produced while offline outside resume mode (lost, as on the device)
 * @param recordsResent     re-publications of records waiting for their PushAck in resume mode
 * @param pushAcksReceived  PushAcks handled
 * @param pushAcksDropped   PushAcks ignored on purpose ({@code dropPushAcks(n)})
 * @param recordsAcked      records a PushAck confirmed (and that are no longer resent)
 * @param pendingAcks       records still waiting for their PushAck
 * @param manualPushed      records and snapshots re-pushed by ManualPushRecords / ManualPushSnaps (PushType 2)
 * @param eventsByKind      first publications per event kind
 */
public record CameraStats(long connects, long onlineSent, long heartbeatsSent, long commandsReceived,
                          long commandsIgnored, long repliesSent, long eventsPushed, long eventsSuppressed,
                          long eventsLost, long recordsResent, long pushAcksReceived, long pushAcksDropped,
                          long recordsAcked, long pendingAcks, long manualPushed, Map<Operator, Long> eventsByKind) {

    public CameraStats {
        eventsByKind = Map.copyOf(eventsByKind);
    }

    /** The sum of two snapshots (fleet totals). */
    public CameraStats plus(CameraStats o) {
        Map<Operator, Long> kinds = new EnumMap<>(Operator.class);
        kinds.putAll(eventsByKind);
        o.eventsByKind.forEach((k, v) -> kinds.merge(k, v, Long::sum));
        return new CameraStats(connects + o.connects, onlineSent + o.onlineSent, heartbeatsSent + o.heartbeatsSent,
                commandsReceived + o.commandsReceived, commandsIgnored + o.commandsIgnored,
                repliesSent + o.repliesSent, eventsPushed + o.eventsPushed, eventsSuppressed + o.eventsSuppressed,
                eventsLost + o.eventsLost, recordsResent + o.recordsResent, pushAcksReceived + o.pushAcksReceived,
                pushAcksDropped + o.pushAcksDropped, recordsAcked + o.recordsAcked, pendingAcks + o.pendingAcks,
                manualPushed + o.manualPushed, kinds);
    }

    /** All zero. */
    public static CameraStats zero() {
        return new CameraStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of());
    }

    /** First publications of one event kind. */
    public long pushed(Operator kind) {
        return eventsByKind.getOrDefault(kind, 0L);
    }
}
