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
 * Fills a session's registry directly, for tests of what reads it over large fleets (10,000 devices through a broker
 * would test the broker). In the client's package: the registry's updates are package-private.
 */
public final class RegistryFill {

    private static long arrival = 1_000_000_000L;

    private RegistryFill() {
    }

    public static synchronized void online(DeviceRegistry registry, String deviceId) {
        registry.online(deviceId, ++arrival, "10.0.0.1", "test");
    }

    public static synchronized void offline(DeviceRegistry registry, String deviceId) {
        registry.offline(deviceId, ++arrival);
    }
}
