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
package io.github.camelhfcamera.hfcamera.springboot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.HfCameraConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.security.CamelSSLAutoConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * camel.component.hfcamera.* with Spring Boot's ApplicationContextRunner: every option of the component's metadata
 * reaches the component, the object options by bean reference, the global TLS of camel.ssl.config, and a property
 * that is not an option fails the start the way Spring Boot reports an unbound property.
 */
class HfCameraComponentAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, CamelSSLAutoConfiguration.class,
                    HfCameraComponentConverter.class, HfCameraComponentAutoConfiguration.class))
            .withBean("tls", SSLContextParameters.class, SSLContextParameters::new)
            .withBean("records", IdempotentRepository.class,
                    () -> MemoryIdempotentRepository.memoryIdempotentRepository(50))
            .withBean("syncState", StateRepository.class, MemoryStateRepository::new);

    /** The options that take a bean, and the bean of the runner each test gives them by reference. */
    private static final Map<String, String> REFERENCES = Map.of("sslContextParameters", "tls",
            "idempotentRepository", "records", "syncStateRepository", "syncState",
            "photoServerSslContextParameters", "tls");

    /** A value unlike the option's default, as a property, and what the component's getter then says. */
    private record Case(String property, Object expected) {
    }

    private static Case caseFor(String name, JsonNode option) {
        String type = option.get("type").asText();
        JsonNode def = option.path("defaultValue");
        switch (type) {
        case "boolean":
            boolean b = !def.asBoolean(false);
            return new Case(Boolean.toString(b), b);
        case "integer":
            int i = def.asInt(0) + 7;
            return new Case(Integer.toString(i), i);
        case "duration":
            // Camel's duration syntax, as Camel Main takes it
            long ms = def.asLong(0) + 3000;
            return new Case(ms / 1000 + "s", ms);
        case "string":
            String s = "brokerUrl".equals(name) ? "tcp://127.0.0.1:1999" : "set-" + name;
            return new Case(s, s);
        default:
            return null; // objects: below
        }
    }

    @Test
    void everyComponentOptionBinds() throws Exception {
        Map<String, JsonNode> options = StarterFiles.options(StarterFiles.componentJson());
        Map<String, Object> expected = new LinkedHashMap<>();
        List<String> properties = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : options.entrySet()) {
            String name = e.getKey();
            if ("configuration".equals(name) || REFERENCES.containsKey(name)) {
                continue;
            }
            Case c = caseFor(name, e.getValue());
            assertThat(c).as("a test value for the option " + name + " of type " + e.getValue().get("type"))
                    .isNotNull();
            properties.add("camel.component.hfcamera." + StarterFiles.kebab(name) + "=" + c.property());
            expected.put(name, c.expected());
        }
        // by reference, both ways Camel writes one
        properties.add("camel.component.hfcamera.ssl-context-parameters=#bean:tls");
        properties.add("camel.component.hfcamera.idempotent-repository=#records");
        properties.add("camel.component.hfcamera.sync-state-repository=#bean:syncState");
        properties.add("camel.component.hfcamera.photo-server-ssl-context-parameters=#tls");

        runner.withPropertyValues(properties.toArray(String[]::new)).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            CamelContext camel = ctx.getBean(CamelContext.class);
            HfCameraComponent hf = camel.getComponent("hfcamera", HfCameraComponent.class);
            PropertyConfigurerGetter getter = (PropertyConfigurerGetter) hf.getComponentPropertyConfigurer();
            for (Map.Entry<String, Object> e : expected.entrySet()) {
                assertThat(getter.getOptionValue(hf, e.getKey(), false)).as(e.getKey()).isEqualTo(e.getValue());
            }
            for (Map.Entry<String, String> r : REFERENCES.entrySet()) {
                assertThat(getter.getOptionValue(hf, r.getKey(), false)).as(r.getKey()).isSameAs(ctx.getBean(r.getValue()));
            }
            // every option but the shared configuration object was checked
            assertThat(expected).hasSize(options.size() - 1 - REFERENCES.size());
        });
    }

    @Test
    void relaxedNamesBindAsWell() {
        runner.withPropertyValues("camel.component.hfcamera.brokerUrl=tcp://127.0.0.1:1888",
                "camel.component.hfcamera.request_timeout=2500").run(ctx -> {
                    HfCameraComponent hf = ctx.getBean(CamelContext.class).getComponent("hfcamera",
                            HfCameraComponent.class);
                    assertThat(hf.getConfiguration().getBrokerUrl()).isEqualTo("tcp://127.0.0.1:1888");
                    assertThat(hf.getConfiguration().getRequestTimeout()).isEqualTo(2500L);
                });
    }

    @Test
    void unsetOptionsKeepTheDefaultsAndASharedConfigurationBeanItsValues() {
        runner.withBean("shared", HfCameraConfiguration.class, () -> {
            HfCameraConfiguration c = new HfCameraConfiguration();
            c.setTopicPrefix("site-a/face");
            return c;
        }).withPropertyValues("camel.component.hfcamera.configuration=#bean:shared",
                "camel.component.hfcamera.broker-url=tcp://127.0.0.1:1777").run(ctx -> {
                    HfCameraComponent hf = ctx.getBean(CamelContext.class).getComponent("hfcamera",
                            HfCameraComponent.class);
                    assertThat(hf.getConfiguration()).isSameAs(ctx.getBean("shared"));
                    assertThat(hf.getConfiguration().getTopicPrefix()).isEqualTo("site-a/face");
                    assertThat(hf.getConfiguration().getBrokerUrl()).isEqualTo("tcp://127.0.0.1:1777");
                    // not set anywhere: the component's default
                    assertThat(hf.getConfiguration().getRequestTimeout()).isEqualTo(10000L);
                    assertThat(hf.isHealthCheckEnabled()).isTrue();
                });
    }

    @Test
    void anUnknownPropertyFailsTheStartNamingIt() {
        runner.withPropertyValues("camel.component.hfcamera.broker-uri=tcp://127.0.0.1:1883").run(ctx -> {
            assertThat(ctx).hasFailed();
            Throwable t = ctx.getStartupFailure();
            UnboundConfigurationPropertiesException unbound = null;
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof UnboundConfigurationPropertiesException u) {
                    unbound = u;
                }
            }
            assertThat(unbound).as("Spring Boot's unbound property failure in " + t).isNotNull();
            assertThat(unbound.getUnboundProperties()).extracting(p -> p.getName().toString())
                    .containsExactly("camel.component.hfcamera.broker-uri");
            assertThat(unbound.getMessage())
                    .isEqualTo("The elements [camel.component.hfcamera.broker-uri] were left unbound.");
        });
    }

    @Test
    void camelsOwnGeneratedStartersIgnoreAnUnknownPropertyWhereThisOneFails() {
        // what Camel Spring Boot does by itself: camel-micrometer-starter's generated configuration binds with
        // Spring Boot's default (ignoreUnknownFields = true), so a typo there starts silently
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                        org.apache.camel.component.micrometer.springboot.MicrometerComponentConverter.class,
                        org.apache.camel.component.micrometer.springboot.MicrometerComponentAutoConfiguration.class))
                .withPropertyValues("camel.component.micrometer.no-such-option=1")
                .run(ctx -> assertThat(ctx).hasNotFailed());
        runner.withPropertyValues("camel.component.hfcamera.no-such-option=1")
                .run(ctx -> assertThat(ctx).hasFailed());
    }

    @Test
    void aValueOfTheWrongTypeFailsTheStartNamingTheProperty() {
        runner.withPropertyValues("camel.component.hfcamera.connection-timeout=soon").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("soon");
            assertThat(ctx.getStartupFailure()).hasMessageContaining("camel.component.hfcamera");
        });
        runner.withPropertyValues("camel.component.hfcamera.ssl-context-parameters=#bean:missing").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).hasMessageContaining("camel.component.hfcamera");
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("missing");
        });
    }

    @Test
    void disabledAutoConfigurationLeavesTheComponentAlone() {
        runner.withPropertyValues("camel.component.hfcamera.enabled=false",
                "camel.component.hfcamera.broker-url=tcp://127.0.0.1:1666").run(ctx -> {
                    assertThat(ctx).hasNotFailed().doesNotHaveBean(HfCameraComponentConfiguration.class);
                    HfCameraComponent hf = ctx.getBean(CamelContext.class).getComponent("hfcamera",
                            HfCameraComponent.class);
                    assertThat(hf.getConfiguration().getBrokerUrl()).isEqualTo("tcp://localhost:1883");
                });
        runner.withPropertyValues("camel.component.hfcamera.customizer.enabled=false",
                "camel.component.hfcamera.broker-url=tcp://127.0.0.1:1666").run(ctx -> {
                    HfCameraComponent hf = ctx.getBean(CamelContext.class).getComponent("hfcamera",
                            HfCameraComponent.class);
                    assertThat(hf.getConfiguration().getBrokerUrl()).isEqualTo("tcp://localhost:1883");
                });
    }

    @Test
    void useGlobalSslContextParametersTakesCamelSslConfig() {
        runner.withPropertyValues("camel.component.hfcamera.use-global-ssl-context-parameters=true",
                "camel.ssl.config.secure-socket-protocol=TLSv1.3").run(ctx -> {
                    CamelContext camel = ctx.getBean(CamelContext.class);
                    HfCameraComponent hf = camel.getComponent("hfcamera", HfCameraComponent.class);
                    assertThat(hf.isUseGlobalSslContextParameters()).isTrue();
                    assertThat(camel.getSSLContextParameters()).isNotNull();
                    assertThat(camel.getSSLContextParameters().getSecureSocketProtocol()).isEqualTo("TLSv1.3");
                });
    }
}
