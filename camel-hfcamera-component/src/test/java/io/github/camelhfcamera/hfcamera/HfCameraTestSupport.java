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
package io.github.camelhfcamera.hfcamera;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelhfcamera.hfcamera.test.FakeCamera;
import io.github.camelhfcamera.hfcamera.test.TestBroker;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;

/** A Camel context with an hfcamera component on an embedded broker, and fake cameras. */
abstract class HfCameraTestSupport extends CamelTestSupport {

    @RegisterExtension
    static final TestBroker broker = new TestBroker();
    final List<FakeCamera> cameras = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeCameras() throws Exception {
        for (FakeCamera c : cameras) {
            c.close();
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext ctx = super.createCamelContext();
        HfCameraComponent component = new HfCameraComponent();
        component.setBrokerUrl(broker.url());
        component.getConfiguration().setRequestTimeout(3000);
        component.getConfiguration().setBatchTimeout(5000);
        component.setBusyRetryDelay(100);
        configure(component);
        ctx.addComponent("hfcamera", component);
        return ctx;
    }

    /** Sets the component's options for a test class. */
    void configure(HfCameraComponent component) {
    }

    HfCameraComponent component() {
        return context.getComponent("hfcamera", HfCameraComponent.class);
    }

    FakeCamera camera(String id) throws Exception {
        FakeCamera c = new FakeCamera(broker.url(), id);
        cameras.add(c);
        return c;
    }

    /** Waits until the broker confirmed the component's event subscriptions. */
    void awaitEventsSubscribed() {
        await().until(() -> component().getSession() != null && component().getSession().isEventsSubscribed());
    }
}
