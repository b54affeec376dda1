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

import java.io.IOException;
import java.net.ServerSocket;

import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An embedded Artemis broker speaking MQTT on a free port, restartable on the same port. For this module's tests
 * only; the end-to-end tests use the simulator module's broker helpers.
 * <p>
 * A test class gets one for all its tests with {@code @RegisterExtension static final TestBroker broker = new
 * TestBroker();}: started before the first test, stopped after the last.
 */
public final class TestBroker implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    private final int port;
    private EmbeddedActiveMQ server;

    /** A broker on a free port, not started yet: {@link #start()}, or registered as an extension. */
    public TestBroker() {
        try {
            this.port = freePort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A broker on a free port, started. */
    public static TestBroker started() throws Exception {
        TestBroker b = new TestBroker();
        b.start();
        return b;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    public synchronized void start() throws Exception {
        Configuration cfg = new ConfigurationImpl()
                .setPersistenceEnabled(false)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                // on a busy build machine the critical analyzer would stop the broker as "stuck"
                .setCriticalAnalyzer(false)
                .setMaxDiskUsage(-1)
                .setJournalDirectory("target/artemis/journal")
                .setBindingsDirectory("target/artemis/bindings")
                .setLargeMessagesDirectory("target/artemis/large")
                .setPagingDirectory("target/artemis/paging")
                .addAcceptorConfiguration("mqtt", "tcp://127.0.0.1:" + port + "?protocols=MQTT");
        server = new EmbeddedActiveMQ();
        server.setConfiguration(cfg);
        server.start();
    }

    public synchronized void stop() throws Exception {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}
