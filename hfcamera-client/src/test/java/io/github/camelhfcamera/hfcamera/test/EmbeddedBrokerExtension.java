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

import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The simulator's {@link EmbeddedBroker} (Artemis, MQTT 3.1.1 and 5, a free port kept across restarts) for the tests
 * of a class: {@code @RegisterExtension static final EmbeddedBrokerExtension broker = new EmbeddedBrokerExtension();}
 * starts it before the first test and closes it after the last. Here rather than in the simulator, so that the
 * simulator's users get no JUnit dependency.
 */
public final class EmbeddedBrokerExtension implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedBroker broker;

    @Override
    public void beforeAll(ExtensionContext context) {
        broker = EmbeddedBroker.create();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    /** The running broker, to stop and start it again on the same port. */
    public EmbeddedBroker broker() {
        if (broker == null) {
            throw new IllegalStateException("the broker starts before the first test of the class");
        }
        return broker;
    }

    /** {@code tcp://127.0.0.1:PORT}. */
    public String url() {
        return broker().brokerUrl();
    }
}
