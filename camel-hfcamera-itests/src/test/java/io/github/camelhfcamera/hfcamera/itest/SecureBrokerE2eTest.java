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
package io.github.camelhfcamera.hfcamera.itest;

import java.nio.file.Path;

import javax.net.ssl.SSLContext;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.protocol.model.SysTime;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import io.github.camelhfcamera.hfcamera.simulator.broker.TestCertificates;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The connection options: a broker with a login, and one with TLS through Camel's SSLContextParameters. */
class SecureBrokerE2eTest {

    static final String SECRET = "s3cret-Pa55";

    EmbeddedBroker broker;
    SimulatedFleet fleet;
    CamelContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
        if (fleet != null) {
            fleet.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    CamelContext camel(HfCameraComponent component) {
        context = new DefaultCamelContext();
        component.getConfiguration().setRequestTimeout(5000);
        context.addComponent("hfcamera", component);
        context.start();
        return context;
    }

    @Test
    void logsInWithUserNameAndPasswordAndNeverShowsThePassword() {
        broker = EmbeddedBroker.builder().credentials("platform", SECRET).start();
        fleet = CameraSimulator.builder().brokerUrl(broker.brokerUrl()).credentials("platform", SECRET)
                .deviceIds("cam-1").start();

        HfCameraComponent wrong = new HfCameraComponent();
        wrong.getConfiguration().setBrokerUrl(broker.brokerUrl());
        wrong.getConfiguration().setUserName("platform");
        wrong.getConfiguration().setPassword("not-the-password");
        wrong.getConfiguration().setConnectionTimeout(5);
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> camel(wrong).createProducerTemplate()
                .request("hfcamera:command?deviceId=cam-1&operator=GetSysTime", e -> { }));
        assertThat(refused).hasStackTraceContaining("cannot connect to " + broker.brokerUrl() + " as user platform")
                .hasStackTraceContaining("Bad User Name or Password");
        assertThat(stackText(refused)).doesNotContain("not-the-password");
        context.stop();

        HfCameraComponent right = new HfCameraComponent();
        right.getConfiguration().setBrokerUrl(broker.brokerUrl());
        right.getConfiguration().setUserName("platform");
        right.getConfiguration().setPassword(SECRET);
        Object reply = camel(right).createProducerTemplate().requestBody(
                "hfcamera:command?deviceId=cam-1&operator=GetSysTime", (Object) null);
        assertThat(reply).isInstanceOf(SysTime.class);
    }

    @Test
    void endpointsNamingTheirBrokerAsKameletsDoShareOneConnection() throws Exception {
        broker = EmbeddedBroker.builder().credentials("platform", SECRET).start();
        fleet = CameraSimulator.builder().brokerUrl(broker.brokerUrl()).credentials("platform", SECRET)
                .heartbeatInterval(java.time.Duration.ofMillis(300)).deviceIds("cam-1").start();
        String connection = "brokerUrl=" + broker.brokerUrl() + "&userName=platform&password=" + SECRET;

        // the component itself is left at its defaults (localhost:1883, never opened)
        context = new DefaultCamelContext();
        context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("hfcamera:events?type=RecPush&" + connection).to("mock:records");
            }
        });
        context.start();
        Object reply = context.createProducerTemplate().requestBody(
                "hfcamera:command?deviceId=cam-1&operator=GetSysTime&requestTimeout=5s&" + connection, (Object) null);
        assertThat(reply).isInstanceOf(SysTime.class);

        HfCameraComponent c = context.getComponent("hfcamera", HfCameraComponent.class);
        org.awaitility.Awaitility.await().until(() -> c.getSessions().get(0).isEventsSubscribed());
        fleet.camera("cam-1").pushRecord();
        org.apache.camel.component.mock.MockEndpoint records =
                context.getEndpoint("mock:records", org.apache.camel.component.mock.MockEndpoint.class);
        org.awaitility.Awaitility.await().until(() -> records.getReceivedCounter() == 1);
        assertThat(c.getSessions()).singleElement()
                .satisfies(s -> assertThat(s.config().brokerUrl()).isEqualTo(broker.brokerUrl()));
        assertThat(c.getSession()).as("the component's own connection was never needed").isNull();
    }

    @Test
    void connectsOverTlsWithCamelsSslContextParameters(@TempDir Path dir) throws Exception {
        TestCertificates pki = TestCertificates.generate(dir);
        broker = EmbeddedBroker.builder().tls(pki.brokerKeyStore(), TestCertificates.PASSWORD).start();
        assertThat(broker.brokerUrl()).startsWith("ssl://");

        SSLContextParameters ssl = TestSsl.sslContextParameters(pki, null);

        context = new DefaultCamelContext();
        SSLContext cameraSsl = ssl.createSSLContext(context);
        fleet = CameraSimulator.builder().brokerUrl(broker.brokerUrl()).sslSocketFactory(cameraSsl.getSocketFactory())
                .deviceIds("cam-1").start();

        HfCameraComponent c = new HfCameraComponent();
        c.getConfiguration().setBrokerUrl(broker.brokerUrl());
        c.getConfiguration().setSslContextParameters(ssl);
        c.getConfiguration().setRequestTimeout(5000);
        context.addComponent("hfcamera", c);
        context.start();
        Object reply = context.createProducerTemplate().requestBody(
                "hfcamera:command?deviceId=cam-1&operator=GetSysTime", (Object) null);
        assertThat(reply).isInstanceOf(SysTime.class);
        assertThat(c.isConnected()).isTrue();
    }

    static String stackText(Throwable t) {
        java.io.StringWriter w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }
}
