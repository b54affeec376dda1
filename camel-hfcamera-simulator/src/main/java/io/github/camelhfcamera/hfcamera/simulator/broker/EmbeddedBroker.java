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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Apache ActiveMQ Artemis broker in this JVM with one MQTT acceptor on 127.0.0.1, for tests, the demo and the
 * benchmarks. Artemis serves MQTT 3.1.1 and MQTT 5 on the same port, including shared subscriptions
 * ({@code $share/group/topic}).
 * <p>
 * Persistence is off and security is off unless a user is configured. The port is a free one unless given, and it is
 * kept: {@link #stop()} then {@link #start()} brings the broker back on the same port, for reconnection tests.
 *
 * <pre>{@code
 * try (EmbeddedBroker broker = EmbeddedBroker.create()) {
 *     String url = broker.brokerUrl();   // tcp://127.0.0.1:PORT
 *     ...
 *     broker.stop();                      // clients lose their connection
 *     broker.start();                     // same port again
 * }
 * }</pre>
 */
public final class EmbeddedBroker implements Broker {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);

    private final int port;
    private final String username;
    private final String password;
    private final Path keyStorePath;
    private final String keyStorePassword;
    private final Path clientTrustStorePath;
    private final String clientTrustStorePassword;
    private final Path dataDir;
    /** More logins: name, then password and roles. */
    private final Map<String, List<String>> users;
    /** Security settings by address match, replacing the default one that lets the credentials' user do anything. */
    private final Map<String, Set<Role>> securitySettings;
    private EmbeddedActiveMQ server;

    private EmbeddedBroker(Builder b) {
        this.port = b.port > 0 ? b.port : FreePorts.find();
        this.username = b.username;
        this.password = b.password;
        this.keyStorePath = b.keyStorePath;
        this.keyStorePassword = b.keyStorePassword;
        this.clientTrustStorePath = b.clientTrustStorePath;
        this.clientTrustStorePassword = b.clientTrustStorePassword;
        this.users = Map.copyOf(b.users);
        this.securitySettings = Map.copyOf(b.securitySettings);
        if (clientTrustStorePath != null && keyStorePath == null) {
            throw new IllegalArgumentException("requireClientCertificate needs tls(keyStore, password) as well");
        }
        try {
            this.dataDir = Files.createTempDirectory("hfcamera-artemis-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the broker's temporary directory", e);
        }
    }

    /** A broker on a free port, started, with security and TLS off. */
    public static EmbeddedBroker create() {
        return builder().start();
    }

    /** Options before the first start. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the broker (again) on its port. Does nothing when it runs already.
     *
     * @return this broker
     */
    public synchronized EmbeddedBroker start() {
        if (server != null) {
            return this;
        }
        EmbeddedActiveMQ s = new EmbeddedActiveMQ();
        s.setConfiguration(configuration());
        if (secured()) {
            SecurityConfiguration logins = new SecurityConfiguration();
            if (username != null) {
                logins.addUser(username, password);
                logins.addRole(username, "hf");
            }
            users.forEach((name, passwordAndRoles) -> {
                logins.addUser(name, passwordAndRoles.get(0));
                passwordAndRoles.subList(1, passwordAndRoles.size()).forEach(role -> logins.addRole(name, role));
            });
            s.setSecurityManager(new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), logins));
        }
        try {
            s.start();
        } catch (Exception e) {
            try {
                s.stop();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalStateException("Artemis did not start on 127.0.0.1:" + port, e);
        }
        server = s;
        LOG.info("Embedded Artemis MQTT broker at {}{}", brokerUrl(), username == null ? "" : " (user " + username + ")");
        return this;
    }

    private Configuration configuration() {
        ConfigurationImpl c = new ConfigurationImpl();
        c.setName("hfcamera-embedded-" + port);
        c.setPersistenceEnabled(false);
        c.setJMXManagementEnabled(false);
        c.setSecurityEnabled(secured());
        // on a busy build machine the analyzer would shut the broker down as "stuck"
        c.setCriticalAnalyzer(false);
        // no disk-full blocking: nothing is persisted
        c.setMaxDiskUsage(-1);
        c.setBrokerInstance(dataDir.toFile());
        c.setJournalDirectory(dataDir.resolve("journal").toString());
        c.setBindingsDirectory(dataDir.resolve("bindings").toString());
        c.setPagingDirectory(dataDir.resolve("paging").toString());
        c.setLargeMessagesDirectory(dataDir.resolve("large-messages").toString());
        StringBuilder url = new StringBuilder("tcp://127.0.0.1:").append(port).append("?protocols=MQTT");
        if (keyStorePath != null) {
            url.append(";sslEnabled=true;keyStorePath=").append(keyStorePath.toAbsolutePath())
                    .append(";keyStorePassword=").append(keyStorePassword);
            if (clientTrustStorePath != null) {
                url.append(";needClientAuth=true;trustStorePath=").append(clientTrustStorePath.toAbsolutePath())
                        .append(";trustStorePassword=").append(clientTrustStorePassword);
            }
        }
        try {
            c.addAcceptorConfiguration("mqtt", url.toString());
        } catch (Exception e) {
            throw new IllegalStateException("bad acceptor configuration", e);
        }
        // as the stock broker.xml does; without them Artemis warns about every MQTT subscription queue
        c.addAddressSetting("#", new AddressSettings().setDeadLetterAddress(SimpleString.of("DLQ"))
                .setExpiryAddress(SimpleString.of("ExpiryQueue")));
        if (!securitySettings.isEmpty()) {
            securitySettings.forEach(c::putSecurityRoles);
        } else if (username != null) {
            c.putSecurityRoles("#", Set.of(new Role("hf", true, true, true, true, true, true, true, true, true, true,
                    false, false)));
        }
        return c;
    }

    private boolean secured() {
        return username != null || !users.isEmpty();
    }

    /**
     * Reads Artemis {@code <security-settings>} (as in {@code broker.xml}: {@code <security-setting match="...">} with
     * {@code <permission type="send" roles="a,b"/>} ...) into the roles per match that {@link Builder#securitySettings}
     * takes.
     */
    public static Map<String, Set<Role>> parseSecuritySettings(String xml) {
        try {
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new org.xml.sax.InputSource(
                    new java.io.StringReader(xml)));
            Map<String, Set<Role>> settings = new java.util.LinkedHashMap<>();
            org.w3c.dom.NodeList matches = doc.getElementsByTagName("security-setting");
            for (int i = 0; i < matches.getLength(); i++) {
                org.w3c.dom.Element setting = (org.w3c.dom.Element) matches.item(i);
                Map<String, Set<String>> permissionsByRole = new java.util.TreeMap<>();
                org.w3c.dom.NodeList permissions = setting.getElementsByTagName("permission");
                for (int j = 0; j < permissions.getLength(); j++) {
                    org.w3c.dom.Element p = (org.w3c.dom.Element) permissions.item(j);
                    for (String role : p.getAttribute("roles").split(",")) {
                        permissionsByRole.computeIfAbsent(role.trim(), r -> new java.util.HashSet<>())
                                .add(p.getAttribute("type"));
                    }
                }
                Set<Role> roles = new java.util.HashSet<>();
                permissionsByRole.forEach((role, types) -> roles.add(new Role(role, types.contains("send"),
                        types.contains("consume"), types.contains("createDurableQueue"),
                        types.contains("deleteDurableQueue"), types.contains("createNonDurableQueue"),
                        types.contains("deleteNonDurableQueue"), types.contains("manage"), types.contains("browse"),
                        types.contains("createAddress"), types.contains("deleteAddress"), false, false)));
                settings.put(setting.getAttribute("match"), roles);
            }
            return settings;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException | IOException e) {
            throw new IllegalArgumentException("not Artemis security settings: " + e.getMessage(), e);
        }
    }

    /**
     * Stops the broker; connected clients lose their connection. The port is kept for {@link #start()}.
     */
    public synchronized void stop() {
        EmbeddedActiveMQ s = server;
        server = null;
        if (s == null) {
            return;
        }
        try {
            s.stop();
            LOG.info("Embedded Artemis MQTT broker at {} stopped", brokerUrl());
        } catch (Exception e) {
            throw new IllegalStateException("Artemis did not stop cleanly", e);
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** {@code tcp://127.0.0.1:PORT}, or {@code ssl://127.0.0.1:PORT} with TLS. */
    public String brokerUrl() {
        return (keyStorePath != null ? "ssl" : "tcp") + "://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** The user clients must log in as, or {@code null} when security is off. */
    public String username() {
        return username;
    }

    /** Stops the broker and removes its temporary directory. */
    @Override
    public void close() {
        stop();
        FreePorts.deleteTree(dataDir);
    }

    @Override
    public String toString() {
        return "EmbeddedBroker[" + brokerUrl() + (isRunning() ? "" : ", stopped") + "]";
    }

    /** Options of an {@link EmbeddedBroker}. */
    public static final class Builder extends BrokerOptions<Builder> {
        private Path keyStorePath;
        private String keyStorePassword;
        private Path clientTrustStorePath;
        private String clientTrustStorePassword;
        private final Map<String, List<String>> users = new java.util.LinkedHashMap<>();
        private final Map<String, Set<Role>> securitySettings = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Turns security on and adds a login with these roles (beside {@link #credentials}, if given). */
        public Builder user(String name, String password, String... roles) {
            List<String> entry = new java.util.ArrayList<>();
            entry.add(Objects.requireNonNull(password, "password"));
            entry.addAll(List.of(roles));
            users.put(Objects.requireNonNull(name, "name"), entry);
            return this;
        }

        /**
         * Security settings by address match (see {@link #parseSecuritySettings}), instead of the default that lets
         * the user of {@link #credentials} do anything.
         */
        public Builder securitySettings(Map<String, Set<Role>> settings) {
            securitySettings.putAll(settings);
            return this;
        }

        /** Serves MQTT over TLS with this key store (JKS or PKCS12); {@link #brokerUrl()} then says {@code ssl://}. */
        public Builder tls(Path keyStorePath, String keyStorePassword) {
            this.keyStorePath = Objects.requireNonNull(keyStorePath, "keyStorePath");
            this.keyStorePassword = Objects.requireNonNull(keyStorePassword, "keyStorePassword");
            return this;
        }

        /**
         * With {@link #tls}: clients must present a certificate that this trust store (JKS or PKCS12) trusts; a
         * client without one is refused during the TLS handshake.
         */
        public Builder requireClientCertificate(Path trustStorePath, String trustStorePassword) {
            this.clientTrustStorePath = Objects.requireNonNull(trustStorePath, "trustStorePath");
            this.clientTrustStorePassword = Objects.requireNonNull(trustStorePassword, "trustStorePassword");
            return this;
        }

        /** A broker with these options, not started. */
        public EmbeddedBroker build() {
            return new EmbeddedBroker(this);
        }

        /** A broker with these options, started. */
        public EmbeddedBroker start() {
            return build().start();
        }
    }
}
