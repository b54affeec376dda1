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

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.github.camelhfcamera.hfcamera.session.HfCameraDeviceException;
import io.github.camelhfcamera.hfcamera.session.HfCameraException;
import io.github.camelhfcamera.hfcamera.session.HfCameraTimeoutException;
import io.github.camelhfcamera.hfcamera.session.HfSession;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.test.RawMqtt;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeTimedOutException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a user reads at runtime: the Micrometer meters (with a MeterRegistry in the registry, as camel-micrometer binds
 * it), the component's JMX attributes, the hfcamera dev console through the DevConsoleRegistry; a command timeout as
 * Camel's ExchangeTimedOutException; a connection closed with its last endpoint.
 */
class HfCameraObservabilityTest extends HfCameraTestSupport {

    final MeterRegistry meters = new SimpleMeterRegistry();

    @Override
    public void configureTest(TestExecutionConfiguration testExecutionConfiguration) {
        super.configureTest(testExecutionConfiguration);
        testExecutionConfiguration.withEnableJMX();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext ctx = super.createCamelContext();
        ctx.setDevConsole(true);
        return ctx;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("metricsRegistry", meters);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("hfcamera:events?type=RecPush").routeId("records").to("mock:records");
                // Camel matches onException on the causes first: the timeout's cause is an HfCameraException too,
                // so the two clauses are kept on routes of their own here
                from("direct:time").routeId("time")
                        .onException(HfCameraException.class).handled(true).to("mock:cameraFailed").end()
                        .to("hfcamera:command?operator=GetSysTime&deviceId=cam-1");
                from("direct:absent").routeId("absent")
                        .onException(ExchangeTimedOutException.class).handled(true).to("mock:timedOut").end()
                        .to("hfcamera:command?operator=GetSysTime&deviceId=cam-9&requestTimeout=300");
            }
        };
    }

    private SimulatedCamera answeringCamera() throws Exception {
        SimulatedCamera cam = camera("cam-1");
        await().until(() -> component().getDevicesOnline() == 1);
        return cam;
    }

    @Test
    void theCountersAreMetersJmxAttributesAndTheDevConsole() throws Exception {
        awaitEventsSubscribed();
        answeringCamera();
        // the same record twice (a camera's resend), then a broken payload on its topic
        String rec = "{\"operator\":\"RecPush\",\"info\":{\"customId\":\"p-1\",\"personId\":\"22\","
                     + "\"RecordID\":\"7\",\"VerifyStatus\":\"1\",\"Sendintime\":1,\"facesluiceId\":\"cam-1\","
                     + "\"time\":\"2023-09-18 13:33:33\"}}";
        try (RawMqtt raw = new RawMqtt(broker.url())) {
            raw.publish("mqtt/face/cam-1/Rec", rec);
            await().until(() -> component().getSession().stats().pushAcks() >= 1);
            raw.publish("mqtt/face/cam-1/Rec", rec);
            raw.publish("mqtt/face/cam-1/Rec", "{not json".getBytes(StandardCharsets.UTF_8));
        }
        await().until(() -> component().getSession().stats().duplicates() == 1
                            && component().getSession().stats().badInput() == 1);
        getMockEndpoint("mock:timedOut").expectedMessageCount(1);
        template.requestBody("direct:time", (Object) null);
        template.requestBody("direct:absent", (Object) null);
        getMockEndpoint("mock:timedOut").assertIsSatisfied();
        String clientId = component().getSession().clientId();

        // Micrometer
        assertThat(meters.get("hfcamera.events.routed").tag("clientId", clientId).functionCounter().count())
                .isEqualTo(1);
        assertThat(meters.get("hfcamera.events.duplicates").functionCounter().count()).isEqualTo(1);
        assertThat(meters.get("hfcamera.pushacks.sent").functionCounter().count()).isEqualTo(2);
        assertThat(meters.get("hfcamera.bad.input").tag("kind", "invalid").functionCounter().count()).isEqualTo(1);
        assertThat(meters.get("hfcamera.bad.input").tag("kind", "oversized").functionCounter().count()).isZero();
        assertThat(meters.get("hfcamera.commands").tag("operator", "GetSysTime").tag("outcome", "ok").timer().count())
                .isEqualTo(1);
        assertThat(meters.get("hfcamera.commands").tag("operator", "GetSysTime").tag("outcome", "timeout").timer()
                .totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(290);
        assertThat(meters.get("hfcamera.devices").tag("state", "online").gauge().value()).isEqualTo(1);
        assertThat(meters.get("hfcamera.devices").tag("state", "lost").gauge().value()).isZero();
        assertThat(meters.get("hfcamera.commands.pending").gauge().value()).isZero();
        assertThat(meters.get("hfcamera.connected").tag("component", "hfcamera").gauge().value()).isEqualTo(1);

        // JMX: the component's attributes
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> names = server.queryNames(new ObjectName("org.apache.camel:context=" + context.getManagementName()
                                                                 + ",type=components,name=\"hfcamera\""), null);
        assertThat(names).hasSize(1);
        ObjectName name = names.iterator().next();
        assertThat(server.getAttribute(name, "EventsRouted")).isEqualTo(1L);
        assertThat(server.getAttribute(name, "Duplicates")).isEqualTo(1L);
        assertThat(server.getAttribute(name, "BadInput")).isEqualTo(1L);
        assertThat(server.getAttribute(name, "CommandTimeouts")).isEqualTo(1L);
        assertThat(server.getAttribute(name, "DevicesOnline")).isEqualTo(1);
        assertThat(server.getAttribute(name, "Connections")).isEqualTo(1);

        // the dev console, as camel get hfcamera and /observe/dev read it
        DevConsole console = DevConsoleRegistry.get(context).resolveById("hfcamera");
        assertThat(console).as("the hfcamera dev console is found by its id").isNotNull();
        JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON, Map.of());
        JsonObject connection = (JsonObject) ((JsonArray) ((JsonObject) ((JsonArray) json.get("components")).get(0))
                .get("connections")).get(0);
        assertThat(connection.get("brokerUrl")).isEqualTo(broker.url());
        assertThat(connection.get("connected")).isEqualTo(true);
        assertThat(connection.get("eventsSubscribed")).isEqualTo(true);
        assertThat(connection.get("users")).isEqualTo(3);
        assertThat(((JsonObject) connection.get("counters")).get("pushAcks")).isEqualTo(2L);
        assertThat(((JsonObject) connection.get("counters")).get("badInput.invalid")).isEqualTo(1L);
        assertThat((List<?>) connection.get("commands")).extracting(c -> ((JsonObject) c).get("operator") + " "
                + ((JsonObject) c).get("outcome") + " " + ((JsonObject) c).get("count"))
                .containsExactly("GetSysTime ok 1", "GetSysTime timeout 1");
        JsonObject devices = (JsonObject) connection.get("devices");
        assertThat(devices.get("online")).isEqualTo(1);
        JsonObject device = (JsonObject) ((JsonArray) devices.get("list")).get(0);
        assertThat(device.get("deviceId")).isEqualTo("cam-1");
        assertThat(device.get("state")).isEqualTo("ONLINE");
        assertThat(device.get("lastSeen")).isNotNull();
        String text = (String) console.call(DevConsole.MediaType.TEXT, Map.of());
        assertThat(text).contains("Broker: " + broker.url()).contains("cam-1 ONLINE since")
                .contains("Command GetSysTime timeout: 1");
        assertThat((String) console.call(DevConsole.MediaType.TEXT, Map.of("state", "lost"))).doesNotContain("cam-1 ");
    }

    @Test
    void aCommandTimeoutIsAnExchangeTimedOutExceptionAndEveryFailureAnHfCameraException() throws Exception {
        SimulatedCamera cam = answeringCamera();
        getMockEndpoint("mock:timedOut").expectedMessageCount(1);
        template.requestBody("direct:absent", (Object) null);
        getMockEndpoint("mock:timedOut").assertIsSatisfied();
        Exchange timedOut = getMockEndpoint("mock:timedOut").getReceivedExchanges().get(0);
        HfCameraExchangeTimedOutException e = timedOut.getProperty(Exchange.EXCEPTION_CAUGHT,
                HfCameraExchangeTimedOutException.class);
        assertThat(e).isNotNull();
        assertThat(e.getDeviceId()).isEqualTo("cam-9");
        assertThat(e.getOperator()).isEqualTo("GetSysTime");
        assertThat(e.getTimeout()).isEqualTo(300);
        assertThat(e.getMessage()).contains("cam-9").contains("GetSysTime").contains(e.getMessageId());
        assertThat(e.getCause()).isInstanceOf(HfCameraTimeoutException.class).isInstanceOf(HfCameraException.class);

        // a device's error code: the session's exception, under the common root
        cam.failCommands("GetSysTime", 463);
        getMockEndpoint("mock:cameraFailed").expectedMessageCount(1);
        template.requestBody("direct:time", (Object) null);
        getMockEndpoint("mock:cameraFailed").assertIsSatisfied();
        assertThat(getMockEndpoint("mock:cameraFailed").getReceivedExchanges().get(0)
                .getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)).isInstanceOf(HfCameraDeviceException.class);
    }

    @Test
    void aConnectionIsClosedWithItsLastEndpointAndItsMetersGo() throws Exception {
        awaitEventsSubscribed();
        assertThat(component().getSessions()).hasSize(1);
        // a Kamelet-like route on a connection of its own (its own client id)
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("hfcamera:events?clientId=kamelet-like&type=RecPush").routeId("own").to("mock:own");
                from("direct:own").routeId("own-producer").to("hfcamera:command?clientId=kamelet-like&deviceId=cam-1"
                                                              + "&operator=GetSysTime");
            }
        });
        assertThat(component().getSessions()).hasSize(2);
        HfSession own = component().getSessions().stream().filter(s -> "kamelet-like".equals(s.clientId()))
                .findFirst().orElseThrow();
        await().until(own::isConnected);
        assertThat(component().users(own)).isEqualTo(2);
        assertThat(meters.find("hfcamera.connected").tag("clientId", "kamelet-like").gauge()).isNotNull();

        context.getRouteController().stopRoute("own");
        context.removeRoute("own");
        assertThat(own.isConnected()).as("still used by the producer").isTrue();
        assertThat(component().users(own)).isEqualTo(1);

        context.getRouteController().stopRoute("own-producer");
        context.removeRoute("own-producer");
        assertThat(component().getSessions()).hasSize(1).doesNotContain(own);
        await().atMost(Duration.ofSeconds(5)).until(() -> !own.isConnected());
        assertThat(meters.find("hfcamera.connected").tag("clientId", "kamelet-like").gauge()).isNull();
        // the component's own connection is untouched
        assertThat(component().getSession().isConnected()).isTrue();
    }
}
