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
package io.github.camelhfcamera.hfcamera.test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;

/**
 * A plain MQTT client that publishes payloads as given, for the tests about input no camera sends: malformed or
 * oversized JSON, devices outside the allowed list, a reply forged under another device's topic, operators of
 * unknown firmware. Messages go at QoS 0, in the order published.
 */
public final class RawMqtt implements AutoCloseable {

    private final Mqtt3BlockingClient client;

    public RawMqtt(String brokerUrl) {
        URI uri = URI.create(brokerUrl);
        client = Mqtt3Client.builder().identifier("raw-" + UUID.randomUUID()).serverHost(uri.getHost())
                .serverPort(uri.getPort()).buildBlocking();
        client.connect();
    }

    public void publish(String topic, byte[] payload) {
        client.publishWith().topic(topic).qos(MqttQos.AT_MOST_ONCE).payload(payload).send();
    }

    public void publish(String topic, String payload) {
        publish(topic, payload.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        client.disconnect();
    }
}
