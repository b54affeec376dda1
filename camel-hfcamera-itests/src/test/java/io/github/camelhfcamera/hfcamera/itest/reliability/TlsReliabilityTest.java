package io.github.camelhfcamera.hfcamera.itest.reliability;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.protocol.model.SysTime;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Issue 7, security: TLS and a login together on Artemis through Camel's SSLContextParameters; a broker certificate
 * the component does not trust is a clear startup error naming the broker, never a silent plain connection.
 */
class TlsReliabilityTest {

    static final String SECRET = "tls-Pa55-word";

    static Path keyStore(Path dir, String name) throws Exception {
        Path ks = dir.resolve(name + ".p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", name, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", ks.toString(), "-storepass", "changeit").redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        return ks;
    }

    static SSLContextParameters trusting(Path keyStore) {
        KeyStoreParameters trust = new KeyStoreParameters();
        trust.setResource("file:" + keyStore);
        trust.setPassword("changeit");
        trust.setType("PKCS12");
        TrustManagersParameters tmp = new TrustManagersParameters();
        tmp.setKeyStore(trust);
        SSLContextParameters ssl = new SSLContextParameters();
        ssl.setTrustManagers(tmp);
        return ssl;
    }

    static HfCameraComponent component(EmbeddedBroker broker, SSLContextParameters ssl) {
        HfCameraComponent c = new HfCameraComponent();
        c.setBrokerUrl(broker.brokerUrl());
        c.setUserName("platform");
        c.setPassword(SECRET);
        c.setSslContextParameters(ssl);
        c.setConnectionTimeout(5);
        c.getConfiguration().setRequestTimeout(5000);
        return c;
    }

    @Test
    void tlsWithALoginWorksAndAnUntrustedBrokerCertificateIsAClearStartupError(@TempDir Path dir) throws Exception {
        Path brokerKeys = keyStore(dir, "broker");
        Path otherKeys = keyStore(dir, "impostor");
        try (EmbeddedBroker broker = EmbeddedBroker.builder().credentials("platform", SECRET).tls(brokerKeys, "changeit")
                .start(); CamelContext ctx = new DefaultCamelContext(); CamelContext wrong = new DefaultCamelContext()) {
            SSLContextParameters ssl = trusting(brokerKeys);
            SimulatedFleet fleet = CameraSimulator.builder().brokerUrl(broker.brokerUrl())
                    .credentials("platform", SECRET).sslSocketFactory(ssl.createSSLContext(ctx).getSocketFactory())
                    .deviceIds("cam-1").start();
            try {
                ctx.addComponent("hfcamera", component(broker, ssl));
                ctx.start();
                assertThat(ctx.createProducerTemplate().requestBody(
                        "hfcamera:command?deviceId=cam-1&operator=GetSysTime", (Object) null)).isInstanceOf(SysTime.class);

                wrong.addComponent("hfcamera", component(broker, trusting(otherKeys)));
                wrong.start();
                Throwable refused = catchThrowable(() -> wrong.createProducerTemplate().requestBody(
                        "hfcamera:command?deviceId=cam-1&operator=GetSysTime", (Object) null));
                assertThat(refused).hasStackTraceContaining("cannot connect to " + broker.brokerUrl())
                        .hasStackTraceContaining("PKIX path");
                assertThat(fleet.camera("cam-1").receivedCommands("GetSysTime")).hasSize(1);
            } finally {
                fleet.close();
            }
        }
    }
}
