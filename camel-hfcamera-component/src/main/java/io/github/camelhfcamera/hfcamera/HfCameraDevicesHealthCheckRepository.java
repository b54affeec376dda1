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
import io.github.camelhfcamera.hfcamera.session.HfSession;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.DeferredContextBinding;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Liveness per known device, only for the components with {@code healthCheckDeviceLiveness} set: one check per device
 * the component heard of, {@code hfcamera-device-{id}} (for the component named hfcamera), UP while the device is
 * online, DOWN once it is lost (missed heartbeats) or offline. A pass builds one check per device and each looks its
 * device up by id: O(devices), no copy of the registry per check.
 * <p>
 * One repository per Camel context, {@code hfcamera-devices}, for every hfcamera component in it: resolvable by id
 * like Camel's own repositories ({@code HealthCheckRegistry.resolveById("hfcamera-devices")}, through the generated
 * {@code META-INF/services/org/apache/camel/health-check/hfcamera-devices-repository}). The first component that
 * asks for per-device checks registers it.
 */
@org.apache.camel.spi.annotations.HealthCheck("hfcamera-devices-repository")
@DeferredContextBinding
public class HfCameraDevicesHealthCheckRepository implements HealthCheckRepository, CamelContextAware {

    /** The repository's id. */
    public static final String ID = "hfcamera-devices";

    private volatile CamelContext camelContext;
    private volatile boolean enabled = true;

    public HfCameraDevicesHealthCheckRepository() {
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Override
    public String getId() {
        return ID;
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
        CamelContext ctx = camelContext;
        if (!enabled || ctx == null) {
            return Stream.empty();
        }
        Stream.Builder<HealthCheck> checks = Stream.builder();
        for (String name : ctx.getComponentNames()) {
            if (ctx.hasComponent(name) instanceof HfCameraComponent component && component.isHealthCheckDeviceLiveness()) {
                for (HfSession session : component.getSessions()) {
                    session.registry().forEach(d -> checks.add(new DeviceCheck(component, name, d.deviceId())));
                }
            }
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
