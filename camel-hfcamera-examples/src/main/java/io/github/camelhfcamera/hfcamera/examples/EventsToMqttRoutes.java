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

import java.nio.file.Path;
import java.util.List;

import io.github.camelhfcamera.hfcamera.HfCameraConstants;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.paho.mqtt5.PahoMqtt5Constants;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;

/**
 * Example 6, camera events to another MQTT 5 broker (an enterprise IoT platform) with camel-paho-mqtt5 (Java DSL).
 * Each event is published once, QoS 1, as the demo's event JSON without pictures ({@link EventFiles}), on a topic of
 * the platform's layout; MQTT 5 properties say {@code application/json} and carry the record's key. Properties
 * (defaults in brackets):
 * <ul>
 * <li>{@code bridge.brokerUrl}: the platform's broker ({@code tcp://host:1883}, {@code ssl://...}); the route is
 * there only when it is set; {@code bridge.userName}, {@code bridge.password}, {@code bridge.clientId}
 * [{@code hfcamera-bridge}];</li>
 * <li>{@code bridge.topic} [{@code dt/hfcamera/{site}/{deviceId}/{group}}]: the topic, with {@code {site}}
 * ({@code bridge.site} [{@code site-1}]), {@code {deviceId}}, {@code {group}} (recognition, stranger, alarm, status)
 * and {@code {operator}} replaced; the default follows the {@code dt/<application>/<context>/<thing>/<type>} layout
 * that AWS IoT Core recommends for telemetry;</li>
 * <li>{@code bridge.types} [{@code recognition,stranger,alarm,Online,Offline,DeviceOnline,DeviceLost}];</li>
 * <li>{@code bridge.maxRedeliveries} [5], {@code bridge.redeliveryDelay} [1000 ms]: retries, the delay doubling.</li>
 * </ul>
 * The producer publishes synchronously, so the camera's PushAck (resume mode) is sent only once the platform's
 * broker acknowledged the message (PUBACK). When it stays unreachable past the retries, the exchange fails: no
 * PushAck, and the camera sends the record again later.
 */
public class EventsToMqttRoutes extends RouteBuilder {

    /** The MQTT 5 user property with the key unique per device, operator and record. */
    public static final String RECORD_KEY = "hfcamera-record";

    @Override
    public void configure() {
        String topic = prop("bridge.topic", "dt/hfcamera/{site}/{deviceId}/{group}");
        String site = prop("bridge.site", "site-1");
        if (site.isEmpty() || site.matches(".*[/+#\\p{Cntrl}].*")) {
            throw new IllegalArgumentException("bridge.site must be one MQTT topic level (no / + # or control "
                    + "characters)");
        }
        // dropImages=true below: EventFiles writes no picture, the folder is never used
        EventFiles json = new EventFiles(Path.of(System.getProperty("java.io.tmpdir")));

        from("hfcamera:events?type={{bridge.types:recognition,stranger,alarm,Online,Offline,DeviceOnline,"
             + "DeviceLost}}&dropImages=true")
                .routeId("events-to-mqtt")
                .errorHandler(defaultErrorHandler()
                        .maximumRedeliveries(Integer.parseInt(prop("bridge.maxRedeliveries", "5")))
                        .redeliveryDelay(Long.parseLong(prop("bridge.redeliveryDelay", "1000")))
                        .useExponentialBackOff().backOffMultiplier(2).maximumRedeliveryDelay(60000)
                        .asyncDelayedRedelivery()
                        .retryAttemptedLogLevel(LoggingLevel.WARN))
                .bean(json, "process")
                .process(e -> {
                    String deviceId = e.getMessage().getHeader(HfCameraConstants.DEVICE_ID, String.class);
                    String group = e.getMessage().getHeader(EventFiles.GROUP, String.class);
                    String operator = e.getMessage().getHeader(HfCameraConstants.OPERATOR, String.class);
                    String key = e.getMessage().getHeader(EventFiles.FILE_NAME, String.class);
                    e.getMessage().removeHeaders("*");
                    e.getMessage().setHeader(PahoMqtt5Constants.CAMEL_PAHO_OVERRIDE_TOPIC, topic
                            .replace("{site}", site).replace("{deviceId}", deviceId)
                            .replace("{group}", group).replace("{operator}", operator));
                    MqttProperties props = new MqttProperties();
                    props.setContentType("application/json");
                    props.setUserProperties(List.of(new UserProperty(RECORD_KEY, key)));
                    e.getMessage().setHeader(PahoMqtt5Constants.CAMEL_PAHO_MSG_PROPERTIES, props);
                    e.getMessage().setBody(e.getMessage().getBody(String.class)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                })
                .to(pahoUri())
                .log(LoggingLevel.DEBUG, "bridged to ${header." + PahoMqtt5Constants.CAMEL_PAHO_OVERRIDE_TOPIC + "}");
    }

    private String pahoUri() {
        StringBuilder uri = new StringBuilder("paho-mqtt5:hfcamera?brokerUrl={{bridge.brokerUrl}}&qos=1&retained=false"
                + "&clientId={{bridge.clientId:hfcamera-bridge}}&persistence=MEMORY&automaticReconnect=true"
                + "&maxReconnectDelay=5000");
        if (!prop("bridge.userName", "").isEmpty()) {
            uri.append("&userName=RAW({{bridge.userName}})&password=RAW({{bridge.password}})");
        }
        return uri.toString();
    }

    private String prop(String key, String defaultValue) {
        return getContext().getPropertiesComponent().resolveProperty(key).orElse(defaultValue);
    }
}
