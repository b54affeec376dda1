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
package io.github.camelhfcamera.hfcamera.session;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.Provider;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.KeyManagerFactorySpi;
import javax.net.ssl.ManagerFactoryParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.TrustManagerFactorySpi;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientSslConfig;
import com.hivemq.client.mqtt.MqttClientState;
import com.hivemq.client.mqtt.MqttClientTransportConfig;
import com.hivemq.client.mqtt.MqttClientTransportConfigBuilder;
import com.hivemq.client.mqtt.MqttWebSocketConfig;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientConnectionConfig;
import com.hivemq.client.mqtt.mqtt5.message.auth.Mqtt5SimpleAuth;
import com.hivemq.client.mqtt.mqtt5.message.connect.Mqtt5ConnectBuilder;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.Mqtt5Subscribe;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.Mqtt5SubscribeBuilder;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.suback.Mqtt5SubAck;
import com.hivemq.client.mqtt.mqtt5.message.unsubscribe.Mqtt5Unsubscribe;
import com.hivemq.client.mqtt.mqtt5.message.unsubscribe.Mqtt5UnsubscribeBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection duty: one HiveMQ MQTT 5 client, connected with a clean start, reconnected with a back-off of 1 to
 * 10 s while {@code automaticReconnect} is on, publishing at QoS 0 without waiting for the write. Its Maximum Packet
 * Size is set both ways: the broker is told what the session accepts ({@code maxPayloadSize} and room for the topic),
 * and outgoing packets are held to what the broker's CONNACK allows.
 * <p>
 * Every message arrives on the client's single network thread, in the broker's order, through
 * {@link Listener#onMessage}; a listener that blocks there stops the client reading from the socket, which is how
 * the session pushes back on the broker when its routes are slower.
 */
final class MqttTransport {

    /** What the session hears from the connection. */
    interface Listener {

        /** Connected (again); the broker forgot every subscription (clean start). On the network thread. */
        void onConnected(boolean reconnect);

        /** The connection was lost (not called on {@link #close()}). */
        void onDisconnected(String reason);

        /** A message, on the network thread, in the order the broker sent it; may block to push back. */
        void onMessage(String topic, ByteBuffer payload);
    }

    private static final Logger LOG = LoggerFactory.getLogger(MqttTransport.class);
    /** Room for the fixed header, the topic and the properties of a PUBLISH around its payload. */
    static final int PACKET_OVERHEAD = 64 * 1024;

    private final HfSessionConfig config;
    private final BrokerAddress address;
    private final String clientId;
    private final Listener listener;
    private final Mqtt5AsyncClient client;
    private volatile boolean everConnected;
    private volatile boolean closed;

    /** The most messages handed to the client as one publish stream. */
    static final int BATCH = 1024;
    /** Open until the sender thread has handed over what was queued at close. */
    private final java.util.concurrent.CountDownLatch senderDone = new java.util.concurrent.CountDownLatch(1);
    /** Publishes waiting for the sender thread: bounded, see {@link #sendQueue(int)}. */
    private final java.util.concurrent.BlockingQueue<Mqtt5Publish> outgoing;

    /**
     * The sender's queue for a connection whose inbox holds {@code maxQueuedMessages}: room for the acknowledgements
     * of twice as many messages and a thousand more (commands, Online-Acks). It fills only when the broker takes the
     * connection's writes more slowly than it sends records (a broker out of CPU): what does not fit is counted
     * ({@link SessionStats#sendDropped()}) and the device sends its record again.
     */
    static int sendQueue(int maxQueuedMessages) {
        return 2 * maxQueuedMessages + 1_000;
    }

    MqttTransport(HfSessionConfig config, String clientId, Executor network, Executor sender, Listener listener) {
        this.outgoing = new java.util.concurrent.ArrayBlockingQueue<>(sendQueue(config.maxQueuedMessages()));
        this.config = config;
        this.address = BrokerAddress.parse(config.brokerUrl());
        this.clientId = clientId;
        this.listener = listener;
        MqttClientTransportConfigBuilder transport = MqttClientTransportConfig.builder()
                .serverHost(address.host())
                .serverPort(address.port());
        if (config.connectionTimeout() > 0) {
            transport.socketConnectTimeout(config.connectionTimeout(), TimeUnit.SECONDS)
                    .mqttConnectTimeout(config.connectionTimeout(), TimeUnit.SECONDS);
        }
        if (address.tls()) {
            transport.sslConfig(sslConfig(config.tls() == null ? HfTls.defaults() : config.tls()));
        }
        if (address.webSocket()) {
            transport.webSocketConfig(MqttWebSocketConfig.builder().serverPath(address.path()).build());
        }
        Mqtt5ClientBuilder b = MqttClient.builder().useMqttVersion5()
                .identifier(clientId)
                .transportConfig(transport.build())
                .addConnectedListener(ctx -> {
                    boolean reconnect = everConnected;
                    everConnected = true;
                    listener.onConnected(reconnect);
                })
                .addDisconnectedListener(this::onDisconnected);
        if (network != null) {
            // a network thread of the session's own: a listener that blocks it pushes back on this connection only
            b.executorConfig().nettyExecutor(network).nettyThreads(1).applyExecutorConfig();
        }
        this.client = b.buildAsync();
        sender.execute(this::sendLoop);
    }

    private void onPublish(Mqtt5Publish p) {
        try {
            listener.onMessage(p.getTopic().toString(), p.getPayload().orElse(ByteBuffer.allocate(0)));
        } catch (RuntimeException e) {
            // never let a message break the client's network thread
            LOG.warn("Message on {} not handled: {}", p.getTopic(), e.toString());
        }
    }

    private void onDisconnected(MqttClientDisconnectedContext ctx) {
        String reason = HfCameraConnectionException.reason(ctx.getCause());
        if (closed || !everConnected) {
            // the first connection is start()'s to report; a closed session stays closed
            ctx.getReconnector().reconnect(false);
            return;
        }
        listener.onDisconnected(reason);
        if (config.automaticReconnect()) {
            long delayMs = Math.min(10_000L, 1000L << Math.min(ctx.getReconnector().getAttempts(), 4));
            // the session subscribes again itself on every connect (onConnected), so that it knows when it is done
            ctx.getReconnector().reconnect(true).resubscribeIfSessionExpired(false)
                    .delay(delayMs, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Connects and waits for the CONNACK, at most the connection timeout.
     *
     * @throws HfCameraConnectionException saying why, in words a user can act on (never the password)
     */
    void connect() {
        Mqtt5ConnectBuilder.Send<CompletableFuture<com.hivemq.client.mqtt.mqtt5.message.connect.connack.Mqtt5ConnAck>> c =
                client.connectWith()
                        .cleanStart(true)
                        .sessionExpiryInterval(0)
                        .keepAlive(config.keepAliveInterval());
        c.restrictions()
                .maximumPacketSize(receiveLimit())
                .applyRestrictions();
        if (config.userName() != null && config.password() != null) {
            c.simpleAuth(Mqtt5SimpleAuth.builder().username(config.userName())
                    .password(config.password().getBytes(StandardCharsets.UTF_8)).build());
        } else if (config.userName() != null) {
            c.simpleAuth(Mqtt5SimpleAuth.builder().username(config.userName()).build());
        } else if (config.password() != null) {
            c.simpleAuth(Mqtt5SimpleAuth.builder().password(config.password().getBytes(StandardCharsets.UTF_8))
                    .build());
        }
        long waitMs = config.connectionTimeout() > 0 ? config.connectionTimeout() * 1000L + 1000 : 60_000;
        try {
            c.send().get(waitMs, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        } catch (TimeoutException e) {
            client.disconnect();
            throw failure(new TimeoutException("no answer from the broker within " + waitMs + " ms"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(e);
        }
    }

    private HfCameraConnectionException failure(Throwable cause) {
        return new HfCameraConnectionException("cannot connect to " + config.brokerUrl()
                + (config.userName() == null ? "" : " as user " + config.userName()) + ": "
                + HfCameraConnectionException.reason(cause), cause);
    }

    /** The Maximum Packet Size the session tells the broker: the payload limit and room for the rest. */
    int receiveLimit() {
        return (int) Math.min(268_435_455L, (long) config.maxPayloadSize() + PACKET_OVERHEAD);
    }

    /** The largest packet the broker accepts from us (its CONNACK's Maximum Packet Size), while connected. */
    int sendLimit() {
        return client.getConfig().getConnectionConfig()
                .map(Mqtt5ClientConnectionConfig::getRestrictionsForClient)
                .map(Mqtt5ClientConnectionConfig.RestrictionsForClient::getSendMaximumPacketSize)
                .orElse(268_435_460);
    }

    boolean isConnected() {
        return client.getState() == MqttClientState.CONNECTED;
    }

    String clientId() {
        return clientId;
    }

    /**
     * Subscribes at QoS 0, the messages of these filters going to {@link Listener#onMessage}; completes when the
     * broker granted every filter. The callback goes with the subscription, since the client forgets its message
     * flows with the session (every reconnect, as the session starts clean).
     */
    CompletableFuture<Void> subscribe(List<String> filters) {
        Mqtt5SubscribeBuilder.Start b = Mqtt5Subscribe.builder();
        Mqtt5SubscribeBuilder.Complete complete = null;
        for (String f : filters) {
            complete = (complete == null ? b : complete).addSubscription().topicFilter(f).qos(MqttQos.AT_MOST_ONCE)
                    .applySubscription();
        }
        // Runnable::run: the callback runs on the client's network thread itself, not on its shared application
        // scheduler (RxJava's computation threads, shared by every client of the JVM): a callback that waits there
        // stops this connection's reads and nothing else
        return client.subscribe(complete.build(), this::onPublish, Runnable::run)
                .thenAccept(ack -> check(ack, filters));
    }

    private static void check(Mqtt5SubAck ack, List<String> filters) {
        for (int i = 0; i < ack.getReasonCodes().size(); i++) {
            if (ack.getReasonCodes().get(i).isError()) {
                throw new HfCameraConnectionException("the broker refused the subscription " + filters.get(i)
                        + ": " + ack.getReasonCodes().get(i), null);
            }
        }
    }

    CompletableFuture<Void> unsubscribe(List<String> filters) {
        Mqtt5UnsubscribeBuilder.Start b = Mqtt5Unsubscribe.builder();
        Mqtt5UnsubscribeBuilder.Complete complete = null;
        for (String f : filters) {
            complete = (complete == null ? b : complete).addTopicFilter(f);
        }
        return client.unsubscribe(complete.build()).thenAccept(a -> { });
    }

    /**
     * Publishes at QoS 0 without waiting for the write: the message joins the sender's bounded queue, and the sender
     * thread hands what is queued to the client in batches (one publish stream per batch, the client's own flow
     * control), so the caller never waits, not even when the queue is full (an event worker waiting for the network
     * thread, while the network thread waits for room in the inbox, would be a deadlock). A failure of the write is
     * logged (the camera's resend or the command's timeout covers it).
     *
     * @throws HfCameraConnectionException when not connected, so that a route's redelivery can try again
     * @throws SendQueueFullException      when the sender's queue is full
     */
    void publish(String topic, byte[] payload) {
        if (closed || !isConnected()) {
            throw new HfCameraConnectionException("not connected to " + config.brokerUrl(), null);
        }
        Mqtt5Publish p = Mqtt5Publish.builder().topic(topic).qos(MqttQos.AT_MOST_ONCE).payload(payload).build();
        if (!outgoing.offer(p)) {
            throw new SendQueueFullException("the queue of messages to " + config.brokerUrl() + " is full ("
                    + outgoing.size() + "): the broker takes the connection's writes more slowly than they are made;"
                    + " not sent", null);
        }
    }

    /**
     * The sender thread: takes what is queued, up to {@link #BATCH} at a time, and gives it to the client as one
     * publish stream; the client writes and flushes them together and asks for more as the socket takes them, and
     * the thread waits there while the client has as many streams in flight as it takes.
     */
    private void sendLoop() {
        java.util.ArrayList<Mqtt5Publish> batch = new java.util.ArrayList<>(BATCH);
        try {
            while (true) {
                Mqtt5Publish first = outgoing.poll(closed ? 0 : 100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (closed) {
                        return;
                    }
                    continue;
                }
                batch.add(first);
                outgoing.drainTo(batch, BATCH - 1);
                List<Mqtt5Publish> send = List.copyOf(batch);
                batch.clear();
                try {
                    client.toRx().publish(io.reactivex.Flowable.fromIterable(send)).subscribe(r -> {
                        if (r.getError().isPresent() && !closed) {
                            LOG.warn("Publish on {} ({} bytes) failed: {}", r.getPublish().getTopic(),
                                    r.getPublish().getPayloadAsBytes().length, r.getError().get().toString());
                        }
                    }, x -> {
                        if (!closed) {
                            LOG.warn("Publish of {} messages to {} failed: {}", send.size(), config.brokerUrl(),
                                    x.toString());
                        }
                    });
                } catch (RuntimeException e) {
                    LOG.warn("Publish of {} messages to {} failed: {}", send.size(), config.brokerUrl(), e.toString());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            senderDone.countDown();
        }
    }

    /** The sender's queue (bounded, see {@link HfSessionExecutors}) had no room: nothing waits for it. */
    static final class SendQueueFullException extends HfCameraException {
        SendQueueFullException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Disconnects (waiting at most 5 s for the DISCONNECT to go out); no reconnect afterwards. */
    void close() {
        closed = true;
        try {
            // what the sender holds goes out before the DISCONNECT (PushAcks of records the routes completed)
            if (!senderDone.await(2, TimeUnit.SECONDS)) {
                LOG.debug("Sender to {} still busy at close; {} messages not sent", config.brokerUrl(),
                        outgoing.size());
            }
            if (client.getState().isConnectedOrReconnect()) {
                client.disconnect().get(5, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("Disconnect from {} failed: {}", config.brokerUrl(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static MqttClientSslConfig sslConfig(HfTls tls) {
        var b = MqttClientSslConfig.builder();
        if (tls.keyManagers() != null) {
            b.keyManagerFactory(keyManagerFactory(tls.keyManagers()));
        }
        if (tls.trustManagers() != null) {
            b.trustManagerFactory(trustManagerFactory(tls.trustManagers()));
        }
        if (tls.protocols() != null && !tls.protocols().isEmpty()) {
            b.protocols(tls.protocols());
        }
        if (tls.cipherSuites() != null && !tls.cipherSuites().isEmpty()) {
            b.cipherSuites(tls.cipherSuites());
        }
        return b.build();
    }

    private static final Provider MANAGERS = new Provider("hfcamera-managers", "1.0",
            "key and trust managers given by the application") {
    };

    /** A factory that hands out the managers the application made (from SSLContextParameters, say). */
    static KeyManagerFactory keyManagerFactory(KeyManager[] managers) {
        return new KeyManagerFactory(new KeyManagerFactorySpi() {
            @Override
            protected void engineInit(java.security.KeyStore ks, char[] password) {
            }

            @Override
            protected void engineInit(ManagerFactoryParameters spec) {
            }

            @Override
            protected KeyManager[] engineGetKeyManagers() {
                return managers.clone();
            }
        }, MANAGERS, "given") {
        };
    }

    static TrustManagerFactory trustManagerFactory(TrustManager[] managers) {
        return new TrustManagerFactory(new TrustManagerFactorySpi() {
            @Override
            protected void engineInit(java.security.KeyStore ks) {
            }

            @Override
            protected void engineInit(ManagerFactoryParameters spec) {
            }

            @Override
            protected TrustManager[] engineGetTrustManagers() {
                return managers.clone();
            }
        }, MANAGERS, "given") {
        };
    }
}
