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

import java.util.function.BiConsumer;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * The baseline: a bare Paho v5 client, what a user could write without the component. Messages go to one handler
 * (topic, payload) on Paho's callback thread. Asynchronous client: publishing from the callback must not wait.
 */
final class BareClient implements AutoCloseable {

    private final MqttAsyncClient client;

    BareClient(String brokerUrl, String clientId, BiConsumer<String, byte[]> handler) throws MqttException {
        client = new MqttAsyncClient(brokerUrl, clientId, new MemoryPersistence());
        client.setCallback(new MqttCallback() {
            @Override
            public void disconnected(MqttDisconnectResponse response) {
            }

            @Override
            public void mqttErrorOccurred(MqttException exception) {
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                handler.accept(topic, message.getPayload());
            }

            @Override
            public void deliveryComplete(IMqttToken token) {
            }

            @Override
            public void connectComplete(boolean reconnect, String serverURI) {
            }

            @Override
            public void authPacketArrived(int reasonCode, MqttProperties properties) {
            }
        });
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setCleanStart(true);
        o.setAutomaticReconnect(false);
        o.setReceiveMaximum(65535);
        client.connect(o).waitForCompletion(10_000);
    }

    void subscribe(String... topics) throws MqttException {
        MqttSubscription[] subs = new MqttSubscription[topics.length];
        for (int i = 0; i < topics.length; i++) {
            subs[i] = new MqttSubscription(topics[i], 0);
        }
        client.subscribe(subs).waitForCompletion(10_000);
    }

    /** QoS 0, without waiting (it may be called from the callback thread, which completes the tokens). */
    void publish(String topic, byte[] payload) throws MqttException {
        client.publish(topic, payload, 0, false);
    }

    @Override
    public void close() {
        try {
            client.disconnect(2000).waitForCompletion(3000);
        } catch (MqttException ignored) {
            // closing anyway
        }
        try {
            client.close(true);
        } catch (MqttException ignored) {
            // closed
        }
    }
}
