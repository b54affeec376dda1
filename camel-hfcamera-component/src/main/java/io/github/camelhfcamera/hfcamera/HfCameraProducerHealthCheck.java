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
 * Readiness of the {@code hfcamera:persons} and {@code hfcamera:command} producers of one connection,
 * {@code hfcamera-producer-{clientId}}: UP while the broker connection is up (commands can be published). Registered
 * per producer through the producers health check repository (camel-kafka's pattern), enabled by
 * {@code healthCheckProducerEnabled}; the producers of one connection share the id and the answer.
 */
public class HfCameraProducerHealthCheck extends AbstractHealthCheck {

    private final HfSession session;

    public HfCameraProducerHealthCheck(HfSession session) {
        super("camel", "hfcamera-producer-" + session.clientId());
        this.session = session;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("brokerUrl", session.config().brokerUrl());
        builder.detail("clientId", session.clientId());
        builder.detail("pendingCommands", session.pendingCommands());
        if (session.isConnected()) {
            builder.up();
        } else {
            builder.message("not connected to the MQTT broker " + session.config().brokerUrl());
            builder.down();
        }
    }
}
