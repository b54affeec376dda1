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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import io.github.camelhfcamera.hfcamera.protocol.HfMessage;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.model.ManualPushReply;
import io.github.camelhfcamera.hfcamera.protocol.model.ManualPushRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gap recovery duty: since when each device (or, after the session's own reconnect, every device) was away, and
 * once it is online again, ManualPushRecords and ManualPushSnaps for that window, widened by the margin. A window is
 * kept until the device answered, so that a device that was not really back is asked again when it is heard from.
 */
final class GapRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(GapRecovery.class);
    private static final DateTimeFormatter DEVICE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    /** What gap recovery needs of its session. */
    interface Host {

        boolean acceptingRecords();

        boolean isConnected();

        java.util.Optional<DeviceState> state(String deviceId);

        CompletableFuture<HfMessage<Object>> request(String deviceId, Operator operator, Object info);
    }

    private final Host host;
    private final Duration margin;
    private final Executor executor;
    private final SessionStats stats;
    private final ConcurrentMap<String, Instant> awaySince = new ConcurrentHashMap<>();

    GapRecovery(Host host, Duration margin, Executor executor, SessionStats stats) {
        this.host = host;
        this.margin = margin;
        this.executor = executor;
        this.stats = stats;
    }

    /** The device went away (lost or offline), last heard of at {@code lastSeen}. */
    void away(String deviceId, Instant lastSeen) {
        awaySince.merge(deviceId, lastSeen, (a, b) -> a.isBefore(b) ? a : b);
    }

    /** The session lost the broker: every device may have pushed records that could not reach it meanwhile. */
    void sessionAway(Collection<DeviceStatus> devices) {
        for (DeviceStatus d : devices) {
            away(d.deviceId(), d.lastSeen());
        }
    }

    /**
     * A device was heard from: when it was away and is online now, it is connected again and can be asked for the
     * records of the window.
     */
    void heardFrom(String deviceId) {
        if (awaySince.isEmpty() || !awaySince.containsKey(deviceId)
            || host.state(deviceId).orElse(null) != DeviceState.ONLINE) {
            return;
        }
        Instant since = awaySince.remove(deviceId);
        if (since != null) {
            try {
                // off the worker, after the Online-Ack that went out before the registry heard of the device
                executor.execute(() -> recover(deviceId, since));
            } catch (RejectedExecutionException x) {
                LOG.debug("Session closing, no gap recovery for {}", deviceId);
            }
        }
    }

    private void recover(String deviceId, Instant since) {
        if (!host.acceptingRecords()) {
            return;
        }
        if (!host.isConnected()) {
            away(deviceId, since);
            return;
        }
        ZoneId zone = ZoneId.systemDefault();
        String from = LocalDateTime.ofInstant(since.minus(margin), zone).format(DEVICE_TIME);
        String to = LocalDateTime.ofInstant(Instant.now().plus(margin), zone).format(DEVICE_TIME);
        stats.gapRecoveries.incrementAndGet();
        LOG.info("Gap recovery: asking {} for its records from {} to {}", deviceId, from, to);
        for (Operator op : List.of(Operator.MANUAL_PUSH_RECORDS, Operator.MANUAL_PUSH_SNAPS)) {
            ManualPushRequest q = ManualPushRequest.builder().deviceId(deviceId).timeStart(from).timeEnd(to).build();
            host.request(deviceId, op, q).whenComplete((reply, x) -> {
                Throwable cause = x == null ? null : HfSession.unwrap(x);
                if (x == null) {
                    Integer n = reply.info() instanceof ManualPushReply r ? r.recordNum() : null;
                    LOG.info("Gap recovery: {} re-pushes {} records ({})", deviceId, n, op.wireName());
                } else if (cause instanceof HfCameraDeviceException d && Integer.valueOf(466).equals(d.getCode())) {
                    LOG.debug("Gap recovery: {} has no records for {} in the window", deviceId, op.wireName());
                } else if (cause instanceof HfCameraTimeoutException || cause instanceof HfCameraConnectionException) {
                    // no answer: the device was not really back (a late message revived it) or the connection broke;
                    // keep the window, so that the next message from the device asks again
                    away(deviceId, since);
                    LOG.info("Gap recovery: {} did not answer {} ({}); asking again when it is heard from",
                            deviceId, op.wireName(), cause.getMessage());
                } else {
                    LOG.warn("Gap recovery: {} {} failed: {}", deviceId, op.wireName(), cause.getMessage());
                }
            });
        }
    }
}
