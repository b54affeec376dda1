package io.github.camelhfcamera.hfcamera.test;

import java.io.IOException;
import java.net.ServerSocket;

import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * An embedded Artemis broker speaking MQTT on a free port, restartable on the same port. For this module's tests
 * only; the end-to-end tests use the simulator module's broker helpers.
 */
public final class TestBroker implements AutoCloseable {

    private final int port;
    private EmbeddedActiveMQ server;

    public TestBroker() throws Exception {
        this.port = freePort();
        start();
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
