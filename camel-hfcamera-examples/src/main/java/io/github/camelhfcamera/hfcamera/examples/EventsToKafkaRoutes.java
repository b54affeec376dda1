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
package io.github.camelhfcamera.hfcamera.examples;

import io.github.camelhfcamera.hfcamera.HfCameraConstants;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;

/**
 * Example 1, camera events to Kafka (Java DSL): one topic per event group ({@code {kafka.topicPrefix}recognition},
 * {@code ...stranger}, {@code ...alarm}, {@code ...status}), key = device id, value = the event as JSON without
 * image bytes; the images are written as JPEG files under {@code events.imageDir}.
 *
 * <p>The Kafka producer completes the exchange only when Kafka acknowledged the record ({@code acks=all}); the
 * component sends the camera's PushAck only then (cameras in resume mode), so a record Kafka did not take is pushed
 * again by the camera. Properties: {@code camel.component.kafka.brokers}, {@code kafka.topicPrefix}
 * [{@code hfcamera.}], {@code events.imageDir} [{@code events-images}], {@code kafka.eventTypes}
 * [{@code recognition,stranger,alarm,status}] (the events taken), {@code kafka.key} [{@code device}]: the record key,
 * {@code device} (the device id) or {@code record} ({@code deviceId/recordId} for events with a record id, the device
 * id for the others; with several instances of the application a record a camera sent again can reach Kafka twice,
 * and this key lets a consumer drop the second one, e.g. with Camel's idempotent consumer and
 * {@code KafkaIdempotentRepository}).
 */
public class EventsToKafkaRoutes extends RouteBuilder {

    private EventFiles eventFiles;

    public EventFiles eventFiles() {
        return eventFiles;
    }

    @Override
    public void configure() {
        eventFiles = new EventFiles(getContext().getPropertiesComponent().resolveProperty("events.imageDir")
                .orElse("events-images"));

        String key = getContext().getPropertiesComponent().resolveProperty("kafka.key").orElse("device");
        if (!key.equals("device") && !key.equals("record")) {
            throw new IllegalArgumentException("kafka.key must be device or record, was " + key);
        }
        from("hfcamera:events?type={{kafka.eventTypes:recognition,stranger,alarm,status}}").routeId("events-to-kafka")
                .bean(eventFiles, "process")
                .process(e -> {
                    String deviceId = e.getMessage().getHeader(HfCameraConstants.DEVICE_ID, String.class);
                    Object recordId = e.getMessage().getHeader(HfCameraConstants.RECORD_ID);
                    e.getMessage().setHeader(KafkaConstants.KEY, key.equals("record") && recordId != null
                            ? deviceId + "/" + recordId : deviceId);
                })
                .toD("kafka:{{kafka.topicPrefix:hfcamera.}}${header." + EventFiles.GROUP + "}"
                     + "?requestRequiredAcks=all&synchronous=true")
                .log("${header." + HfCameraConstants.OPERATOR + "} of ${header." + HfCameraConstants.DEVICE_ID
                     + "} in Kafka");
    }
}
