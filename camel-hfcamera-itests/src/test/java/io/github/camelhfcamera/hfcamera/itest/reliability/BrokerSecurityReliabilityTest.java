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
package io.github.camelhfcamera.hfcamera.itest.reliability;

import java.nio.file.Path;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.itest.TestSsl;
import io.github.camelhfcamera.hfcamera.protocol.model.SysTime;
import io.github.camelhfcamera.hfcamera.session.HfCameraConnectionException;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import io.github.camelhfcamera.hfcamera.simulator.broker.MosquittoBroker;
import io.github.camelhfcamera.hfcamera.simulator.broker.TestCertificates;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * Issue 7, security, on both real brokers (Mosquitto as a process, Artemis in this JVM): TLS with the broker's
 * certificate, a client certificate the broker requires, and a login, all configured through Camel's
 * SSLContextParameters. With everything right, commands are answered and records arrive; a wrong password, an
 * untrusted broker certificate or a missing client certificate fails the CamelContext's start with an error naming
 * the broker and the cause, and the password is never in it.
 */
class BrokerSecurityReliabilityTest {

    static final String SECRET = "tls-Pa55-word";

    @TempDir
    static Path dir;
    static TestCertificates pki;
    static TestCertificates impostor;

    @BeforeAll
    static void certificates() {
        pki = TestCertificates.generate(dir.resolve("pki"));
        impostor = TestCertificates.generate(dir.resolve("impostor"));
    }

    /** The broker of the parameter, with TLS, a required client certificate and the platform's login. */
    static AutoCloseable secureBroker(String kind, String[] url) {
        if (kind.equals("mosquitto")) {
            MosquittoBroker m = MosquittoBroker.builder().credentials("platform", SECRET).tls(pki)
                    .requireClientCertificate(pki.authorityPem()).start();
            url[0] = m.brokerUrl();
            return m;
        }
        EmbeddedBroker a = EmbeddedBroker.builder().credentials("platform", SECRET)
                .tls(pki.brokerKeyStore(), TestCertificates.PASSWORD)
                .requireClientCertificate(pki.trustStore(), TestCertificates.PASSWORD).start();
        url[0] = a.brokerUrl();
        return a;
    }

    static SSLContextParameters ssl(TestCertificates trusted, Path keyStore) {
        return TestSsl.sslContextParameters(trusted, keyStore);
    }

    /** A context with a record route and a command route, not started. */
    static CamelContext context(String url, String password, SSLContextParameters ssl) throws Exception {
        HfCameraComponent c = new HfCameraComponent();
        c.getConfiguration().setBrokerUrl(url);
        c.getConfiguration().setUserName("platform");
        c.getConfiguration().setPassword(password);
        c.getConfiguration().setSslContextParameters(ssl);
        c.getConfiguration().setConnectionTimeout(5);
        c.getConfiguration().setAutomaticReconnect(false);
        c.getConfiguration().setHeartbeatInterval(300);
        c.getConfiguration().setRequestTimeout(5000);
        CamelContext ctx = new DefaultCamelContext();
        ctx.addComponent("hfcamera", c);
        ctx.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("hfcamera:events?type=RecPush").to("mock:records");
                from("direct:time").to("hfcamera:command?deviceId=cam-1&operator=GetSysTime");
            }
        });
        return ctx;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "mosquitto", "artemis" })
    void onlyTheRightCertificatesAndPasswordGetIn(String kind) throws Exception {
        String[] url = new String[1];
        try (AutoCloseable broker = secureBroker(kind, url);
             SimulatedFleet fleet = CameraSimulator.builder().brokerUrl(url[0]).credentials("platform", SECRET)
                     .sslSocketFactory(pki.sslContext(true).getSocketFactory())
                     .heartbeatInterval(java.time.Duration.ofMillis(300)).deviceIds("cam-1").start()) {
            fleet.awaitConnected(java.time.Duration.ofSeconds(20));
            assertThat(url[0]).startsWith("ssl://");

            try (CamelContext ok = context(url[0], SECRET, ssl(pki, pki.clientKeyStore()))) {
                ok.start();
                assertThat(ok.createProducerTemplate().requestBody("direct:time", (Object) null))
                        .isInstanceOf(SysTime.class);
                fleet.awaitOnlineAcked(java.time.Duration.ofSeconds(20));
                var record = fleet.camera("cam-1").pushRecord();
                MockEndpoint records = ok.getEndpoint("mock:records", MockEndpoint.class);
                await().atMost(java.time.Duration.ofSeconds(20)).until(() -> records.getReceivedCounter() == 1);
                assertThat(records.getReceivedExchanges().get(0).getMessage().getHeader("CamelHfCameraRecordId"))
                        .hasToString(String.valueOf(record.id()));
            }

            refusedAtStart(context(url[0], "not-the-" + SECRET, ssl(pki, pki.clientKeyStore())), url[0],
                    kind.equals("mosquitto") ? "Not authorized" : "Bad User Name or Password");
            refusedAtStart(context(url[0], SECRET, ssl(impostor, pki.clientKeyStore())), url[0],
                    "the broker's certificate is not trusted: add its authority to the trustManagers");
            refusedAtStart(context(url[0], SECRET, ssl(pki, null)), url[0], "client certificate");
            refusedAtStart(context(url[0], SECRET, ssl(pki, impostor.clientKeyStore())), url[0],
                    "client certificate");

            assertThat(fleet.camera("cam-1").receivedCommands("GetSysTime")).as("only the accepted context asked")
                    .hasSize(1);
        }
    }

    static void refusedAtStart(CamelContext ctx, String url, String cause) throws Exception {
        try (ctx) {
            Throwable t = catchThrowable(ctx::start);
            assertThat(t).as("starting with a refused connection").isNotNull()
                    .as("the first line says it all").message()
                    .contains("cannot connect to " + url + " as user platform").contains(cause);
            assertThat(t)
                    .hasStackTraceContaining("cannot connect to " + url + " as user platform")
                    .hasStackTraceContaining(cause);
            assertThat(org.apache.camel.util.ObjectHelper.getException(HfCameraConnectionException.class, t))
                    .as("the component's connection error in %s", t).isNotNull();
            assertThat(stack(t)).doesNotContain(SECRET);
        }
    }

    static String stack(Throwable t) {
        java.io.StringWriter w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }
}
