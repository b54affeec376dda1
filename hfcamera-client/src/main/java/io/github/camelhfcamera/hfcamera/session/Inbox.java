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
 * (back-pressure), instead of the queue growing with whatever the broker sends. It waits a bounded time only: the
 * same thread writes the connection's PushAcks, Online-Acks and commands and reads their answers, so a wait without
 * end would stall those (and the keep-alive) behind slow routes. A message still without room then is dropped and
 * counted; a record dropped so gets no PushAck, and the device sends it again.
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
     * Queues a message, waiting at most {@code maxWaitMillis} while the queue is full.
     *
     * @param onWait called once when the message has to wait
     */
    Put put(Message m, long maxWaitMillis, Runnable onWait) throws InterruptedException {
        int w = weight(m);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxWaitMillis);
        if (!bytes.tryAcquire(w)) {
            onWait.run();
            while (!bytes.tryAcquire(w, Math.min(100, maxWaitMillis), TimeUnit.MILLISECONDS)) {
                if (closed) {
                    return Put.CLOSED;
                }
                if (System.nanoTime() >= deadline) {
                    return Put.DROPPED;
                }
            }
        }
        long left = Math.max(0, deadline - System.nanoTime());
        if (!queue.offer(m)) {
            onWait.run();
            if (closed || !queue.offer(m, left, TimeUnit.NANOSECONDS)) {
                bytes.release(w);
                return closed ? Put.CLOSED : Put.DROPPED;
            }
        }
        return Put.QUEUED;
    }

    /** The next message, or {@code null} when the inbox closed. */
    Message take() throws InterruptedException {
        while (true) {
            Message m = queue.poll(100, TimeUnit.MILLISECONDS);
            if (m != null) {
                bytes.release(weight(m));
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
