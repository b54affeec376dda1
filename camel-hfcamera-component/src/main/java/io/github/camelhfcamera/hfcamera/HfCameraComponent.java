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

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.camelhfcamera.hfcamera.session.DeviceStatus;
import io.github.camelhfcamera.hfcamera.session.HfSession;
import io.github.camelhfcamera.hfcamera.session.HfSessionConfig;
import io.github.camelhfcamera.hfcamera.session.HfSessionExecutors;
import io.github.camelhfcamera.hfcamera.session.HfTls;
import io.github.camelhfcamera.hfcamera.session.RecordRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.StartupListener;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * The {@code hfcamera:} component: persons, commands and events of HF network cameras (MQTT protocol V1.25) over
 * ONE MQTT connection per component instance, whatever the number of endpoints and devices.
 * <p>
 * The connection options are shared options: an endpoint that overrides one of them (a Kamelet naming its broker, a
 * route on a second broker) gets a connection of its own, shared by every endpoint with the same values.
 */
@Component("hfcamera")
public class HfCameraComponent extends DefaultComponent implements SSLContextParametersAware {

    /** A URL-encoded broker URL or placeholder: {@code tcp%3A%2F%2F...}, {@code %7B%7B...}. */
    private static final java.util.regex.Pattern ENCODED_URL = java.util.regex.Pattern.compile(
            "(?i)([a-z][a-z0-9+.-]*%3A%2F%2F|%7B%7B)");

    @Metadata(description = "The options shared by every endpoint (copied per endpoint).")
    private HfCameraConfiguration configuration = new HfCameraConfiguration();

    @Metadata(label = "advanced", defaultValue = "true",
              description = "Register the health checks: readiness = broker connected; liveness per known device.")
    private boolean healthCheckEnabled = true;

    @Metadata(label = "security", defaultValue = "false",
              description = "Use the CamelContext's global SSLContextParameters (the camel.ssl options of Camel Main,"
                            + " Spring Boot and Quarkus) for ssl:// and wss:// brokers when sslContextParameters is"
                            + " not set.")
    private boolean useGlobalSslContextParameters;

    /** The open connections, by the options that select them; the component's own options give the first. */
    private final Map<Object, HfSession> sessions = new LinkedHashMap<>();
    private final Map<HfSession, HfSessionExecutors> sessionThreads = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<IdempotentRepository> ownRepositories = new ArrayList<>();
    private HfCameraHealthCheck healthCheck;
    private HfCameraDevicesHealthCheckRepository deviceChecks;

    public HfCameraComponent() {
    }

    public HfCameraComponent(CamelContext context) {
        super(context);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        HfCameraKind kind;
        try {
            kind = HfCameraKind.valueOf(remaining);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("hfcamera:" + remaining + " is not an endpoint kind; use one of "
                    + Arrays.toString(HfCameraKind.values()));
        }
        HfCameraEndpoint endpoint = new HfCameraEndpoint(uri, this, kind, configuration.copy());
        setProperties(endpoint, parameters);
        HfCameraConfiguration c = endpoint.getConfiguration();
        c.setBrokerUrl(decodedBrokerUrl(c.getBrokerUrl()));
        return endpoint;
    }

    /**
     * A brokerUrl as given, or decoded when it arrives URL-encoded: a Pipe under Camel Main hands its properties to
     * the Kamelet that way ({@code tcp%3A%2F%2Fbroker%3A1883}, a placeholder as {@code %7B%7Bbroker.url%7D%7D}),
     * which the Kamelet passes on as it is. A plain URL never holds {@code %3A} before its "://", so nothing else
     * changes. A placeholder revealed by the decoding is resolved.
     */
    String decodedBrokerUrl(String url) {
        if (url == null || !ENCODED_URL.matcher(url).lookingAt()) {
            return url;
        }
        String decoded = java.net.URLDecoder.decode(url.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        return decoded.contains("{{") ? getCamelContext().resolvePropertyPlaceholders(decoded) : decoded;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        getCamelContext().addStartupListener(new StartupListener() {
            @Override
            public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
            }

            @Override
            public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
                // the consumers are all there now: records may be received (and acknowledged) from here on
                openEventsOfConsumedSessions();
            }
        });
    }

    /** The component's own connection (its options), opened on first use. */
    public HfSession acquireSession() {
        return acquireSession(configuration);
    }

    /**
     * The connection for these options, opened on first use: the same one for every endpoint whose connection
     * options are equal.
     */
    public synchronized HfSession acquireSession(HfCameraConfiguration options) {
        Object key = options.connectionKey();
        HfSession s = sessions.get(key);
        if (s == null) {
            s = open(options);
            sessions.put(key, s);
            registerHealthChecks();
        }
        return s;
    }

    private HfSession open(HfCameraConfiguration o) {
        IdempotentRepository repo = o.getIdempotentRepository();
        if (repo == null) {
            repo = MemoryIdempotentRepository.memoryIdempotentRepository(10000);
            ownRepositories.add(repo);
        }
        ServiceHelper.startService(repo);
        String clientId = o.getClientId();
        if (clientId != null && !clientId.isBlank()) {
            // a second connection must not take the first one's client id (the broker would drop one of them)
            for (HfSession other : sessions.values()) {
                if (clientId.equals(other.config().clientId())) {
                    clientId = clientId + "-" + (sessions.size() + 1);
                }
            }
        }
        HfSessionConfig cfg = new HfSessionConfig()
                .brokerUrl(o.getBrokerUrl()).clientId(clientId).userName(o.getUserName()).password(o.getPassword())
                .automaticReconnect(o.isAutomaticReconnect()).connectionTimeout(o.getConnectionTimeout())
                .keepAliveInterval(o.getKeepAliveInterval()).topicPrefix(o.getTopicPrefix())
                .heartbeatTopic(o.getHeartbeatTopic()).onlineTopic(o.getOnlineTopic())
                .requestTimeout(Duration.ofMillis(o.getRequestTimeout()))
                .batchTimeout(Duration.ofMillis(o.getBatchTimeout()))
                .busyRetryDelay(Duration.ofMillis(o.getBusyRetryDelay()))
                .heartbeatInterval(Duration.ofMillis(o.getHeartbeatInterval()))
                .heartbeatMissesBeforeLost(o.getHeartbeatMissesBeforeLost())
                .allowedDevices(parseList(o.getAllowedDevices()))
                .sharedSubscriptionGroup(o.getSharedSubscriptionGroup()).maxPayloadSize(o.getMaxPayloadSize())
                .recordRepository(adapt(repo)).gapRecovery(o.isGapRecovery())
                .gapRecoveryMargin(Duration.ofMillis(o.getGapRecoveryMargin()))
                .maxDevices(o.getMaxDevices()).deviceExpiry(Duration.ofMillis(o.getDeviceExpiry()))
                .maxQueuedMessages(o.getMaxQueuedMessages()).maxQueuedBytes(o.getMaxQueuedBytes())
                .eventThreads(o.getEventThreads());
        SSLContextParameters ssl = o.getSslContextParameters();
        String url = String.valueOf(o.getBrokerUrl());
        if (ssl == null && useGlobalSslContextParameters && (url.startsWith("ssl://") || url.startsWith("wss://"))) {
            ssl = retrieveGlobalSslContextParameters();
            if (ssl == null) {
                throw new IllegalArgumentException("useGlobalSslContextParameters is true but the CamelContext has no"
                                                   + " SSLContextParameters (set camel.ssl.* or"
                                                   + " CamelContext.setSSLContextParameters)");
            }
        }
        if (ssl != null) {
            try {
                cfg.tls(tls(ssl));
            } catch (Exception e) {
                throw new IllegalArgumentException((o.getSslContextParameters() != null ? "sslContextParameters"
                        : "the global SSLContextParameters") + ": cannot create the TLS context: "
                                                   + e.getMessage(), e);
            }
        }
        HfSessionExecutors threads = threads(cfg.eventThreads());
        cfg.executors(threads);
        HfSession s;
        try {
            s = new HfSession(cfg);
        } catch (RuntimeException e) {
            shutdown(threads);
            throw e;
        }
        sessionThreads.put(s, threads);
        try {
            s.start();
        } catch (RuntimeException e) {
            shutdown(sessionThreads.remove(s));
            throw e;
        }
        return s;
    }

    /** The session's threads, from Camel's ExecutorServiceManager (thread names, profiles and JMX as Camel's own). */
    private HfSessionExecutors threads(int eventThreads) {
        ExecutorServiceManager m = getCamelContext().getExecutorServiceManager();
        return new HfSessionExecutors(m.newSingleThreadScheduledExecutor(this, "hfcamera-timer"),
                m.newSingleThreadExecutor(this, "hfcamera-network"),
                m.newFixedThreadPool(this, "hfcamera-events", eventThreads), eventThreads,
                m.newCachedThreadPool(this, "hfcamera-reply"), false);
    }

    private void shutdown(HfSessionExecutors t) {
        if (t != null) {
            ExecutorServiceManager m = getCamelContext().getExecutorServiceManager();
            m.shutdownNow(t.scheduler());
            m.shutdownNow(t.events());
            m.shutdownNow(t.replies());
            m.shutdownNow(t.network());
        }
    }

    /** The key and trust managers of Camel's TLS configuration, for the MQTT client's TLS. */
    private HfTls tls(SSLContextParameters ssl) throws java.security.GeneralSecurityException, java.io.IOException {
        CamelContext ctx = getCamelContext();
        ssl.setCamelContext(ctx);
        javax.net.ssl.KeyManager[] keys = null;
        if (ssl.getKeyManagers() != null) {
            ssl.getKeyManagers().setCamelContext(ctx);
            if (ssl.getKeyManagers().getKeyStore() != null) {
                ssl.getKeyManagers().getKeyStore().setCamelContext(ctx);
            }
            keys = ssl.getKeyManagers().createKeyManagers();
        }
        javax.net.ssl.TrustManager[] trust = null;
        if (ssl.getTrustManagers() != null) {
            ssl.getTrustManagers().setCamelContext(ctx);
            if (ssl.getTrustManagers().getKeyStore() != null) {
                ssl.getTrustManagers().getKeyStore().setCamelContext(ctx);
            }
            trust = ssl.getTrustManagers().createTrustManagers();
        }
        List<String> protocols = ssl.getSecureSocketProtocols() == null ? null
                : ssl.getSecureSocketProtocols().getSecureSocketProtocol();
        List<String> ciphers = ssl.getCipherSuites() == null ? null : ssl.getCipherSuites().getCipherSuite();
        return new HfTls(keys, trust, protocols, ciphers);
    }

    /** The component's own connection (its options) if it is open, else {@code null}. */
    public synchronized HfSession getSession() {
        return sessions.get(configuration.connectionKey());
    }

    /** Every open connection: the component's own and those of endpoints with other connection options. */
    public synchronized List<HfSession> getSessions() {
        return List.copyOf(sessions.values());
    }

    /** The devices this component heard of, with their state (online, lost, offline). Empty before first use. */
    public List<DeviceStatus> getDevices() {
        List<DeviceStatus> all = new ArrayList<>();
        for (HfSession s : getSessions()) {
            all.addAll(s.registry().devices());
        }
        return all;
    }

    /** True while every open connection of the component is up (false before the first one is opened). */
    public boolean isConnected() {
        List<HfSession> all = getSessions();
        return !all.isEmpty() && all.stream().allMatch(HfSession::isConnected);
    }

    private void openEventsOfConsumedSessions() {
        for (HfSession s : getSessions()) {
            if (s.hasListeners()) {
                s.openEvents();
            }
        }
    }

    /** A consumer registered on {@code session}: its records may flow once the context has fully started. */
    void consumerStarted(HfSession session) {
        if (getCamelContext().isStarted()) {
            session.openEvents();
        }
    }

    private synchronized void registerHealthChecks() {
        if (!healthCheckEnabled || healthCheck != null) {
            return;
        }
        HealthCheckRegistry registry = HealthCheckRegistry.get(getCamelContext());
        if (registry != null) {
            String name = registeredName();
            healthCheck = new HfCameraHealthCheck(this, name);
            healthCheck.setCamelContext(getCamelContext());
            deviceChecks = new HfCameraDevicesHealthCheckRepository(this, name);
            registry.register(healthCheck);
            registry.register(deviceChecks);
        }
    }

    /** The name this component is registered under ("hfcamera" unless a second one was added), for check ids. */
    String registeredName() {
        for (String n : getCamelContext().getComponentNames()) {
            if (getCamelContext().hasComponent(n) == this) {
                return n;
            }
        }
        return "hfcamera";
    }

    @Override
    protected void doStop() throws Exception {
        List<HfSession> open;
        synchronized (this) {
            open = List.copyOf(sessions.values());
            sessions.clear();
        }
        HealthCheckRegistry registry = HealthCheckRegistry.get(getCamelContext());
        if (registry != null) {
            if (healthCheck != null) {
                registry.unregister(healthCheck);
            }
            if (deviceChecks != null) {
                registry.unregister(deviceChecks);
            }
        }
        healthCheck = null;
        deviceChecks = null;
        for (HfSession s : open) {
            s.close();
            shutdown(sessionThreads.remove(s));
        }
        ServiceHelper.stopService(ownRepositories);
        ownRepositories.clear();
        super.doStop();
    }

    static Set<String> parseList(String csv) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static RecordRepository adapt(IdempotentRepository repo) {
        return new RecordRepository() {
            @Override
            public boolean add(String key) {
                return repo.add(key);
            }

            @Override
            public void confirm(String key) {
                repo.confirm(key);
            }

            @Override
            public void remove(String key) {
                repo.remove(key);
            }
        };
    }

    // ------------------------------------------------------------------------------------------- options

    public HfCameraConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(HfCameraConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /**
     * Use the CamelContext's global SSLContextParameters for ssl:// brokers when sslContextParameters is not set.
     */
    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public boolean isHealthCheckEnabled() {
        return healthCheckEnabled;
    }

    public void setHealthCheckEnabled(boolean healthCheckEnabled) {
        this.healthCheckEnabled = healthCheckEnabled;
    }

    // the shared options, also settable on the component directly (they go to its configuration)

    public String getBrokerUrl() {
        return configuration.getBrokerUrl();
    }

    public void setBrokerUrl(String brokerUrl) {
        configuration.setBrokerUrl(brokerUrl);
    }

    public void setClientId(String clientId) {
        configuration.setClientId(clientId);
    }

    public void setUserName(String userName) {
        configuration.setUserName(userName);
    }

    public void setPassword(String password) {
        configuration.setPassword(password);
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        configuration.setSslContextParameters(sslContextParameters);
    }

    public void setAutomaticReconnect(boolean automaticReconnect) {
        configuration.setAutomaticReconnect(automaticReconnect);
    }

    public void setConnectionTimeout(int connectionTimeout) {
        configuration.setConnectionTimeout(connectionTimeout);
    }

    public void setKeepAliveInterval(int keepAliveInterval) {
        configuration.setKeepAliveInterval(keepAliveInterval);
    }

    public void setTopicPrefix(String topicPrefix) {
        configuration.setTopicPrefix(topicPrefix);
    }

    public void setHeartbeatTopic(String heartbeatTopic) {
        configuration.setHeartbeatTopic(heartbeatTopic);
    }

    public void setOnlineTopic(String onlineTopic) {
        configuration.setOnlineTopic(onlineTopic);
    }

    public void setAllowedDevices(String allowedDevices) {
        configuration.setAllowedDevices(allowedDevices);
    }

    public void setHeartbeatInterval(long heartbeatInterval) {
        configuration.setHeartbeatInterval(heartbeatInterval);
    }

    public void setHeartbeatMissesBeforeLost(int heartbeatMissesBeforeLost) {
        configuration.setHeartbeatMissesBeforeLost(heartbeatMissesBeforeLost);
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        configuration.setIdempotentRepository(idempotentRepository);
    }

    public void setSharedSubscriptionGroup(String sharedSubscriptionGroup) {
        configuration.setSharedSubscriptionGroup(sharedSubscriptionGroup);
    }

    public void setMaxPayloadSize(int maxPayloadSize) {
        configuration.setMaxPayloadSize(maxPayloadSize);
    }

    public void setBusyRetryDelay(long busyRetryDelay) {
        configuration.setBusyRetryDelay(busyRetryDelay);
    }

    public void setGapRecovery(boolean gapRecovery) {
        configuration.setGapRecovery(gapRecovery);
    }

    public void setGapRecoveryMargin(long gapRecoveryMargin) {
        configuration.setGapRecoveryMargin(gapRecoveryMargin);
    }
}
