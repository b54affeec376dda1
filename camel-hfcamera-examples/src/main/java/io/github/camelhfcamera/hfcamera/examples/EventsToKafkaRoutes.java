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
 * [{@code hfcamera.}], {@code events.imageDir} [{@code events-images}].
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

        from("hfcamera:events?type=recognition,stranger,alarm,status").routeId("events-to-kafka")
                .bean(eventFiles, "process")
                .setHeader(KafkaConstants.KEY, header(HfCameraConstants.DEVICE_ID))
                .toD("kafka:{{kafka.topicPrefix:hfcamera.}}${header." + EventFiles.GROUP + "}"
                     + "?requestRequiredAcks=all&synchronous=true")
                .log("${header." + HfCameraConstants.OPERATOR + "} of ${header." + HfCameraConstants.DEVICE_ID
                     + "} in Kafka");
    }
}
