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
package io.github.camelhfcamera.hfcamera.simulator.broker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away certificate authority with a broker certificate and a client certificate it signed, for TLS tests
 * against {@link EmbeddedBroker} (PKCS12 key stores) and {@link MosquittoBroker} (PEM files). It is made with the
 * JDK's own {@code keytool}, so nothing but a JDK is needed.
 * <p>
 * The broker certificate is for {@code 127.0.0.1} and {@code localhost}. Every key store and private key uses the
 * password {@link #PASSWORD}. Two calls give two unrelated authorities: a client trusting one does not trust a
 * broker of the other, which is how the tests make an untrusted certificate.
 *
 * <pre>{@code
 * TestCertificates pki = TestCertificates.generate(dir);
 * EmbeddedBroker broker = EmbeddedBroker.builder().tls(pki.brokerKeyStore(), TestCertificates.PASSWORD)
 *         .requireClientCertificate(pki.trustStore(), TestCertificates.PASSWORD).start();
 * }</pre>
 *
 * @param dir            where the files are
 * @param trustStore     PKCS12 with the authority's certificate only: what clients (and a broker checking client
 *                       certificates) trust
 * @param authorityPem   the authority's certificate, PEM (Mosquitto's {@code cafile})
 * @param brokerKeyStore PKCS12 with the broker's key and certificate chain (alias {@code broker})
 * @param brokerCertPem  the broker's certificate chain, PEM (Mosquitto's {@code certfile})
 * @param brokerKeyPem   the broker's private key, unencrypted PKCS#8 PEM (Mosquitto's {@code keyfile})
 * @param clientKeyStore PKCS12 with the client's key and certificate chain (alias {@code client}, CN
 *                       {@code hfcamera-platform})
 */
public record TestCertificates(Path dir, Path trustStore, Path authorityPem, Path brokerKeyStore, Path brokerCertPem,
                               Path brokerKeyPem, Path clientKeyStore) {

    /** The password of every key store and key made here. */
    public static final String PASSWORD = "changeit";

    /** Makes an authority, a broker certificate and a client certificate in {@code dir} (created if absent). */
    public static TestCertificates generate(Path dir) {
        Objects.requireNonNull(dir, "dir");
        try {
            Files.createDirectories(dir);
            // all three keys in one working store, so that keytool signs with -signer (JDK 17 has no
            // -signerkeystore); the stores handed out are then written here from it
            Path work = dir.resolve("authority.p12");
            keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "3",
                    "-dname", "CN=hfcamera test authority " + Long.toHexString(System.nanoTime()),
                    "-ext", "bc:c", "-ext", "KeyUsage:c=keyCertSign,cRLSign", "-storetype", "PKCS12",
                    "-keystore", work.toString(), "-storepass", PASSWORD);
            keytool("-genkeypair", "-alias", "broker", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "3",
                    "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-ext", "EKU=serverAuth",
                    "-signer", "ca", "-keystore", work.toString(), "-storepass", PASSWORD);
            keytool("-genkeypair", "-alias", "client", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "3",
                    "-dname", "CN=hfcamera-platform", "-ext", "EKU=clientAuth",
                    "-signer", "ca", "-keystore", work.toString(), "-storepass", PASSWORD);
            KeyStore all = load(work);

            Path trust = dir.resolve("truststore.p12");
            KeyStore ts = empty();
            ts.setCertificateEntry("ca", all.getCertificate("ca"));
            store(ts, trust);
            Path caPem = dir.resolve("authority.pem");
            Files.writeString(caPem, pem("CERTIFICATE", all.getCertificate("ca").getEncoded()),
                    StandardCharsets.US_ASCII);
            Path broker = keyStoreOf(all, "broker", dir);
            Path client = keyStoreOf(all, "client", dir);

            Path brokerPem = dir.resolve("broker.pem");
            StringBuilder chain = new StringBuilder();
            for (java.security.cert.Certificate c : all.getCertificateChain("broker")) {
                chain.append(pem("CERTIFICATE", c.getEncoded()));
            }
            Files.writeString(brokerPem, chain, StandardCharsets.US_ASCII);
            Path brokerKey = dir.resolve("broker-key.pem");
            Key key = all.getKey("broker", PASSWORD.toCharArray());
            Files.writeString(brokerKey, pem("PRIVATE KEY", key.getEncoded()), StandardCharsets.US_ASCII);
            return new TestCertificates(dir, trust, caPem, broker, brokerPem, brokerKey, client);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write test certificates in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the test certificates made in " + dir, e);
        }
    }

    /** A key store with only this key and its chain. */
    private static Path keyStoreOf(KeyStore all, String alias, Path dir) throws IOException, GeneralSecurityException {
        KeyStore ks = empty();
        ks.setKeyEntry(alias, all.getKey(alias, PASSWORD.toCharArray()), PASSWORD.toCharArray(),
                all.getCertificateChain(alias));
        Path p = dir.resolve(alias + ".p12");
        store(ks, p);
        return p;
    }

    private static KeyStore empty() throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        return ks;
    }

    private static void store(KeyStore ks, Path p) throws IOException, GeneralSecurityException {
        try (var out = Files.newOutputStream(p)) {
            ks.store(out, PASSWORD.toCharArray());
        }
    }

    private static byte[] keytool(String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.PIPE).start();
        byte[] out;
        byte[] err;
        try (InputStream o = p.getInputStream(); InputStream e = p.getErrorStream()) {
            out = o.readAllBytes();
            err = e.readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("keytool " + args[0] + " did not finish within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted while running keytool " + args[0], e);
        }
        if (p.exitValue() != 0) {
            throw new IOException("keytool " + args[0] + " failed (exit " + p.exitValue() + "): "
                    + new String(out, StandardCharsets.UTF_8) + new String(err, StandardCharsets.UTF_8));
        }
        return out;
    }

    private static KeyStore load(Path p) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        return ks;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /**
     * An SSL context trusting this authority and, when {@code withClientCertificate}, presenting the client
     * certificate: what a simulated camera uses. The component itself is configured through Camel's
     * SSLContextParameters instead.
     */
    public SSLContext sslContext(boolean withClientCertificate) {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(load(trustStore));
            KeyManagerFactory kmf = null;
            if (withClientCertificate) {
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(load(clientKeyStore), PASSWORD.toCharArray());
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return ctx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build an SSL context from " + dir, e);
        }
    }
}
