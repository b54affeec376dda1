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

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waiting on a condition instead of sleeping: polls every 10 ms and fails with a description of what was awaited and
 * what was seen.
 */
public final class Await {

    private Await() {
    }

    /**
     * Returns as soon as {@code condition} holds.
     *
     * @throws AssertionError when it does not hold within {@code timeout}; the message says what was awaited and
     *                        what {@code state} shows at that moment
     */
    public static void until(BooleanSupplier condition, Duration timeout, String awaited, Supplier<?> state) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + awaited
                        + (state == null ? "" : "; now: " + state.get()));
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + awaited, e);
            }
        }
    }

    /** {@link #until(BooleanSupplier, Duration, String, Supplier)} without a state description. */
    public static void until(BooleanSupplier condition, Duration timeout, String awaited) {
        until(condition, timeout, awaited, null);
    }
}
