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

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The queue between the network thread and the event workers, bounded in messages and in bytes. A message that does
 * not fit waits on the network thread, so the client stops reading from the broker until the routes catch up
 * (back-pressure), instead of the queue growing with whatever the broker sends. It waits as long as the workers
 * make progress (take messages), however slow the routes are. Only when no worker took a message for the stall
 * time is the message dropped and counted: the workers are then waiting for something only this thread can read (a
 * route waiting for a command's answer), and the messages that arrive until a worker takes one again are dropped at
 * once, so that the answer is read. A record dropped so gets no PushAck, and the device sends it again.
 * <p>
 * Nothing the workers do waits for the network thread: their publishes (PushAcks, commands) go to the sender's
 * queue without waiting, so a full inbox never stops the workers that would empty it.
 */
final class Inbox {

    /**
     * A message waiting for a worker, with its place in the broker's order and the device of its topic (already
     * checked; {@code null} for the shared heartbeat and online topics).
     */
    record Message(String topic, String deviceId, byte[] payload, long arrival) {
    }

    private final BlockingQueue<Message> queue;
    private final Semaphore bytes;
    private final int maxBytes;
    private volatile boolean closed;
    /** When a worker last took a message (System.nanoTime). */
    private volatile long lastTake = System.nanoTime();
    /** Set when a message waited the stall time without any worker taking one; cleared by the next take. */
    private volatile boolean stalled;

    Inbox(int maxMessages, int maxBytes) {
        this.queue = new ArrayBlockingQueue<>(maxMessages);
        this.bytes = new Semaphore(maxBytes);
        this.maxBytes = maxBytes;
    }

    /** Permits a message takes: its size, but never more than the whole budget (a message alone always fits). */
    private int weight(Message m) {
        return Math.max(1, Math.min(m.payload().length, maxBytes));
    }

    /** What became of a message given to {@link #put}. */
    enum Put { QUEUED, DROPPED, CLOSED }

    /**
     * Queues a message, waiting while the queue is full as long as the workers take messages: drops it when none
     * was taken for {@code stallMillis}, or at once while the workers are stalled so (see the class comment).
     *
     * @param onWait called once when the message has to wait
     */
    Put put(Message m, long stallMillis, Runnable onWait) throws InterruptedException {
        int w = weight(m);
        long stall = TimeUnit.MILLISECONDS.toNanos(stallMillis);
        boolean waited = false;
        while (!bytes.tryAcquire(w, waited ? 20 : 0, TimeUnit.MILLISECONDS)) {
            Put p = waitOrGiveUp(waited, stall, onWait);
            if (p != null) {
                return p;
            }
            waited = true;
        }
        while (!queue.offer(m, waited ? 20 : 0, TimeUnit.MILLISECONDS)) {
            Put p = waitOrGiveUp(waited, stall, onWait);
            if (p != null) {
                bytes.release(w);
                return p;
            }
            waited = true;
        }
        return Put.QUEUED;
    }

    /** {@code null} to wait on, else what became of the message. */
    private Put waitOrGiveUp(boolean waited, long stall, Runnable onWait) {
        if (closed) {
            return Put.CLOSED;
        }
        if (stalled) {
            return Put.DROPPED;
        }
        if (!waited) {
            onWait.run();
        } else if (System.nanoTime() - lastTake > stall) {
            stalled = true;
            return Put.DROPPED;
        }
        return null;
    }

    /** The next message, or {@code null} when the inbox closed. */
    Message take() throws InterruptedException {
        while (true) {
            Message m = queue.poll(100, TimeUnit.MILLISECONDS);
            if (m != null) {
                bytes.release(weight(m));
                lastTake = System.nanoTime();
                stalled = false;
                return m;
            }
            if (closed) {
                return null;
            }
        }
    }

    int size() {
        return queue.size();
    }

    long bytes() {
        return (long) maxBytes - bytes.availablePermits();
    }

    void close() {
        closed = true;
    }
}
