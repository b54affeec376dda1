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

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelhfcamera.hfcamera.protocol.HfCodec;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;

/**
 * What the cameras of a fleet share: the timer scheduler (heartbeats, Online repeats, resends, schedules, late
 * answers), the worker pool (command handling, downloads), the codec, the picture fetcher and the connection
 * options.
 */
final class SimulatorRuntime {

    private final CameraSimulator.Builder settings;
    private final ScheduledThreadPoolExecutor scheduler;
    private final ExecutorService workers;
    private final HfCodec codec = new HfCodec();
    private final PictureFetcher fetcher;

    SimulatorRuntime(CameraSimulator.Builder settings) {
        this.settings = settings;
        this.scheduler = new ScheduledThreadPoolExecutor(2, daemon("hfsim-timer"));
        this.scheduler.setRemoveOnCancelPolicy(true);
        this.workers = Executors.newCachedThreadPool(daemon("hfsim-worker"));
        this.fetcher = new PictureFetcher(settings.downloadTimeout);
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    CameraSimulator.Builder settings() {
        return settings;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    ExecutorService workers() {
        return workers;
    }

    HfCodec codec() {
        return codec;
    }

    PictureFetcher fetcher() {
        return fetcher;
    }

    String brokerUrl() {
        return settings.brokerUrl;
    }

    String clientIdPrefix() {
        return settings.clientIdPrefix;
    }

    /** The device's connection: MQTT 3.1.1, clean session, no automatic reconnect (the camera reconnects itself). */
    MqttConnectOptions connectOptions() {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        o.setCleanSession(true);
        o.setAutomaticReconnect(false);
        o.setKeepAliveInterval(settings.mqttKeepAliveSeconds);
        o.setConnectionTimeout((int) Math.max(1, settings.connectTimeout.toSeconds()));
        o.setMaxInflight(1000);
        if (settings.username != null) {
            o.setUserName(settings.username);
        }
        if (settings.password != null) {
            o.setPassword(settings.password.clone());
        }
        if (settings.socketFactory != null) {
            o.setSocketFactory(settings.socketFactory);
        }
        return o;
    }

    /** Runs a task on the worker pool, or on a thread of its own once the fleet is shutting down (cleanups). */
    void async(Runnable task) {
        try {
            workers.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            Thread t = new Thread(task, "hfsim-cleanup");
            t.setDaemon(true);
            t.start();
        }
    }

    void shutdown() {
        scheduler.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(2, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
    }
}
