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

import java.util.concurrent.CompletionStage;

/** Receives the events a session routes. One listener per consumer. */
public interface HfEventListener {

    /** Whether this listener wants the event (its type and device filters). */
    boolean accepts(HfDeviceEvent event);

    /**
     * Processes the event. The returned stage completes when processing is over; completing it exceptionally means
     * the event was not processed, so the session sends no PushAck and the device sends the record again.
     */
    CompletionStage<Void> onEvent(HfDeviceEvent event);

    /** Told of bad input from a device (already counted and logged by the session). */
    default void onBadInput(HfBadInput badInput) {
    }
}
