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
package io.github.camelhfcamera.hfcamera;

import io.github.camelhfcamera.hfcamera.session.DeviceState;

/**
 * A producer exchange for a device the registry knows to be OFFLINE or LOST: nothing was sent (see the endpoint
 * option sendToOfflineDevices).
 */
public class HfCameraDeviceUnavailableException extends IllegalStateException {

    private final String deviceId;
    private final DeviceState state;

    public HfCameraDeviceUnavailableException(String deviceId, DeviceState state, String message) {
        super(message);
        this.deviceId = deviceId;
        this.state = state;
    }

    public String getDeviceId() {
        return deviceId;
    }

    /** OFFLINE or LOST. */
    public DeviceState getState() {
        return state;
    }
}
