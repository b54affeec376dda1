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

import io.github.camelhfcamera.hfcamera.session.HfSession;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of an hfcamera component: UP while its broker connection is up. Its id is the component's name
 * ({@code hfcamera}, or the name a second component was added under).
 */
public class HfCameraHealthCheck extends AbstractHealthCheck {

    private final HfCameraComponent component;

    public HfCameraHealthCheck(HfCameraComponent component, String name) {
        super("camel", name);
        this.component = component;
    }

    @Override
    public boolean isReadiness() {
        return true;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        java.util.List<HfSession> sessions = component.getSessions();
        builder.detail("connections", sessions.size());
        builder.detail("devices", component.getDevices().size());
        builder.detail("badInput", sessions.stream().mapToLong(s -> s.stats().badInput()).sum());
        java.util.List<String> down = sessions.stream().filter(s -> !s.isConnected())
                .map(s -> s.config().brokerUrl()).toList();
        builder.detail("brokerUrl", sessions.isEmpty() ? component.getBrokerUrl()
                : sessions.stream().map(s -> s.config().brokerUrl()).distinct().collect(
                        java.util.stream.Collectors.joining(",")));
        if (!sessions.isEmpty() && down.isEmpty()) {
            builder.up();
        } else {
            builder.message(sessions.isEmpty() ? "no connection opened yet"
                    : "not connected to the MQTT broker " + String.join(", ", down));
            builder.down();
        }
    }
}
