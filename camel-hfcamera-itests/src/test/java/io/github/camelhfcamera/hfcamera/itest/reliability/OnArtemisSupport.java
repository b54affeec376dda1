package io.github.camelhfcamera.hfcamera.itest.reliability;

import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The reliability tests that run on one embedded Artemis per test class. */
abstract class OnArtemisSupport extends ReliabilitySupport {

    static EmbeddedBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedBroker.create();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }
}
