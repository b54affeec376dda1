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
package io.github.camelhfcamera.hfcamera.simulator.broker;

/**
 * What both test brokers ({@link EmbeddedBroker}, {@link MosquittoBroker}) offer, so that one test can run against
 * either: the URL clients connect to, and stop / start again on the same port.
 */
public interface Broker extends AutoCloseable {

    /** {@code tcp://127.0.0.1:PORT}, or {@code ssl://} with TLS. */
    String brokerUrl();

    int port();

    /** Starts the broker (again) on its port; does nothing when it runs. */
    Broker start();

    /** Stops the broker: every client loses its connection. The port is kept for {@link #start()}. */
    void stop();

    boolean isRunning();

    /** Stops the broker and removes what it wrote. */
    @Override
    void close();
}
