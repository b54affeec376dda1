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
 * Readiness of an {@code hfcamera:events} consumer: UP while its broker connection is up and the broker confirmed the
 * event subscriptions (Rec, Snap). The consumer's health check, as Camel's components do it (camel-kafka): Camel's
 * consumers repository shows it as {@code consumer:{routeId}}; enabled by {@code healthCheckConsumerEnabled}.
 */
public class HfCameraConsumerHealthCheck extends AbstractHealthCheck {

    private final HfCameraEventsConsumer consumer;
    private final String routeId;

    public HfCameraConsumerHealthCheck(HfCameraEventsConsumer consumer, String routeId) {
        super("camel", "hfcamera-consumer-" + routeId);
        this.consumer = consumer;
        this.routeId = routeId;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        HfSession s = consumer.getSession();
        if (routeId != null) {
            builder.detail("route.id", routeId);
        }
        if (s == null) {
            builder.message("the consumer is not started");
            builder.down();
            return;
        }
        builder.detail("brokerUrl", s.config().brokerUrl());
        builder.detail("clientId", s.clientId());
        if (s.config().sharedSubscriptionGroup() != null) {
            builder.detail("sharedSubscriptionGroup", s.config().sharedSubscriptionGroup());
        }
        if (!s.isConnected()) {
            builder.message("not connected to the MQTT broker " + s.config().brokerUrl());
            builder.down();
        } else if (!s.isEventsSubscribed()) {
            builder.message("the event topics are not subscribed yet");
            builder.down();
        } else {
            builder.up();
        }
    }
}
