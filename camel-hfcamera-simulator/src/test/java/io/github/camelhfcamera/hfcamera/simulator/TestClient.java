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
package io.github.camelhfcamera.hfcamera.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * A bare MQTT 3.1.1 client standing in for the platform in the tests: publishes and collects what arrives on its
 * subscriptions.
 */
public final class TestClient implements AutoCloseable {

    /** One received message. */
    public record Received(String topic, byte[] payload) {
        public String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        /** The topic and the start of the payload, pictures left out. */
        @Override
        public String toString() {
            String t = text().replaceAll("\"(data:image/[a-z]+;base64,)[^\"]*\"", "\"$1...\"");
            return topic + " " + (t.length() > 200 ? t.substring(0, 200) + "..." : t);
        }
    }

    private final MqttClient client;
    private final LinkedBlockingQueue<Received> inbox = new LinkedBlockingQueue<>();
    private final List<Received> seen = new ArrayList<>();

    public TestClient(String brokerUrl, String... subscriptions) {
        this(brokerUrl, null, subscriptions);
    }

    public TestClient(String brokerUrl, MqttConnectOptions options, String... subscriptions) {
        try {
            client = new MqttClient(brokerUrl, "test-" + UUID.randomUUID(), new MemoryPersistence());
            client.setCallback(new MqttCallback() {
                @Override
                public void connectionLost(Throwable cause) {
                }

                @Override
                public void messageArrived(String topic, MqttMessage message) {
                    inbox.add(new Received(topic, message.getPayload()));
                }

                @Override
                public void deliveryComplete(IMqttDeliveryToken token) {
                }
            });
            MqttConnectOptions o = options != null ? options : new MqttConnectOptions();
            o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
            o.setCleanSession(true);
            client.connect(o);
            for (String s : subscriptions) {
                client.subscribe(s, 0);
            }
        } catch (MqttException e) {
            throw new IllegalStateException(e);
        }
    }

    public void subscribe(String topic) {
        try {
            client.subscribe(topic, 0);
        } catch (MqttException e) {
            throw new IllegalStateException(e);
        }
    }

    public void publish(String topic, String payload) {
        publish(topic, payload.getBytes(StandardCharsets.UTF_8));
    }

    public void publish(String topic, byte[] payload) {
        try {
            client.publish(topic, payload, 0, false);
        } catch (MqttException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next message matching, waiting up to the timeout; fails the test when none comes. */
    public Received await(Predicate<Received> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (seen) {
            for (Received r : seen) {
                if (match.test(r)) {
                    seen.remove(r);
                    return r;
                }
            }
        }
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                List<Received> all = snapshot();
                throw new AssertionError("no matching message within " + timeout + "; received " + all.size()
                        + ", the last ones: " + all.subList(Math.max(0, all.size() - 15), all.size()));
            }
            Received r;
            try {
                r = inbox.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
            if (r == null) {
                continue;
            }
            if (match.test(r)) {
                return r;
            }
            synchronized (seen) {
                seen.add(r);
            }
        }
    }

    /** Whether a message matching arrives within the window (for asserting that nothing comes). */
    public boolean receives(Predicate<Received> match, Duration window) {
        try {
            await(match, window);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    /** Everything received so far and not yet consumed by {@link #await}. */
    public List<Received> snapshot() {
        List<Received> all;
        synchronized (seen) {
            inbox.drainTo(seen);
            all = new ArrayList<>(seen);
        }
        return all;
    }

    /**
     * Forgets everything received so far, after making sure what was already on its way has arrived: a marker
     * published now on a subscribed topic comes after it.
     */
    public void flush(String subscribedTopicPrefix) {
        String marker = subscribedTopicPrefix + "/flush-" + UUID.randomUUID();
        publish(marker, "flush");
        await(r -> r.topic().equals(marker), java.time.Duration.ofSeconds(5));
        clear();
    }

    public void clear() {
        synchronized (seen) {
            inbox.clear();
            seen.clear();
        }
    }

    public MqttClient paho() {
        return client;
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.disconnect(1000);
            }
            client.close(true);
        } catch (MqttException ignored) {
            // closing
        }
    }
}
