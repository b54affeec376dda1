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

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.Jpegs;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.itest.TestSsl;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import io.github.camelhfcamera.hfcamera.simulator.broker.TestCertificates;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * Issue 7, logs: traffic with pictures (records, a person with a base64 photo) and credentials (a login, a refused
 * login, over TLS with a client certificate whose key store has a password) at TRACE level for every logger (slf4j and Paho's java.util.logging): no base64 image data and no password
 * in anything logged. Runs in its own JVM (the {@code log-capture} execution of the module's pom) so that TRACE is
 * on from the start; the normal execution leaves it out.
 */
class LogCaptureReliabilityTest extends ReliabilitySupport {

    static final String SECRET = "Tr4ce-Secret-77";
    /** A run of base64 long enough to be a piece of a picture (the fields logged are ids, names and sizes). */
    static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/]{80,}={0,2}");

    @Test
    void noPictureAndNoPasswordReachesTheLogsAtTraceLevel(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        assertThat(org.slf4j.LoggerFactory.getLogger("io.github.camelhfcamera").isTraceEnabled())
                .as("run by the log-capture execution, with TRACE on").isTrue();
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        PrintStream originalOut = System.out;
        System.setErr(new PrintStream(tee(captured, originalErr), true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(tee(captured, originalOut), true, StandardCharsets.UTF_8));
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger("");
        Level julLevel = jul.getLevel();
        Handler julCapture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                String m = r.getMessage();
                if (r.getParameters() != null) {
                    m = m + " " + java.util.Arrays.toString(r.getParameters());
                }
                captured.writeBytes((m + (r.getThrown() == null ? "" : " " + r.getThrown()) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jul.setLevel(Level.ALL);
        jul.addHandler(julCapture);
        java.util.logging.Logger.getLogger("org.eclipse.paho").setLevel(Level.ALL);
        TestCertificates pki = TestCertificates.generate(dir);
        try (EmbeddedBroker broker = EmbeddedBroker.builder().credentials("platform", SECRET)
                .tls(pki.brokerKeyStore(), TestCertificates.PASSWORD)
                .requireClientCertificate(pki.trustStore(), TestCertificates.PASSWORD).start()) {
            HfCameraComponent wrong = component(broker.brokerUrl(), "wrong");
            wrong.getConfiguration().setSslContextParameters(TestSsl.sslContextParameters(pki, pki.clientKeyStore()));
            wrong.getConfiguration().setUserName("platform");
            wrong.getConfiguration().setPassword(SECRET + "-wrong");
            wrong.getConfiguration().setConnectionTimeout(5);
            Throwable refused = catchThrowable(() -> start(wrong, new RouteBuilder() {
                @Override
                public void configure() {
                    from("hfcamera:events").to("log:never");
                }
            }));
            assertThat(refused).isNotNull();
            new RuntimeException("logged as a user would", refused).printStackTrace();

            HfCameraComponent c = component(broker.brokerUrl(), "platform");
            c.getConfiguration().setSslContextParameters(TestSsl.sslContextParameters(pki, pki.clientKeyStore()));
            c.getConfiguration().setUserName("platform");
            c.getConfiguration().setPassword(SECRET);
            CamelContext ctx = start(c, new RouteBuilder() {
                @Override
                public void configure() {
                    from("hfcamera:events?type=recognition").to("log:records?level=INFO&showAll=true")
                            .process(downstream::accept);
                }
            });
            SimulatedFleet fleet = CameraSimulator.builder().brokerUrl(broker.brokerUrl())
                    .credentials("platform", SECRET).sslSocketFactory(pki.sslContext(true).getSocketFactory())
                    .deviceIds("cam-1").heartbeatInterval(HEARTBEAT)
                    .picBytes(8_000).sceneBytes(16_000).fastBatches().start();
            fleets.add(fleet);
            fleet.awaitOnlineAcked(WAIT);
            var rec = fleet.camera("cam-1").pushRecord();
            downstream.assertExactlyOnce(java.util.Set.of("cam-1/" + rec.id()));
            ctx.createProducerTemplate().requestBody("hfcamera:persons?deviceId=cam-1",
                    Person.builder().customId("p-1").name("Ana").personType(0).pic(Jpegs.image(6_000, "ana")).build());
        } finally {
            jul.removeHandler(julCapture);
            jul.setLevel(julLevel);
            System.setErr(originalErr);
            System.setOut(originalOut);
        }

        String logs = captured.toString(StandardCharsets.UTF_8);
        assertThat(logs).as("TRACE and DEBUG lines were captured").contains("TRACE").contains("DEBUG")
                .contains("Bad User Name or Password");
        assertThat(logs).as("no password").doesNotContain(SECRET);
        assertThat(logs).as("no key store password").doesNotContain(TestCertificates.PASSWORD);
        var m = BASE64_RUN.matcher(logs);
        assertThat(m.find() ? "base64 data in the logs: " + logs.substring(m.start(), Math.min(m.end(), m.start() + 60))
                : "none").isEqualTo("none");
    }

    /**
     * Issue 13, passwords on endpoint URIs, as docs/reliability.md recommends giving them there: a reference
     * ({@code password=#property:hf.password}, resolved when the endpoint is made, so the URI never holds the value)
     * on two endpoints with their own connections, the YAML route dump at INFO ({@code dumpRoutes=yaml}, as
     * {@code camel.main.dumpRoutes} does), everything at TRACE. No line the application logs at INFO or above holds the
     * password, nor any line at any level of the component, the MQTT client or Netty. (Camel core's own DEBUG and
     * TRACE lines print every resolved property value and endpoint URI of every component: the docs say so.)
     */
    @Test
    void aPasswordReferencedOnEndpointUrisStaysOutOfTheRouteDumpAndTheLogs() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        PrintStream originalOut = System.out;
        System.setErr(new PrintStream(tee(captured, originalErr), true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(tee(captured, originalOut), true, StandardCharsets.UTF_8));
        try (EmbeddedBroker broker = EmbeddedBroker.builder().credentials("platform", SECRET).start()) {
            org.apache.camel.impl.DefaultCamelContext ctx = new org.apache.camel.impl.DefaultCamelContext();
            contexts.add(ctx);
            ctx.setDumpRoutes("yaml");
            java.util.Properties props = new java.util.Properties();
            props.put("hf.password", SECRET);
            props.put("hf.broker", broker.brokerUrl());
            ctx.getPropertiesComponent().setInitialProperties(props);
            ctx.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("hfcamera:events?brokerUrl={{hf.broker}}&clientId=a&userName=platform"
                         + "&password=#property:hf.password").routeId("a").to("log:a");
                    from("direct:time").routeId("time").to("hfcamera:command?brokerUrl={{hf.broker}}&clientId=b"
                            + "&userName=platform&password=#property:hf.password&operator=GetSysTime&deviceId=cam-1");
                }
            });
            ctx.start();
            HfCameraComponent c = ctx.getComponent("hfcamera", HfCameraComponent.class);
            // logged in with the referenced password: both connections are up
            await().atMost(WAIT).until(() -> c.getSessions().size() == 2
                    && c.getSessions().stream().allMatch(s -> s.isConnected()));
        } finally {
            System.setErr(originalErr);
            System.setOut(originalOut);
        }
        String logs = captured.toString(StandardCharsets.UTF_8);
        assertThat(logs).as("the route dump was logged").contains("Dumping 2 routes as YAML")
                .contains("password=#property:hf.password");
        java.util.List<String> leaks = new java.util.ArrayList<>();
        String level = "INFO";
        String logger = "";
        for (String line : logs.lines().toList()) {
            java.util.regex.Matcher m = LOG_LINE.matcher(line);
            if (m.lookingAt()) {
                level = m.group(1);
                logger = m.group(2);
            }
            // a line without the prefix continues the line before it (the YAML of the route dump)
            boolean applicationLevel = !level.equals("DEBUG") && !level.equals("TRACE");
            boolean ours = logger.startsWith("io.github.camelhfcamera") || logger.startsWith("com.hivemq")
                           || logger.startsWith("io.netty");
            if (line.contains(SECRET) && (applicationLevel || ours)) {
                leaks.add(line);
            }
        }
        assertThat(leaks).as("lines with the password").isEmpty();
    }

    /** "12:34:56.789 [thread] LEVEL logger - message", as slf4j-simple writes it. */
    static final Pattern LOG_LINE = Pattern.compile("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\[[^\\]]*\\] (TRACE|DEBUG|INFO|WARN|ERROR) (\\S+)");

    static OutputStream tee(ByteArrayOutputStream copy, PrintStream out) {
        return new OutputStream() {
            @Override
            public synchronized void write(int x) {
                copy.write(x);
                out.write(x);
            }

            @Override
            public synchronized void write(byte[] buf, int off, int len) {
                copy.write(buf, off, len);
                out.write(buf, off, len);
            }
        };
    }
}
