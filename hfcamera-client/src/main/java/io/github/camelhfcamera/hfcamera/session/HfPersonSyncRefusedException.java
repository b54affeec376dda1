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

import java.util.Map;

/**
 * A person sync refused before anything was sent, because it would delete more persons from a device than
 * {@code maxDeletes} allows (an empty or truncated list would otherwise empty the devices). Nothing was changed on
 * any device of the sync.
 */
public class HfPersonSyncRefusedException extends HfCameraException {

    private final transient Map<String, int[]> overLimit;

    /**
     * @param message   what was refused, naming the option, the deletes planned and the limit
     * @param overLimit per device over the limit: {planned deletes, limit, persons on the device}
     */
    public HfPersonSyncRefusedException(String message, Map<String, int[]> overLimit) {
        super(message);
        this.overLimit = Map.copyOf(overLimit);
    }

    /** The deletes planned for each device over the limit. */
    public int plannedDeletes(String deviceId) {
        int[] v = overLimit.get(deviceId);
        return v == null ? 0 : v[0];
    }

    /** The limit of each device over it. */
    public int limit(String deviceId) {
        int[] v = overLimit.get(deviceId);
        return v == null ? 0 : v[1];
    }

    /** The devices whose sync would have deleted more than the limit. */
    public java.util.Set<String> devices() {
        return overLimit.keySet();
    }
}
