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
package io.github.camelhfcamera.hfcamera.bench;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.Mqtt5Subscribe;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.Mqtt5SubscribeBuilder;

/**
 * The second baseline: a bare HiveMQ MQTT client 1.3.10 (Netty), MQTT 5, what a user could write without the
 * component with the client the component moves to. Messages go to one handler (topic, payload) on the client's
 * Netty event loop (the callback is run without an executor), as {@link BareClient} runs it on Paho's callback thread.
 */
final class BareHiveMq implements AutoCloseable {

    private final Mqtt5AsyncClient client;
    private final BiConsumer<String, byte[]> handler;

    BareHiveMq(String brokerUrl, String clientId, BiConsumer<String, byte[]> handler) throws Exception {
        URI u = URI.create(brokerUrl);
        if (!"tcp".equals(u.getScheme())) {
            throw new IllegalArgumentException("the bare HiveMQ baseline speaks plain TCP only, not " + brokerUrl);
        }
        this.handler = handler;
        client = MqttClient.builder().useMqttVersion5().identifier(clientId).serverHost(u.getHost())
                .serverPort(u.getPort()).buildAsync();
        client.connectWith().cleanStart(true).keepAlive(60).send().get(10, TimeUnit.SECONDS);
    }

    /** QoS 0 subscriptions in one SUBSCRIBE; returns once the broker acknowledged them. */
    void subscribe(String... topics) throws Exception {
        Mqtt5SubscribeBuilder.Start b = Mqtt5Subscribe.builder();
        Mqtt5SubscribeBuilder.Complete c = null;
        for (String t : topics) {
            c = (c == null ? b : c).addSubscription().topicFilter(t).qos(MqttQos.AT_MOST_ONCE).applySubscription();
        }
        if (c == null) {
            throw new IllegalArgumentException("no topic");
        }
        client.subscribe(c.build(), p -> handler.accept(p.getTopic().toString(), p.getPayloadAsBytes()))
                .get(10, TimeUnit.SECONDS);
    }

    /** QoS 0, without waiting for the write (it may be called from the event loop). */
    void publish(String topic, byte[] payload) {
        client.publishWith().topic(topic).qos(MqttQos.AT_MOST_ONCE).payload(payload).send();
    }

    @Override
    public void close() {
        try {
            client.disconnect().get(3, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // closing anyway
        }
    }
}
