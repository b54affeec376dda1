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

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running cameras of one {@link CameraSimulator#builder()}: look one up by id, wait for them, sum their stats,
 * and close them all.
 * <p>
 * {@link #close()} disconnects every camera cleanly (MQTT DISCONNECT: no Offline will) and stops the shared
 * threads; use {@link SimulatedCamera#loseNetwork()} first when a test wants the Offline messages.
 */
public final class SimulatedFleet implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedFleet.class);

    private final SimulatorRuntime runtime;
    private final Map<String, SimulatedCamera> cameras = new LinkedHashMap<>();
    private final List<MuxLink> muxLinks = new ArrayList<>();
    private final Duration connectTimeout;
    private volatile boolean closed;

    SimulatedFleet(CameraSimulator.Builder settings) {
        this.runtime = new SimulatorRuntime(settings);
        this.connectTimeout = settings.connectTimeout;
        List<String> ids = new ArrayList<>(settings.deviceIds);
        if (settings.devicesPerConnection > 0) {
            int per = settings.devicesPerConnection;
            for (int from = 0, n = 0; from < ids.size(); from += per, n++) {
                List<String> slice = ids.subList(from, Math.min(ids.size(), from + per));
                List<SimulatedCamera> group = new ArrayList<>(slice.size());
                MuxLink[] holder = new MuxLink[1];
                Link deferred = new Link() {
                    @Override
                    public void open(SimulatedCamera camera) {
                        holder[0].open(camera);
                    }

                    @Override
                    public boolean publish(SimulatedCamera camera, String topic, byte[] payload) {
                        return holder[0].publish(camera, topic, payload);
                    }

                    @Override
                    public void drop(SimulatedCamera camera, boolean flush) {
                        holder[0].drop(camera, flush);
                    }

                    @Override
                    public void close(SimulatedCamera camera) {
                        holder[0].close(camera);
                    }
                };
                for (int i = 0; i < slice.size(); i++) {
                    SimulatedCamera c = new SimulatedCamera(slice.get(i), from + i + 1, runtime, deferred);
                    group.add(c);
                    cameras.put(c.id(), c);
                }
                holder[0] = new MuxLink(runtime, n, group, settings.cloudTopic);
                muxLinks.add(holder[0]);
            }
        } else {
            int index = 1;
            for (String id : ids) {
                cameras.put(id, new SimulatedCamera(id, index++, runtime, new DirectLink(runtime)));
            }
        }
    }

    void connectAll() {
        long t0 = System.nanoTime();
        for (SimulatedCamera c : cameras.values()) {
            c.start();
        }
        awaitConnected(connectTimeout);
        LOG.info("{} simulated cameras connected to {} in {} ms{}", cameras.size(), runtime.brokerUrl(),
                (System.nanoTime() - t0) / 1_000_000,
                muxLinks.isEmpty() ? "" : " over " + muxLinks.size() + " shared connection(s)");
    }

    /**
     * The camera of this device id.
     *
     * @throws IllegalArgumentException when the fleet does not play it
     */
    public SimulatedCamera camera(String id) {
        SimulatedCamera c = cameras.get(id);
        if (c == null) {
            throw new IllegalArgumentException("no simulated camera " + id + " (playing " + cameras.size() + ")");
        }
        return c;
    }

    /** Every camera, in the order of the device ids. */
    public Collection<SimulatedCamera> cameras() {
        return Collections.unmodifiableCollection(cameras.values());
    }

    /** The device ids, in order. */
    public List<String> ids() {
        return List.copyOf(cameras.keySet());
    }

    public int size() {
        return cameras.size();
    }

    /** True when every camera plays its id over a shared connection. */
    public boolean isMultiplexed() {
        return !muxLinks.isEmpty();
    }

    /** How many MQTT connections the fleet holds (one per camera unless multiplexed). */
    public int connectionCount() {
        return muxLinks.isEmpty() ? cameras.size() : muxLinks.size();
    }

    /** Waits until every camera is connected and subscribed. */
    public void awaitConnected(Duration timeout) {
        Await.until(() -> cameras.values().stream().allMatch(SimulatedCamera::isConnected), timeout,
                "all " + cameras.size() + " cameras connected",
                () -> cameras.values().stream().filter(c -> !c.isConnected()).limit(10).map(SimulatedCamera::id)
                        .toList() + " not connected");
    }

    /** Waits until every camera's Online was answered with Online-Ack. */
    public void awaitOnlineAcked(Duration timeout) {
        Await.until(() -> cameras.values().stream().allMatch(SimulatedCamera::isOnlineAcked), timeout,
                "Online-Ack for all " + cameras.size() + " cameras",
                () -> cameras.values().stream().filter(c -> !c.isOnlineAcked()).limit(10).map(SimulatedCamera::id)
                        .toList() + " not acknowledged");
    }

    /** The stats of every camera summed. */
    public CameraStats stats() {
        CameraStats total = CameraStats.zero();
        for (SimulatedCamera c : cameras.values()) {
            total = total.plus(c.stats());
        }
        return total;
    }

    /** Waits until the summed stats satisfy the condition. */
    public CameraStats awaitStats(java.util.function.Predicate<CameraStats> condition, Duration timeout) {
        Await.until(() -> condition.test(stats()), timeout, "fleet stats", this::stats);
        return stats();
    }

    /** Disconnects every camera cleanly and stops the fleet's threads. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        // each DISCONNECT waits for the broker: close the cameras side by side
        List<java.util.concurrent.Future<?>> closing = new ArrayList<>();
        for (SimulatedCamera c : cameras.values()) {
            closing.add(runtime.workers().submit(() -> {
                try {
                    c.close();
                } catch (RuntimeException e) {
                    LOG.debug("closing {}: {}", c.id(), e.toString());
                }
            }));
        }
        for (java.util.concurrent.Future<?> f : closing) {
            try {
                f.get(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                LOG.debug("closing a camera: {}", e.toString());
            }
        }
        for (MuxLink m : muxLinks) {
            m.shutdown();
        }
        runtime.shutdown();
    }

    @Override
    public String toString() {
        return "SimulatedFleet[" + cameras.size() + " cameras at " + runtime.brokerUrl() + "]";
    }
}
