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

import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.ScheduledExecutorPingSender;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A camera's own Paho MQTT 3.1.1 connection, like the real device: QoS 0, clean session, in-memory persistence, the
 * Offline message as its will, its cloud topic subscribed before Online is sent. Keep-alive pings run on the fleet's
 * shared scheduler.
 */
final class DirectLink implements Link {

    private static final Logger LOG = LoggerFactory.getLogger(DirectLink.class);

    private final SimulatorRuntime runtime;
    private MqttAsyncClient client;
    private boolean closed;
    private volatile IMqttDeliveryToken lastPublish;

    DirectLink(SimulatorRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public synchronized void open(SimulatedCamera camera) {
        if (client != null || closed) {
            return;
        }
        MqttAsyncClient c;
        try {
            c = new MqttAsyncClient(runtime.brokerUrl(), runtime.clientIdPrefix() + camera.id(), new MemoryPersistence(),
                    new ScheduledExecutorPingSender(runtime.scheduler()), null);
        } catch (MqttException e) {
            throw new IllegalStateException("cannot create the MQTT client of " + camera.id(), e);
        }
        client = c;
        c.setCallback(new MqttCallbackExtended() {
            @Override
            public void connectComplete(boolean reconnect, String serverURI) {
            }

            @Override
            public void connectionLost(Throwable cause) {
                lost(camera, c, cause);
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                camera.receive(topic, message.getPayload());
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        });
        MqttConnectOptions o = runtime.connectOptions();
        o.setWill(camera.onlineTopic(), camera.offlinePayload(), 0, false);
        try {
            c.connect(o, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    if (isCurrent(c)) {
                        subscribe(camera, c);
                    } else {
                        discard(c);
                    }
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    lost(camera, c, e);
                }
            });
        } catch (MqttException e) {
            lost(camera, c, e);
        }
    }

    private void subscribe(SimulatedCamera camera, MqttAsyncClient c) {
        try {
            c.subscribe(camera.cloudTopic(), 0, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    if (isCurrent(c)) {
                        camera.linkUp();
                    } else {
                        discard(c);
                    }
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    LOG.warn("{}: subscribing to {} failed: {}", camera.id(), camera.cloudTopic(), e.toString());
                    // not on Paho's callback thread: a forced disconnect waits for that thread
                    runtime.async(() -> {
                        drop(camera, false);
                        camera.linkDown(e);
                    });
                }
            });
        } catch (MqttException e) {
            lost(camera, c, e);
        }
    }

    private synchronized boolean isCurrent(MqttAsyncClient c) {
        return client == c;
    }

    /** A connection that came up after the camera gave it up (closed, or lost its network meanwhile). */
    private void discard(MqttAsyncClient c) {
        runtime.async(() -> {
            try {
                if (c.isConnected()) {
                    c.disconnect(0).waitForCompletion(2000);
                }
            } catch (MqttException ignored) {
                // closing anyway
            }
            closeQuietly(c);
        });
    }

    private void lost(SimulatedCamera camera, MqttAsyncClient c, Throwable cause) {
        synchronized (this) {
            if (client != c) {
                return;
            }
            client = null;
        }
        runtime.async(() -> closeQuietly(c));
        camera.linkDown(cause);
    }

    @Override
    public boolean publish(SimulatedCamera camera, String topic, byte[] payload) {
        MqttAsyncClient c;
        synchronized (this) {
            c = client;
        }
        if (c == null || !c.isConnected()) {
            return false;
        }
        try {
            lastPublish = c.publish(topic, payload, 0, false);
            return true;
        } catch (MqttException e) {
            LOG.debug("{}: publish to {} failed: {}", camera.id(), topic, e.toString());
            return false;
        }
    }

    @Override
    public void drop(SimulatedCamera camera, boolean flush) {
        MqttAsyncClient c;
        synchronized (this) {
            c = client;
            client = null;
        }
        if (c == null) {
            return;
        }
        IMqttDeliveryToken last = lastPublish;
        if (flush && last != null) {
            try {
                last.waitForCompletion(2000);
            } catch (MqttException ignored) {
                // dropping anyway
            }
        }
        try {
            if (c.isConnected()) {
                // closes the socket without DISCONNECT: the broker publishes the will
                c.disconnectForcibly(0, 1000, false);
            }
        } catch (MqttException e) {
            LOG.debug("{}: forced disconnect: {}", camera.id(), e.toString());
        }
        closeQuietly(c);
    }

    @Override
    public void close(SimulatedCamera camera) {
        MqttAsyncClient c;
        synchronized (this) {
            closed = true;
            c = client;
            client = null;
        }
        if (c == null) {
            return;
        }
        try {
            if (c.isConnected()) {
                c.disconnect(0).waitForCompletion(2000);
            }
        } catch (MqttException e) {
            try {
                c.disconnectForcibly(0, 500, true);
            } catch (MqttException ignored) {
                // closing anyway
            }
        }
        closeQuietly(c);
    }

    private static void closeQuietly(MqttAsyncClient c) {
        try {
            c.close(true);
        } catch (MqttException | RuntimeException ignored) {
            // already closed or closing
        }
    }
}
