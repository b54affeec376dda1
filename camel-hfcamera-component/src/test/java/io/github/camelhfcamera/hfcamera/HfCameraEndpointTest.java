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

import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.session.HfDeviceEvent;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** URI options through the generated configurers; no broker needed (nothing connects until a route starts). */
class HfCameraEndpointTest {

    CamelContext context;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
        HfCameraComponent component = new HfCameraComponent();
        component.getConfiguration().setRequestTimeout(4000);
        context.addComponent("hfcamera", component);
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void aBrokerUrlThatArrivesUrlEncodedAsFromAPipeUnderCamelMainIsDecoded() {
        // RAW(): what the endpoint sees is the encoded text, as a Kamelet run by a Pipe passes it on
        HfCameraEndpoint encoded = context.getEndpoint(
                "hfcamera:events?brokerUrl=RAW(tcp%3A%2F%2F127.0.0.1%3A1883)", HfCameraEndpoint.class);
        assertThat(encoded.getConfiguration().getBrokerUrl()).isEqualTo("tcp://127.0.0.1:1883");
        context.getPropertiesComponent().addInitialProperty("hf.broker", "ssl://broker.example:8883");
        HfCameraEndpoint placeholder = context.getEndpoint(
                "hfcamera:events?brokerUrl=RAW(%7B%7Bhf.broker%7D%7D)", HfCameraEndpoint.class);
        assertThat(placeholder.getConfiguration().getBrokerUrl()).isEqualTo("ssl://broker.example:8883");
        HfCameraEndpoint plain = context.getEndpoint("hfcamera:events?brokerUrl=tcp://10.0.0.1:1883",
                HfCameraEndpoint.class);
        assertThat(plain.getConfiguration().getBrokerUrl()).isEqualTo("tcp://10.0.0.1:1883");
    }

    @Test
    void optionsAreReadFromTheUriAndSharedOptionsCopiedPerEndpoint() {
        HfCameraEndpoint e = context.getEndpoint("hfcamera:persons?deviceId=cam-1,cam-2&operation=search"
                                                 + "&allPages=false&pageSize=50&batchTimeout=2m", HfCameraEndpoint.class);
        assertThat(e.getKind()).isEqualTo(HfCameraKind.persons);
        assertThat(e.getDeviceId()).isEqualTo("cam-1,cam-2");
        assertThat(e.getOperation()).isEqualTo(HfCameraOperation.search);
        assertThat(e.isAllPages()).isFalse();
        assertThat(e.getPageSize()).isEqualTo(50);
        assertThat(e.getConfiguration().getBatchTimeout()).isEqualTo(120_000);
        // from the component, and not changed there by the endpoint's own value
        assertThat(e.getConfiguration().getRequestTimeout()).isEqualTo(4000);
        HfCameraEndpoint other = context.getEndpoint("hfcamera:command?operator=GetSysTime&requestTimeout=1s",
                HfCameraEndpoint.class);
        assertThat(other.getConfiguration().getRequestTimeout()).isEqualTo(1000);
        assertThat(e.getConfiguration().getRequestTimeout()).isEqualTo(4000);
        assertThat(context.getComponent("hfcamera", HfCameraComponent.class).getConfiguration().getBatchTimeout())
                .isEqualTo(600_000);
    }

    @Test
    void useGlobalSslContextParametersWithoutAnyIsRefusedBeforeConnecting() {
        HfCameraComponent c = new HfCameraComponent();
        c.getConfiguration().setBrokerUrl("ssl://127.0.0.1:1");
        c.setUseGlobalSslContextParameters(true);
        context.addComponent("hfs", c);
        assertThatThrownBy(() -> context.createProducerTemplate().requestBody(
                "hfs:command?deviceId=cam-1&operator=GetSysTime", (Object) null))
                .hasStackTraceContaining("useGlobalSslContextParameters is true but the CamelContext has no"
                                         + " SSLContextParameters (set camel.ssl.*");
    }

    @Test
    void theGlobalSslContextParametersAreNotForcedOnAPlainTcpBroker() {
        HfCameraComponent c = new HfCameraComponent();
        c.getConfiguration().setBrokerUrl("tcp://127.0.0.1:1");
        c.getConfiguration().setConnectionTimeout(2);
        c.setUseGlobalSslContextParameters(true);
        context.setSSLContextParameters(new org.apache.camel.support.jsse.SSLContextParameters());
        context.addComponent("hft", c);
        // nothing listens there: the plain connection is tried, and no TLS context is asked for
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> context.createProducerTemplate()
                .requestBody("hft:command?deviceId=cam-1&operator=GetSysTime", (Object) null));
        assertThat(t).hasStackTraceContaining("cannot connect to tcp://127.0.0.1:1");
        java.io.StringWriter w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        assertThat(w.toString()).doesNotContain("TLS").doesNotContain("SSL");
    }

    @Test
    void componentOptionsAreSetByProperty() {
        HfCameraComponent c = new HfCameraComponent();
        context.addComponent("hf2", c);
        // as camel.component.hfcamera.* properties are bound: through the generated configurer
        org.apache.camel.spi.PropertyConfigurer configurer = org.apache.camel.support.PluginHelper
                .getConfigurerResolver(context).resolvePropertyConfigurer("hfcamera-component", context);
        assertThat(configurer).isInstanceOf(HfCameraComponentConfigurer.class);
        org.apache.camel.support.PropertyBindingSupport.build().withConfigurer(configurer).withReflection(false)
                .bind(context, c, new java.util.HashMap<>(
                java.util.Map.of("brokerUrl", "tcp://broker:1883", "sharedSubscriptionGroup", "fleet",
                        "heartbeatMissesBeforeLost", "3", "requestTimeout", "7s", "allowedDevices", "a,b")));
        assertThat(c.getConfiguration().getBrokerUrl()).isEqualTo("tcp://broker:1883");
        assertThat(c.getConfiguration().getSharedSubscriptionGroup()).isEqualTo("fleet");
        assertThat(c.getConfiguration().getHeartbeatMissesBeforeLost()).isEqualTo(3);
        assertThat(c.getConfiguration().getRequestTimeout()).isEqualTo(7000);
        assertThat(HfCameraComponent.parseList(c.getConfiguration().getAllowedDevices()))
                .containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void connectionOptionsOnTheUriSelectTheirOwnConnection() {
        // as a Kamelet writes them: the broker and the login on the endpoint
        HfCameraEndpoint a = context.getEndpoint("hfcamera:events?brokerUrl=tcp://other:1883&userName=u&password=p"
                                                 + "&type=RecPush", HfCameraEndpoint.class);
        HfCameraEndpoint b = context.getEndpoint("hfcamera:persons?brokerUrl=tcp://other:1883&userName=u&password=p"
                                                 + "&deviceId=cam-1&requestTimeout=3s", HfCameraEndpoint.class);
        HfCameraEndpoint c = context.getEndpoint("hfcamera:command?operator=GetSysTime", HfCameraEndpoint.class);
        // a per-request option: same connection as the component's own
        HfCameraEndpoint patient = context.getEndpoint("hfcamera:persons?deviceId=cam-1&busyRetryDelay=5s",
                HfCameraEndpoint.class);
        assertThat(patient.getConfiguration().getBusyRetryDelay()).isEqualTo(5000);
        assertThat(patient.getConfiguration().connectionKey()).isEqualTo(c.getConfiguration().connectionKey());
        assertThat(a.getConfiguration().getBrokerUrl()).isEqualTo("tcp://other:1883");
        assertThat(a.getConfiguration().getPassword()).isEqualTo("p");
        // same connection options, same connection, whatever the per-request ones
        assertThat(a.getConfiguration().connectionKey()).isEqualTo(b.getConfiguration().connectionKey());
        assertThat(c.getConfiguration().connectionKey())
                .isEqualTo(context.getComponent("hfcamera", HfCameraComponent.class).getConfiguration().connectionKey())
                .isNotEqualTo(a.getConfiguration().connectionKey());
    }

    @Test
    void typeGroupsExpandToTheirOperators() {
        assertThat(HfCameraEndpoint.expandTypes("status")).containsExactlyInAnyOrder("Online", "Offline", "HeartBeat",
                HfDeviceEvent.DEVICE_ONLINE, HfDeviceEvent.DEVICE_LOST);
        assertThat(HfCameraEndpoint.expandTypes("recognition,stranger")).containsExactlyInAnyOrder("RecPush",
                "StrSnapPush");
        assertThat(HfCameraEndpoint.expandTypes("alarm")).hasSize(12).contains("FireSmokeSnapPush")
                .doesNotContain("RecPush", "PushAck-Ack");
        assertThat(HfCameraEndpoint.expandTypes(null)).isEmpty();
        assertThat(Operator.of("FireSmokeSnapPush")).isPresent();
    }

    @Test
    void wrongUrisAreRefusedWithWhatIsAllowed() {
        assertThatThrownBy(() -> context.getEndpoint("hfcamera:people")).hasMessageContaining("persons, command, events");
        // an enum: Camel's own message, and the tooling (camel validate, IDEs) lists the values
        assertThatThrownBy(() -> context.getEndpoint("hfcamera:persons?operation=purge"))
                .hasMessageContaining("purge").hasStackTraceContaining("HfCameraOperation does not have any constant");
        assertThatThrownBy(() -> HfCameraOperation.of("purge")).hasMessageContaining("purge")
                .hasMessageContaining("deleteAll");
        assertThatThrownBy(() -> context.getEndpoint("hfcamera:events?type=Everything"))
                .hasMessageContaining("Everything").hasMessageContaining("alarm");
        assertThatThrownBy(() -> context.getEndpoint("hfcamera:events?noSuchOption=1"))
                .hasMessageContaining("noSuchOption");
        assertThatThrownBy(() -> context.getEndpoint("hfcamera:events").createProducer())
                .hasMessageContaining("hfcamera:events only receives");
        assertThatThrownBy(() -> context.getEndpoint("hfcamera:command").createConsumer(x -> { }))
                .hasMessageContaining("receive with hfcamera:events");
    }
}
