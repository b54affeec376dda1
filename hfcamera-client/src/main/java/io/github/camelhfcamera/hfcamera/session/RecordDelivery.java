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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelhfcamera.hfcamera.protocol.model.RecPush;
import io.github.camelhfcamera.hfcamera.protocol.model.StrSnapPush;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The record duty: every event to the listeners that accept it, and for a record the device waits a PushAck for,
 * that PushAck only after every listener processed it. A record is claimed once: in flight (a resend while it is
 * being processed is counted as a duplicate and decided by the first one's outcome), then in the
 * {@link RecordRepository} (a record routed before is acknowledged again but not routed). A failure forgets the key,
 * so that the device's resend is routed.
 */
final class RecordDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(RecordDelivery.class);

    /** What the delivery needs of its session. */
    interface Host {

        List<HfEventListener> listeners();

        /** False once the consumers stop or the session closes: records are then left to the devices. */
        boolean acceptingRecords();

        boolean gapRecovery();

        void sendPushAck(HfDeviceEvent e);
    }

    private final Host host;
    private final RecordRepository records;
    private final SessionStats stats;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Object idle = new Object();

    RecordDelivery(Host host, RecordRepository records, SessionStats stats) {
        this.host = host;
        this.records = records;
        this.stats = stats;
    }

    void route(HfDeviceEvent e) {
        List<HfEventListener> targets = new ArrayList<>(2);
        for (HfEventListener l : host.listeners()) {
            if (l.accepts(e)) {
                targets.add(l);
            }
        }
        boolean needsPushAck = needsPushAck(e);
        if (!needsPushAck && host.gapRecovery() && isRepushed(e)) {
            routeRepushed(e, targets);
            return;
        }
        if (!needsPushAck) {
            if (targets.isEmpty()) {
                stats.unrouted.incrementAndGet();
            } else {
                stats.routed.incrementAndGet();
            }
            for (HfEventListener l : targets) {
                deliver(l, e).whenComplete((v, x) -> {
                    if (x != null) {
                        LOG.debug("{} from {} failed in a listener: {}", e.operatorName(), e.deviceId(), x.toString());
                    }
                });
            }
            return;
        }
        if (!host.acceptingRecords()) {
            // the consumers are gone (the application stops): no PushAck, the device sends the record again later
            LOG.debug("{} {} from {} arrived while the consumers stop; not acknowledged", e.operatorName(),
                    e.recordId(), e.deviceId());
            return;
        }
        String key = recordKey(e);
        if (!inFlight.add(key)) {
            // sent again while the first one is still being processed: its outcome decides the PushAck
            stats.duplicates.incrementAndGet();
            return;
        }
        if (targets.isEmpty()) {
            // no consumer wants this kind: acknowledge it, or the device would send it again forever
            stats.unrouted.incrementAndGet();
            release(key);
            host.sendPushAck(e);
            return;
        }
        Claim claim = claim(key);
        if (claim == Claim.SEEN) {
            LOG.debug("{} already processed; acknowledged again, not routed", key);
            host.sendPushAck(e);
        } else if (claim == Claim.OWNED) {
            deliverAll(e, targets, key, () -> host.sendPushAck(e),
                    "not processed, no PushAck (the device will send it again)");
        }
    }

    /** A record re-pushed on request (PushType 2): routed unless the same record was routed before; no PushAck. */
    private void routeRepushed(HfDeviceEvent e, List<HfEventListener> targets) {
        if (targets.isEmpty()) {
            stats.unrouted.incrementAndGet();
            return;
        }
        String key = recordKey(e);
        if (!inFlight.add(key)) {
            stats.duplicates.incrementAndGet();
            return;
        }
        Claim claim = claim(key);
        if (claim == Claim.SEEN) {
            LOG.trace("Re-pushed {} was routed before; skipped", key);
        } else if (claim == Claim.OWNED) {
            stats.recovered.incrementAndGet();
            deliverAll(e, targets, key, () -> { },
                    "(re-pushed) not processed; the device does not send it again by itself");
        }
    }

    private static String recordKey(HfDeviceEvent e) {
        return e.deviceId() + "/" + e.operator().wireName() + "/" + e.recordId();
    }

    /** Whether a delivery owns a record: routed for the first time, routed before, or the repository failed. */
    private enum Claim { OWNED, SEEN, FAILED }

    /**
     * Adds a record marked in flight to the idempotent repository. Unless the delivery owns the record, the in-flight
     * mark is released (and a record routed before counted as a duplicate).
     */
    private Claim claim(String key) {
        boolean added;
        try {
            added = records.add(key);
        } catch (RuntimeException x) {
            release(key);
            LOG.warn("Idempotent repository failed for {}: {}; record not routed", key, x.toString());
            return Claim.FAILED;
        }
        if (!added) {
            release(key);
            stats.duplicates.incrementAndGet();
            return Claim.SEEN;
        }
        return Claim.OWNED;
    }

    /**
     * Delivers an owned record to every target: when all succeed the repository keeps its key and {@code onSuccess}
     * runs; when one fails the key is forgotten (so that a resend is routed) and the failure counted.
     */
    private void deliverAll(HfDeviceEvent e, List<HfEventListener> targets, String key, Runnable onSuccess,
                            String failure) {
        stats.routed.incrementAndGet();
        CompletableFuture<Void> all = targets.size() == 1 ? deliver(targets.get(0), e)
                : CompletableFuture.allOf(targets.stream().map(l -> deliver(l, e)).toArray(CompletableFuture[]::new));
        all.whenComplete((v, x) -> {
            try {
                if (x == null) {
                    records.confirm(key);
                    onSuccess.run();
                } else {
                    records.remove(key);
                    stats.failedRecords.incrementAndGet();
                    LOG.warn("{} {}: {}", key, failure, HfSession.unwrap(x).toString());
                }
            } finally {
                release(key);
            }
        });
    }

    private void release(String key) {
        inFlight.remove(key);
        if (inFlight.isEmpty()) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }

    /**
     * Waits until no record is being delivered (the consumers stop before the session closes: their exchanges
     * complete or fail now), so that their outcome reaches the idempotent repository before its owner stops it. A key
     * added for a record whose failure came after the repository stopped would stay in a persistent repository, and
     * the record would be taken for a duplicate after a restart.
     *
     * @return how many records were still being delivered when {@code atMost} ran out
     */
    int awaitIdle(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        synchronized (idle) {
            long left;
            while (!inFlight.isEmpty() && (left = deadline - System.nanoTime()) > 0) {
                try {
                    idle.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return inFlight.size();
    }

    static CompletableFuture<Void> deliver(HfEventListener l, HfDeviceEvent e) {
        try {
            return l.onEvent(e).toCompletableFuture();
        } catch (RuntimeException x) {
            return CompletableFuture.failedFuture(x);
        }
    }

    private static Integer pushType(HfDeviceEvent e) {
        return e.info() instanceof RecPush r ? r.pushType() : e.info() instanceof StrSnapPush s ? s.pushType() : null;
    }

    static boolean isRepushed(HfDeviceEvent e) {
        Integer pushType = pushType(e);
        return e.recordId() != null && pushType != null && pushType == 2;
    }

    /** Records the device expects a PushAck for: RecordID / SnapID / SnapOrRecordID, not manually pushed ones. */
    static boolean needsPushAck(HfDeviceEvent e) {
        if (e.operator() == null || e.operator().pushAckType() == 0 || e.recordId() == null) {
            return false;
        }
        Integer pushType = pushType(e);
        // records pushed on request (ManualPushRecords / ManualPushSnaps) need no reply and may repeat on purpose
        return pushType == null || pushType != 2;
    }
}
