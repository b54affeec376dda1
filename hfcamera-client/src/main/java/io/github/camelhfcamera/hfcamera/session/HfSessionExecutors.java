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

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of a session, made by whoever runs it: the Camel layer hands in pools of Camel's
 * ExecutorServiceManager; plain Java takes {@link #create(String, int)}.
 *
 * @param scheduler    timers: command timeouts, heartbeat checks, pacing
 * @param network      the MQTT client's network thread (one thread, for the life of the session)
 * @param events       the event workers: {@code eventThreads} threads taking messages from the queue to the routes
 * @param eventThreads how many event workers to start on {@code events} (it must have at least that many threads)
 * @param replies      completes commands with their answers and runs gap recovery: never behind the event workers
 * @param sender       one thread, for the life of the session, that hands every publish (commands, Online-Ack,
 *                     PushAck) to the MQTT client in batches and waits while the client's write streams are full:
 *                     so that an event worker never waits for the network thread, which may itself be waiting for
 *                     the event workers (back-pressure)
 * @param owned        whether closing the session shuts these down
 */
public record HfSessionExecutors(ScheduledExecutorService scheduler, ExecutorService network, ExecutorService events,
                                 int eventThreads, ExecutorService replies, ExecutorService sender, boolean owned) {

    public HfSessionExecutors {
        if (eventThreads < 1) {
            throw new IllegalArgumentException("eventThreads must be at least 1, got " + eventThreads);
        }
    }

    /** Pools of daemon threads named {@code name-timer}, {@code name-network}, ... that the session shuts down. */
    public static HfSessionExecutors create(String name, int eventThreads) {
        return new HfSessionExecutors(Executors.newSingleThreadScheduledExecutor(threads(name + "-timer")),
                Executors.newSingleThreadExecutor(threads(name + "-network")),
                Executors.newFixedThreadPool(eventThreads, threads(name + "-events")), eventThreads,
                Executors.newCachedThreadPool(threads(name + "-reply")),
                Executors.newSingleThreadExecutor(threads(name + "-sender")), true);
    }

    /** The default number of event workers: 2 per core, at least 4. */
    public static int defaultEventThreads() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    void shutdown() {
        if (owned) {
            scheduler.shutdownNow();
            events.shutdownNow();
            replies.shutdown();
            sender.shutdownNow();
            network.shutdown();
            try {
                network.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
