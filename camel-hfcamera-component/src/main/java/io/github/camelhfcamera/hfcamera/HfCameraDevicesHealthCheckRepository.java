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

import java.util.Map;
import java.util.stream.Stream;

import io.github.camelhfcamera.hfcamera.session.DeviceState;
import io.github.camelhfcamera.hfcamera.session.DeviceStatus;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Liveness per known device, only when the component's {@code healthCheckDeviceLiveness} is set: one check per device
 * the component heard of, {@code hfcamera-device-{id}} (for the component named hfcamera), UP while the device is
 * online, DOWN once it is lost (missed heartbeats) or offline. A pass builds one check per device and each looks its
 * device up by id: O(devices), no copy of the registry per check.
 */
public class HfCameraDevicesHealthCheckRepository implements HealthCheckRepository {

    private final HfCameraComponent component;
    private final String name;
    private volatile boolean enabled = true;

    /**
     * @param name the component's name: the checks are {@code {name}-device-{id}}
     */
    public HfCameraDevicesHealthCheckRepository(HfCameraComponent component, String name) {
        this.component = component;
        this.name = name;
    }

    @Override
    public String getId() {
        return name + "-devices";
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public Stream<HealthCheck> stream() {
        if (!enabled) {
            return Stream.empty();
        }
        Stream.Builder<HealthCheck> checks = Stream.builder();
        for (io.github.camelhfcamera.hfcamera.session.HfSession session : component.getSessions()) {
            session.registry().forEach(d -> checks.add(new DeviceCheck(component, name, d.deviceId())));
        }
        return checks.build();
    }

    /** The liveness of one device. */
    static final class DeviceCheck extends AbstractHealthCheck {
        private final HfCameraComponent component;
        private final String deviceId;

        DeviceCheck(HfCameraComponent component, String name, String deviceId) {
            super("camel", name + "-device-" + deviceId);
            this.component = component;
            this.deviceId = deviceId;
            setCamelContext(component.getCamelContext());
        }

        @Override
        public boolean isReadiness() {
            return false;
        }

        @Override
        public boolean isLiveness() {
            return true;
        }

        @Override
        protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
            DeviceStatus s = component.findDevice(deviceId);
            builder.detail("deviceId", deviceId);
            if (s == null) {
                builder.message("device " + deviceId + " is unknown");
                builder.down();
                return;
            }
            builder.detail("state", s.state().name());
            builder.detail("lastSeen", s.lastSeen().toString());
            if (s.state() == DeviceState.ONLINE) {
                builder.up();
            } else {
                builder.message("device " + deviceId + " is " + s.state().name().toLowerCase() + " since " + s.since());
                builder.down();
            }
        }
    }
}
