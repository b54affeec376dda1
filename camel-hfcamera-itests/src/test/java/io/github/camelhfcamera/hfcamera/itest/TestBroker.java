package io.github.camelhfcamera.hfcamera.itest;

import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import io.github.camelhfcamera.hfcamera.simulator.broker.MosquittoBroker;

/** The broker a test class runs against: the simulator module's embedded Artemis or private Mosquitto. */
interface TestBroker extends AutoCloseable {

    String url();

    /** Stops the broker: every client loses its connection. */
    void stop();

    /** Starts it again on the same port. */
    void start();

    @Override
    void close();

    static TestBroker artemis() {
        EmbeddedBroker b = EmbeddedBroker.create();
        return new TestBroker() {
            public String url() {
                return b.brokerUrl();
            }

            public void stop() {
                b.stop();
            }

            public void start() {
                b.start();
            }

            public void close() {
                b.close();
            }

            @Override
            public String toString() {
                return "Artemis " + b.brokerUrl();
            }
        };
    }

    static TestBroker mosquitto() {
        MosquittoBroker b = MosquittoBroker.create();
        return new TestBroker() {
            public String url() {
                return b.brokerUrl();
            }

            public void stop() {
                b.stop();
            }

            public void start() {
                b.start();
            }

            public void close() {
                b.close();
            }

            @Override
            public String toString() {
                return "Mosquitto " + b.brokerUrl();
            }
        };
    }
}
