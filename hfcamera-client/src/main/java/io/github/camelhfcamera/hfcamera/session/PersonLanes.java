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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The person lanes of a session's devices: the commands that change a device's person list go one at a time, in
 * order (the device cannot take two), and single-person commands keep the gap the document asks for.
 */
final class PersonLanes {

    private final ScheduledExecutorService scheduler;
    private final ConcurrentMap<String, Lane> lanes = new ConcurrentHashMap<>();

    PersonLanes(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    private Lane lane(String deviceId) {
        return lanes.computeIfAbsent(deviceId, id -> new Lane());
    }

    /** Runs {@code task} when every command queued before it for the same device has completed. */
    <T> CompletableFuture<T> enqueue(String deviceId, Supplier<CompletableFuture<T>> task) {
        return lane(deviceId).enqueue(task);
    }

    /**
     * Completes when the device may take the next single-person command: the gap counted from the moment the previous
     * one was answered, so that the device sees them that far apart whatever the delays on the way.
     */
    CompletableFuture<Void> paceSingle(String deviceId) {
        long wait = lane(deviceId).nextSingleAt - System.nanoTime();
        if (wait <= 0) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> f = new CompletableFuture<>();
        scheduler.schedule(() -> f.complete(null), wait, TimeUnit.NANOSECONDS);
        return f;
    }

    /** A single-person command to the device is over: the next one waits {@code gap} from now. */
    void singleDone(String deviceId, Duration gap) {
        lane(deviceId).nextSingleAt = System.nanoTime() + gap.toNanos();
    }

    private static final class Lane {
        private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);
        volatile long nextSingleAt = System.nanoTime();

        synchronized <T> CompletableFuture<T> enqueue(Supplier<CompletableFuture<T>> task) {
            CompletableFuture<T> next = tail.handle((v, e) -> null).thenCompose(x -> {
                try {
                    return task.get();
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(e);
                }
            });
            tail = next;
            return next;
        }
    }
}
