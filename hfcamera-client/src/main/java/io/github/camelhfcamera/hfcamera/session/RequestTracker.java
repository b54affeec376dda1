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
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelhfcamera.hfcamera.protocol.ErrorCodes;
import io.github.camelhfcamera.hfcamera.protocol.HfCodec;
import io.github.camelhfcamera.hfcamera.protocol.HfMessage;
import io.github.camelhfcamera.hfcamera.protocol.HfProtocolException;
import io.github.camelhfcamera.hfcamera.protocol.HfReply;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request duty: the commands waiting for their answer, by messageId (never by operator name). An answer completes
 * its command on the replies executor, never on the network thread and never behind the event workers; a command
 * not answered within its timeout fails with {@link HfCameraTimeoutException}; a lost connection fails them all.
 */
final class RequestTracker {

    private static final Logger LOG = LoggerFactory.getLogger(RequestTracker.class);

    private final HfCodec codec;
    private final ScheduledExecutorService scheduler;
    private final Executor replies;
    private final SessionStats stats;
    private final ConcurrentMap<String, Pending> pending = new ConcurrentHashMap<>();

    RequestTracker(HfCodec codec, ScheduledExecutorService scheduler, Executor replies, SessionStats stats) {
        this.codec = codec;
        this.scheduler = scheduler;
        this.replies = replies;
        this.stats = stats;
    }

    /** A command about to be published; its timeout runs from now. */
    Pending register(String messageId, String deviceId, Operator operator, String operatorName, Duration timeout) {
        Pending p = new Pending(messageId, deviceId, operator, operatorName);
        pending.put(messageId, p);
        p.timer = scheduler.schedule(() -> {
            if (pending.remove(messageId) != null) {
                stats.timeouts.incrementAndGet();
                count(p, SessionStats.CommandOutcome.TIMEOUT);
                p.future.completeExceptionally(new HfCameraTimeoutException(messageId, deviceId, operatorName, timeout));
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        return p;
    }

    /** The command could not be published: it fails at once with {@code why}. */
    void abandon(Pending p, RuntimeException why) {
        if (pending.remove(p.messageId) != null) {
            p.timer.cancel(false);
        }
        count(p, SessionStats.CommandOutcome.FAILED);
        p.future.completeExceptionally(why);
    }

    /**
     * An answer from {@code topicDevice}. Returns false when it matches no command waiting (an answer to another
     * instance's command, or one after its timeout).
     *
     * @param badReply told when the answer cannot be read (the command then fails as well)
     */
    boolean onReply(String topicDevice, String messageId, byte[] payload, java.util.function.Consumer<String> badReply) {
        Pending p = messageId == null ? null : pending.get(messageId);
        if (p == null) {
            LOG.trace("Reply (messageId {}) from {} matches no pending command", messageId, topicDevice);
            return false;
        }
        if (!Objects.equals(p.deviceId, topicDevice)) {
            LOG.debug("Reply to {} for {} came from {}; ignored", p.operatorName, p.deviceId, topicDevice);
            return false;
        }
        if (pending.remove(messageId) == null) {
            return false;
        }
        p.timer.cancel(false);
        replies.execute(() -> complete(p, payload, badReply));
        return true;
    }

    private void complete(Pending p, byte[] payload, java.util.function.Consumer<String> badReply) {
        HfMessage<Object> reply;
        try {
            reply = p.operator != null ? codec.decodeReply(payload, p.operator) : codec.decode(payload, Map.class);
        } catch (HfProtocolException e) {
            badReply.accept("reply to " + p.operatorName + ": " + e.getMessage());
            count(p, SessionStats.CommandOutcome.ERROR);
            p.future.completeExceptionally(new HfCameraDeviceException(p.operatorName, p.deviceId, null,
                    "unreadable reply: " + e.getMessage(), p.messageId));
            return;
        }
        HfCameraDeviceException error = errorOf(p, reply);
        if (error != null) {
            count(p, SessionStats.CommandOutcome.ERROR);
            p.future.completeExceptionally(error);
        } else {
            count(p, SessionStats.CommandOutcome.OK);
            p.future.complete(reply);
        }
    }

    private static HfCameraDeviceException errorOf(Pending p, HfMessage<Object> reply) {
        if (reply.isErrorCode()) {
            int code = reply.code();
            String text = p.operator != null ? ErrorCodes.describe(p.operator, code) : "code " + code;
            if (reply.info() instanceof HfReply r && r.detail() != null && !r.detail().isBlank()
                && text.startsWith("code ")) {
                text = r.detail();
            }
            return new HfCameraDeviceException(p.operatorName, p.deviceId, code, text, p.messageId);
        }
        if (reply.info() instanceof HfReply r && !r.isOk()) {
            return new HfCameraDeviceException(p.operatorName, p.deviceId, null, r.detail(), p.messageId);
        }
        if (reply.info() instanceof Map<?, ?> m && "fail".equalsIgnoreCase(String.valueOf(m.get("result")))) {
            Object detail = m.get("detail");
            return new HfCameraDeviceException(p.operatorName, p.deviceId, null,
                    detail == null ? null : detail.toString(), p.messageId);
        }
        return null;
    }

    /**
     * Fails every command waiting for its answer: once the connection is gone the answer cannot come (the answer topic
     * is subscribed again with a clean start). The device may or may not have executed the command.
     */
    void failAll(String why) {
        for (Pending p : pending.values()) {
            if (pending.remove(p.messageId) != null) {
                p.timer.cancel(false);
                count(p, SessionStats.CommandOutcome.FAILED);
                p.future.completeExceptionally(new HfCameraConnectionException(why + " before " + p.deviceId
                        + " answered " + p.operatorName + " (messageId " + p.messageId
                        + "); the device may or may not have executed it", null));
            }
        }
    }

    private void count(Pending p, SessionStats.CommandOutcome outcome) {
        stats.command(p.operatorName, outcome, System.nanoTime() - p.started);
    }

    /** How many commands wait for their answer. */
    int size() {
        return pending.size();
    }

    static final class Pending {
        final String messageId;
        final String deviceId;
        final Operator operator;
        final String operatorName;
        final CompletableFuture<HfMessage<Object>> future = new CompletableFuture<>();
        final long started = System.nanoTime();
        volatile ScheduledFuture<?> timer;

        Pending(String messageId, String deviceId, Operator operator, String operatorName) {
            this.messageId = messageId;
            this.deviceId = deviceId;
            this.operator = operator;
            this.operatorName = operatorName;
        }
    }
}
