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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.ScheduledExecutorPingSender;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MQTT connection playing many device ids, for fleets of thousands: it subscribes to the cloud topic pattern
 * with {@code +} in place of the id ({@code mqtt/face/+}) and hands each command to the camera its topic names,
 * ignoring the ids it does not play (the pattern also matches {@code mqtt/face/basic} and
 * {@code mqtt/face/heartbeat}). A cloud topic without {@code {id}} is shared: every camera gets every command.
 * <p>
 * One connection has one will, so per-camera faults are emulated: when a single camera loses its network or
 * reboots, this connection publishes the camera's Offline itself, as the broker would publish its will. When the
 * shared connection itself is lost no Offline is published.
 */
final class MuxLink implements Link {

    private static final Logger LOG = LoggerFactory.getLogger(MuxLink.class);

    private final SimulatorRuntime runtime;
    private final String name;
    private final Map<String, SimulatedCamera> members = new LinkedHashMap<>();
    private final Set<String> present = ConcurrentHashMap.newKeySet();
    private final String subscription;
    private final Pattern idPattern;
    private MqttAsyncClient client;
    private volatile boolean up;
    private volatile boolean closed;

    MuxLink(SimulatorRuntime runtime, int index, List<SimulatedCamera> cameras, String cloudTopicPattern) {
        this.runtime = runtime;
        this.name = "hfsim-mux-" + index + "-" + UUID.randomUUID().toString().substring(0, 8);
        for (SimulatedCamera c : cameras) {
            members.put(c.id(), c);
        }
        String pattern = cloudTopicPattern.replace("{prefix}", runtime.settings().topicPrefix);
        this.subscription = pattern.replace("{id}", "+");
        if (pattern.contains("{id}")) {
            String[] parts = pattern.split("\\{id}", -1);
            StringBuilder re = new StringBuilder("^");
            for (int i = 0; i < parts.length; i++) {
                re.append(Pattern.quote(parts[i]));
                if (i < parts.length - 1) {
                    re.append("([^/]+)");
                }
            }
            this.idPattern = Pattern.compile(re.append('$').toString());
        } else {
            this.idPattern = null;
        }
    }

    @Override
    public void open(SimulatedCamera camera) {
        present.add(camera.id());
        if (up) {
            camera.linkUp();
        } else {
            connect();
        }
    }

    private synchronized void connect() {
        if (client != null || closed) {
            return;
        }
        MqttAsyncClient c;
        try {
            c = new MqttAsyncClient(runtime.brokerUrl(), runtime.clientIdPrefix() + name, new MemoryPersistence(),
                    new ScheduledExecutorPingSender(runtime.scheduler()), null);
        } catch (MqttException e) {
            throw new IllegalStateException("cannot create the shared MQTT client", e);
        }
        client = c;
        c.setCallback(new MqttCallbackExtended() {
            @Override
            public void connectComplete(boolean reconnect, String serverURI) {
            }

            @Override
            public void connectionLost(Throwable cause) {
                lost(c, cause);
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                dispatch(topic, message.getPayload());
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        });
        try {
            c.connect(runtime.connectOptions(), null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    try {
                        c.subscribe(subscription, 0, null, new IMqttActionListener() {
                            @Override
                            public void onSuccess(IMqttToken t) {
                                up(c);
                            }

                            @Override
                            public void onFailure(IMqttToken t, Throwable e) {
                                lost(c, e);
                            }
                        });
                    } catch (MqttException e) {
                        lost(c, e);
                    }
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    lost(c, e);
                }
            });
        } catch (MqttException e) {
            lost(c, e);
        }
    }

    private void up(MqttAsyncClient c) {
        synchronized (this) {
            if (client != c) {
                return;
            }
            up = true;
        }
        LOG.debug("{} connected, playing {} device ids", name, members.size());
        for (String id : present) {
            members.get(id).linkUp();
        }
    }

    private void lost(MqttAsyncClient c, Throwable cause) {
        synchronized (this) {
            if (client != c) {
                return;
            }
            client = null;
            up = false;
        }
        runtime.async(() -> {
            try {
                c.close(true);
            } catch (MqttException | RuntimeException ignored) {
                // closing
            }
        });
        if (closed) {
            return;
        }
        LOG.debug("{} lost: {}", name, String.valueOf(cause));
        for (String id : present) {
            members.get(id).linkDown(cause);
        }
        runtime.scheduler().schedule(this::connect, runtime.settings().reconnectDelay.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void dispatch(String topic, byte[] payload) {
        if (idPattern == null) {
            for (String id : present) {
                members.get(id).receive(topic, payload);
            }
            return;
        }
        Matcher m = idPattern.matcher(topic);
        if (!m.matches()) {
            return;
        }
        SimulatedCamera camera = members.get(m.group(1));
        if (camera != null && present.contains(camera.id())) {
            camera.receive(topic, payload);
        }
    }

    @Override
    public boolean publish(SimulatedCamera camera, String topic, byte[] payload) {
        MqttAsyncClient c;
        synchronized (this) {
            c = client;
        }
        if (!up || c == null || !present.contains(camera.id())) {
            return false;
        }
        try {
            c.publish(topic, payload, 0, false);
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
        }
        // what the broker would do with the camera's will: the shared connection stays, the camera goes
        if (up && c != null && present.contains(camera.id())) {
            try {
                c.publish(camera.onlineTopic(), camera.offlinePayload(), 0, false);
            } catch (MqttException e) {
                LOG.debug("{}: emulated will failed: {}", camera.id(), e.toString());
            }
        }
        present.remove(camera.id());
    }

    @Override
    public void close(SimulatedCamera camera) {
        present.remove(camera.id());
    }

    /** Disconnects the shared connection cleanly. */
    void shutdown() {
        closed = true;
        MqttAsyncClient c;
        synchronized (this) {
            c = client;
            client = null;
            up = false;
        }
        present.clear();
        if (c == null) {
            return;
        }
        try {
            if (c.isConnected()) {
                c.disconnect(0).waitForCompletion(2000);
            }
        } catch (MqttException ignored) {
            // closing anyway
        }
        try {
            c.close(true);
        } catch (MqttException ignored) {
            // closed
        }
    }

    /** The device ids this connection plays. */
    List<String> ids() {
        return new ArrayList<>(new LinkedHashSet<>(members.keySet()));
    }
}
