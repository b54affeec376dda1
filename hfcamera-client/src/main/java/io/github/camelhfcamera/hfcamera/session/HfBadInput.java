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

/**
 * A message from a device that could not be used: invalid JSON, a field of the wrong type, a payload beyond the
 * limit, or a device that is not allowed. Never holds the payload itself (it may carry images).
 *
 * @param topic       the topic it came on
 * @param deviceId    the device, when known (from the topic or the payload)
 * @param kind        what was wrong
 * @param reason      a readable description naming the field or the limit
 * @param payloadSize the payload's size in bytes
 * @param cause       the parse error, if any
 */
public record HfBadInput(String topic, String deviceId, Kind kind, String reason, int payloadSize, Throwable cause) {

    /** What was wrong with the message. */
    public enum Kind {
        /** Not JSON, not a protocol message, or a field of the wrong type. */
        INVALID,
        /** Larger than the maximum payload size. */
        OVERSIZED,
        /** From a device that is not in allowedDevices. */
        NOT_ALLOWED
    }

    @Override
    public String toString() {
        return "bad input on " + topic + (deviceId == null ? "" : " from " + deviceId) + " (" + payloadSize
                + " bytes): " + reason;
    }
}
