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

import java.nio.file.Path;
import java.time.Duration;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import io.github.camelhfcamera.hfcamera.simulator.broker.TestCertificates;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.security.CamelSSLAutoConfiguration;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * TLS to an ssl:// broker (an embedded Artemis with a throw-away authority), configured two ways: Camel Spring
 * Boot's global camel.ssl.config.* with use-global-ssl-context-parameters, and an SSLContextParameters bean by
 * reference.
 */
class TlsTest {

    @TempDir
    static Path dir;
    /** One authority for both tests (keytool takes seconds). */
    static TestCertificates pki;

    @BeforeAll
    static void certificates() {
        pki = TestCertificates.generate(dir);
    }

    private static RoutesBuilder eventsRoute() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("hfcamera:events?type=recognition").routeId("tls-events").log("a recognition record");
            }
        };
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, CamelSSLAutoConfiguration.class,
                    HfCameraComponentConverter.class, HfCameraComponentAutoConfiguration.class))
            .withBean("eventsRoute", RoutesBuilder.class, TlsTest::eventsRoute);

    @Test
    void globalSslContextParametersFromCamelSslConfig() {
        try (EmbeddedBroker broker = EmbeddedBroker.builder().tls(pki.brokerKeyStore(), TestCertificates.PASSWORD)
                .start()) {
            assertThat(broker.brokerUrl()).startsWith("ssl://");
            runner.withPropertyValues("camel.component.hfcamera.broker-url=" + broker.brokerUrl(),
                    "camel.component.hfcamera.use-global-ssl-context-parameters=true",
                    "camel.ssl.config.trust-managers.key-store.resource=file:" + pki.trustStore().toAbsolutePath(),
                    "camel.ssl.config.trust-managers.key-store.password=" + TestCertificates.PASSWORD,
                    "camel.ssl.config.trust-managers.key-store.type=PKCS12").run(ctx -> {
                        assertThat(ctx).hasNotFailed();
                        HfCameraComponent hf = ctx.getBean(CamelContext.class).getComponent("hfcamera",
                                HfCameraComponent.class);
                        assertThat(hf.getConfiguration().getSslContextParameters()).isNull();
                        await().atMost(Duration.ofSeconds(15)).until(() -> hf.getConnections() == 1 && hf.isAllConnected());
                    });
        }
    }

    @Test
    void sslContextParametersBeanByReference() {
        try (EmbeddedBroker broker = EmbeddedBroker.builder().tls(pki.brokerKeyStore(), TestCertificates.PASSWORD)
                .start()) {
            runner.withBean("brokerTls", SSLContextParameters.class, () -> {
                KeyStoreParameters ks = new KeyStoreParameters();
                ks.setResource("file:" + pki.trustStore().toAbsolutePath());
                ks.setPassword(TestCertificates.PASSWORD);
                ks.setType("PKCS12");
                TrustManagersParameters tm = new TrustManagersParameters();
                tm.setKeyStore(ks);
                SSLContextParameters p = new SSLContextParameters();
                p.setTrustManagers(tm);
                return p;
            }).withPropertyValues("camel.component.hfcamera.broker-url=" + broker.brokerUrl(),
                    "camel.component.hfcamera.ssl-context-parameters=#bean:brokerTls").run(ctx -> {
                        assertThat(ctx).hasNotFailed();
                        HfCameraComponent hf = ctx.getBean(CamelContext.class).getComponent("hfcamera",
                                HfCameraComponent.class);
                        assertThat(hf.getConfiguration().getSslContextParameters()).isSameAs(ctx.getBean("brokerTls"));
                        await().atMost(Duration.ofSeconds(15)).until(() -> hf.getConnections() == 1 && hf.isAllConnected());
                    });
        }
    }
}
