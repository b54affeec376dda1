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

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import io.github.camelhfcamera.hfcamera.protocol.HfCodec;
import io.github.camelhfcamera.hfcamera.protocol.HfMessage;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * A minimal camera for this module's tests: it records what it receives on its cloud topic, answers commands with
 * the answer a test gives (by default {@code X-Ack}, code 200, result ok) and publishes events. The simulator module
 * has the full-featured one.
 */
public final class FakeCamera implements AutoCloseable {

    /** What the camera answers to one command: a full reply message, or {@code null} for no answer. */
    public interface Answer extends Function<HfMessage<Object>, HfMessage<?>> {
    }

    private final HfCodec codec = new HfCodec();
    private final String deviceId;
    private final String prefix;
    private final MqttAsyncClient client;
    private final List<HfMessage<Object>> received = new CopyOnWriteArrayList<>();
    private final List<Long> receivedAt = new CopyOnWriteArrayList<>();
    private final List<Long> repliedAt = new CopyOnWriteArrayList<>();
    private volatile Answer answer;
    private volatile long replyDelayMs;

    public FakeCamera(String brokerUrl, String deviceId) throws MqttException {
        this(brokerUrl, deviceId, "mqtt/face");
    }

    public FakeCamera(String brokerUrl, String deviceId, String prefix) throws MqttException {
        this.deviceId = deviceId;
        this.prefix = prefix;
        this.answer = this::ok;
        client = new MqttAsyncClient(brokerUrl, "cam-" + deviceId + "-" + System.nanoTime(), new MemoryPersistence());
        client.setCallback(new MqttCallback() {
            @Override
            public void disconnected(MqttDisconnectResponse r) {
            }

            @Override
            public void mqttErrorOccurred(MqttException e) {
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                HfMessage<Object> m = codec.decode(message.getPayload());
                received.add(m);
                receivedAt.add(System.nanoTime());
                if (m.operatorName().equals("Online-Ack") || m.operatorName().equals("PushAck")) {
                    if (m.operatorName().equals("PushAck")) {
                        new Thread(() -> publish(prefix + "/" + deviceId + "/Ack", Map.of("messageId", m.messageId(),
                                "operator", "PushAck-Ack", "info", Map.of("facesluicId", deviceId, "result", "ok"))))
                                .start();
                    }
                    return;
                }
                HfMessage<?> reply = answer.apply(m);
                if (reply != null) {
                    long delay = replyDelayMs;
                    new Thread(() -> {
                        if (delay > 0) {
                            try {
                                Thread.sleep(delay);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                        repliedAt.add(System.nanoTime());
                        publishRaw(prefix + "/" + deviceId + "/Ack", codec.encodeAsDevice(reply));
                    }).start();
                }
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
        o.setAutomaticReconnect(true);
        o.setAutomaticReconnectDelay(1, 2);
        client.connect(o).waitForCompletion(10000);
        client.subscribe(prefix + "/" + deviceId, 0).waitForCompletion(10000);
    }

    public String deviceId() {
        return deviceId;
    }

    /** What the camera answers from now on. */
    public void answer(Answer answer) {
        this.answer = answer;
    }

    /** How long the camera takes to answer (the reply is sent from another thread after this). */
    public void replyDelay(long ms) {
        this.replyDelayMs = ms;
    }

    /** When each answer was published (System.nanoTime), in order. */
    public List<Long> repliedAt() {
        return repliedAt;
    }

    /** The default answer: {@code X-Ack}, code 200, {@code result: ok}. */
    public HfMessage<?> ok(HfMessage<Object> command) {
        return reply(command, 200, Map.of("facesluiceId", deviceId, "result", "ok"));
    }

    /** A reply to {@code command} with the given code and info. */
    public HfMessage<?> reply(HfMessage<Object> command, int code, Object info) {
        return new HfMessage<>(command.operatorName() + "-Ack", command.messageId(), code, info, Map.of());
    }

    /** Every message received on the cloud topic, in order. */
    public List<HfMessage<Object>> received() {
        return received;
    }

    /** The messages received with this operator. */
    public List<HfMessage<Object>> received(String operator) {
        return received.stream().filter(m -> m.operatorName().equals(operator)).toList();
    }

    /** When each message was received (System.nanoTime), in the order of {@link #received()}. */
    public List<Long> receivedAt() {
        return receivedAt;
    }

    /** Publishes an event on {@code {prefix}/{id}/{suffix}}, or on the given absolute topic when it has a slash. */
    public void publish(String topic, Map<String, Object> message) {
        try {
            publishRaw(topic, codec.mapper().writeValueAsBytes(message));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public void publishRaw(String topic, byte[] payload) {
        try {
            client.publish(topic, payload, 0, false).waitForCompletion(10000);
        } catch (MqttException e) {
            throw new IllegalStateException(e);
        }
    }

    public void recPush(long recordId) {
        publish(prefix + "/" + deviceId + "/Rec", Map.of("operator", "RecPush", "info", Map.of(
                "customId", "p-1", "personId", "22", "RecordID", String.valueOf(recordId), "VerifyStatus", "1",
                "Sendintime", 1, "facesluiceId", deviceId, "time", "2023-09-18 13:33:33",
                "pic", "data:image/jpeg;base64,/9j/4AAQ")));
    }

    public void strSnapPush(long snapId) {
        publish(prefix + "/" + deviceId + "/Snap", Map.of("operator", "StrSnapPush", "info", Map.of(
                "facesluiceId", deviceId, "SnapID", String.valueOf(snapId), "time", "2023-09-18 12:00:30",
                "pic", "data:image/jpeg;base64,/9j/4AAQ")));
    }

    public void heartBeat() {
        publish("mqtt/face/heartbeat", Map.of("operator", "HeartBeat", "info",
                Map.of("facesluiceId", deviceId, "time", "2020-05-10 19:43:34")));
    }

    public void online() {
        publish("mqtt/face/basic", Map.of("operator", "Online", "info", Map.of("facesluiceId", deviceId,
                "username", "admin", "ip", "172.168.2.202", "facesname", "IPC-" + deviceId)));
    }

    public void offline() {
        publish("mqtt/face/basic", Map.of("operator", "Offline", "info", Map.of("facesluiceId", deviceId)));
    }

    @Override
    public void close() throws MqttException {
        try {
            if (client.isConnected()) {
                client.disconnect().waitForCompletion(5000);
            }
            client.close(true);
        } catch (MqttException e) {
            // a camera still reconnecting after a broker restart: stop it the hard way
            client.disconnectForcibly(0, 1000, false);
            client.close(true);
        }
    }
}
