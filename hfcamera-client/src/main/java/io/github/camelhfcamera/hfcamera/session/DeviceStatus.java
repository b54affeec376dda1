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

/**
 * A device of the registry: its state, when it was last heard of, and what its Online said.
 *
 * @param deviceId the device id ({@code facesluiceId})
 * @param state    online, lost or offline
 * @param since    when the device entered this state
 * @param lastSeen when the component last received a message from it
 * @param ip       the IP address its last Online gave, or {@code null}
 * @param name     the device name its last Online gave, or {@code null}
 * @param clockOffset how far the device's clock is ahead of the component's (negative: behind), from the time the
 *                 last heartbeat, Online or real-time record said, read in the component's time zone; {@code null}
 *                 until the device sent one. Whole seconds on the wire: a few hundred milliseconds are noise
 */
public record DeviceStatus(String deviceId, DeviceState state, Instant since, Instant lastSeen, String ip, String name,
                           Duration clockOffset) {

    /** A status whose clock offset is not known. */
    public DeviceStatus(String deviceId, DeviceState state, Instant since, Instant lastSeen, String ip, String name) {
        this(deviceId, state, since, lastSeen, ip, name, null);
    }

    /** This status with another clock offset. */
    public DeviceStatus withClockOffset(Duration offset) {
        return new DeviceStatus(deviceId, state, since, lastSeen, ip, name, offset);
    }
}
