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
import io.github.camelhfcamera.hfcamera.session.DeviceState;
import io.github.camelhfcamera.hfcamera.session.SessionStats;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.StartupListener;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * The {@code hfcamera:} component: persons, commands and events of HF network cameras (MQTT protocol V1.25) over
 * ONE MQTT connection per component instance, whatever the number of endpoints and devices.
 * <p>
 * The connection options are shared options: an endpoint that overrides one of them (a Kamelet naming its broker, a
 * route on a second broker) gets a connection of its own, shared by every endpoint with the same values. A connection
 * is opened when the first consumer or producer that uses it starts, and closed when the last one stops (a route
 * removed, a Kamelet's route gone), or with the component.
 * <p>
 * Health: a readiness check per consumer and producer (their broker connection, as Camel's own components do), and
 * the component's check, readiness, with the fleet's devices by state as details: a camera that is lost never makes
 * the application unready or restarts it. Per-device liveness checks only when {@code healthCheckDeviceLiveness} is
 * set. The counters are JMX attributes of the component, Micrometer meters when a {@code MeterRegistry} is in the
 * registry, and the {@code hfcamera} dev console.
 */
@Component("hfcamera")
@ManagedResource(description = "HF Camera component: connections, devices and counters")
public class HfCameraComponent extends HealthCheckComponent implements SSLContextParametersAware {

    /** A URL-encoded broker URL or placeholder: {@code tcp%3A%2F%2F...}, {@code %7B%7B...}. */
    private static final java.util.regex.Pattern ENCODED_URL = java.util.regex.Pattern.compile(
            "(?i)([a-z][a-z0-9+.-]*%3A%2F%2F|%7B%7B)");

    @Metadata(description = "The options shared by every endpoint (copied per endpoint).")
    private HfCameraConfiguration configuration = new HfCameraConfiguration();

    @Metadata(label = "health", defaultValue = "true",
              description = "Register the component's health check (readiness): UP while every open broker connection"
                            + " is up; the devices by state (online, lost, offline) and the devices down are its"
                            + " details, never a reason to be DOWN.")
    private boolean healthCheckEnabled = true;

    @Metadata(label = "health", defaultValue = "false",
              description = "Also register one liveness check per known device, {component}-device-{id}, DOWN while"
                            + " the device is lost or offline. Under Kubernetes a DOWN liveness check restarts the"
                            + " application: only for applications that should restart when a camera is gone.")
    private boolean healthCheckDeviceLiveness;

    @Metadata(label = "advanced", defaultValue = "0",
              description = "Threads per connection that take the devices' messages from the queue and run the"
                            + " routes (the hfcamera-events pool of Camel's ExecutorServiceManager); 0 means 2 per"
                            + " core, at least 4.")
    private int eventThreads;

    @Metadata(label = "security", defaultValue = "false",
              description = "Use the CamelContext's global SSLContextParameters (the camel.ssl options of Camel Main,"
                            + " Spring Boot and Quarkus) for ssl:// and wss:// brokers when sslContextParameters is"
                            + " not set.")
    private boolean useGlobalSslContextParameters;

    /** The open connections, by the options that select them, with the endpoints (consumers, producers) using them. */
    private final Map<Object, Connection> sessions = new LinkedHashMap<>();
    private HfCameraHealthCheck healthCheck;

    /** An open connection, its threads, its meters, and how many consumers and producers use it. */
    private static final class Connection {
        final Object key;
        final HfSession session;
        final HfSessionExecutors threads;
        final IdempotentRepository ownRepository;
        AutoCloseable meters;
        int users;

        Connection(Object key, HfSession session, HfSessionExecutors threads, IdempotentRepository ownRepository) {
            this.key = key;
            this.session = session;
            this.threads = threads;
            this.ownRepository = ownRepository;
        }
    }

    /** The person sync's state when the options name none: in memory, shared by the component's endpoints. */
    private final StateRepository<String, String> memorySyncState = new MemoryStateRepository();

    public HfCameraComponent() {
    }

    /**
     * The syncStateRepository of an endpoint: the one its options name, else the component's in-memory one (forgotten
     * when the application stops).
     */
    StateRepository<String, String> syncState(HfCameraConfiguration options) {
        return options.getSyncStateRepository() != null ? options.getSyncStateRepository() : memorySyncState;
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

    /**
     * The connection for these options, opened on first use: the same one for every endpoint whose connection
     * options are equal. Every call must be matched by a {@link #releaseSession(HfSession)} (a consumer or producer
     * acquires it when it starts and releases it when it stops): the connection is closed with its last user.
     */
    public synchronized HfSession acquireSession(HfCameraConfiguration options) {
        Object key = options.connectionKey();
        Connection c = sessions.get(key);
        if (c == null) {
            c = open(key, options);
            sessions.put(key, c);
            registerHealthChecks();
            if (HfCameraMetrics.Presence.MICROMETER) {
                c.meters = HfCameraMetrics.bind(this, c.session);
            }
        }
        c.users++;
        return c.session;
    }

    /** A user of the session stopped: the last one closes it (its threads, meters and own repository go with it). */
    public void releaseSession(HfSession session) {
        Connection closing = null;
        synchronized (this) {
            for (Connection c : sessions.values()) {
                if (c.session == session) {
                    if (--c.users <= 0) {
                        sessions.remove(c.key);
                        closing = c;
                    }
                    break;
                }
            }
        }
        if (closing != null) {
            close(closing);
        }
    }

    private void close(Connection c) {
        if (c.meters != null) {
            try {
                c.meters.close();
            } catch (Exception e) {
                // the meters are only removed from the registry
            }
        }
        c.session.close();
        shutdown(c.threads);
        if (c.ownRepository != null) {
            ServiceHelper.stopService(c.ownRepository);
        }
    }

    private Connection open(Object key, HfCameraConfiguration o) {
        IdempotentRepository repo = o.getIdempotentRepository();
        IdempotentRepository own = null;
        if (repo == null) {
            repo = MemoryIdempotentRepository.memoryIdempotentRepository(10000);
            own = repo;
        }
        ServiceHelper.startService(repo);
        String clientId = o.getClientId();
        if (clientId != null && !clientId.isBlank()) {
            // a second connection must not take the first one's client id (the broker would drop one of them)
            int n = 2;
            while (clientIdInUse(clientId)) {
                clientId = o.getClientId() + "-" + n++;
            }
        }
        HfSessionConfig cfg = o.sessionConfig(clientId, adapt(repo));
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
        if (eventThreads > 0) {
            cfg.eventThreads(eventThreads);
        }
        HfSessionExecutors threads = threads(cfg.eventThreads());
        cfg.executors(threads);
        HfSession s;
        try {
            s = new HfSession(cfg);
            s.start();
        } catch (RuntimeException e) {
            shutdown(threads);
            if (own != null) {
                ServiceHelper.stopService(own);
            }
            throw e;
        }
        return new Connection(key, s, threads, own);
    }

    private boolean clientIdInUse(String clientId) {
        for (Connection c : sessions.values()) {
            if (clientId.equals(c.session.clientId())) {
                return true;
            }
        }
        return false;
    }

    /** The session's threads, from Camel's ExecutorServiceManager (thread names, profiles and JMX as Camel's own). */
    private HfSessionExecutors threads(int eventThreads) {
        ExecutorServiceManager m = getCamelContext().getExecutorServiceManager();
        return new HfSessionExecutors(m.newSingleThreadScheduledExecutor(this, "hfcamera-timer"),
                m.newSingleThreadExecutor(this, "hfcamera-network"),
                m.newFixedThreadPool(this, "hfcamera-events", eventThreads), eventThreads,
                m.newCachedThreadPool(this, "hfcamera-reply"), m.newSingleThreadExecutor(this, "hfcamera-sender"), false);
    }

    private void shutdown(HfSessionExecutors t) {
        if (t != null) {
            ExecutorServiceManager m = getCamelContext().getExecutorServiceManager();
            m.shutdownNow(t.scheduler());
            m.shutdownNow(t.events());
            m.shutdownNow(t.replies());
            m.shutdownNow(t.sender());
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

    // ------------------------------------------------------------------------------------------- photo servers

    /** The open photo servers, by the options that select them, with how many producers use each. */
    private final Map<Object, PhotoServerUse> photoServers = new LinkedHashMap<>();

    private static final class PhotoServerUse {
        final io.github.camelhfcamera.hfcamera.session.HfPhotoServer server;
        int users;

        PhotoServerUse(io.github.camelhfcamera.hfcamera.session.HfPhotoServer server) {
            this.server = server;
        }
    }

    /**
     * The photo server for these options, started on first use and shared by every producer with the same photo
     * server options; match every call with {@link #releasePhotoServer}.
     */
    public synchronized io.github.camelhfcamera.hfcamera.session.HfPhotoServer acquirePhotoServer(
            HfCameraConfiguration options) {
        Object key = options.photoServerKey();
        PhotoServerUse use = photoServers.get(key);
        if (use == null) {
            javax.net.ssl.SSLContext ssl = null;
            SSLContextParameters p = options.getPhotoServerSslContextParameters();
            if (p != null) {
                try {
                    ssl = p.createSSLContext(getCamelContext());
                } catch (Exception e) {
                    throw new IllegalArgumentException("photoServerSslContextParameters: cannot create the TLS"
                                                       + " context: " + e.getMessage(), e);
                }
            }
            io.github.camelhfcamera.hfcamera.session.HfPhotoServer server =
                    new io.github.camelhfcamera.hfcamera.session.HfPhotoServer(options.getPhotoServerHost(),
                            options.getPhotoServerPort(), options.getPhotoServerAdvertisedHost(), ssl);
            try {
                server.start();
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("photoServer: cannot listen on " + options.getPhotoServerHost()
                                                   + ":" + options.getPhotoServerPort() + ": " + e.getMessage(), e);
            }
            use = new PhotoServerUse(server);
            photoServers.put(key, use);
        }
        use.users++;
        return use.server;
    }

    /** A producer using the photo server stopped: the last one stops it. */
    public synchronized void releasePhotoServer(io.github.camelhfcamera.hfcamera.session.HfPhotoServer server) {
        photoServers.values().removeIf(u -> {
            if (u.server == server && --u.users <= 0) {
                u.server.close();
                return true;
            }
            return false;
        });
    }

    /** The open photo servers. */
    public synchronized List<io.github.camelhfcamera.hfcamera.session.HfPhotoServer> getPhotoServers() {
        List<io.github.camelhfcamera.hfcamera.session.HfPhotoServer> all = new ArrayList<>();
        photoServers.values().forEach(u -> all.add(u.server));
        return all;
    }

    @ManagedAttribute(description = "Photos downloaded by the cameras from the photo servers")
    public long getPhotosServed() {
        long n = 0;
        for (io.github.camelhfcamera.hfcamera.session.HfPhotoServer s : getPhotoServers()) {
            n += s.served();
        }
        return n;
    }

    @ManagedAttribute(description = "Requests the photo servers answered 404 (unknown path, wrong, used or expired"
                                    + " token)")
    public long getPhotoRequestsRefused() {
        long n = 0;
        for (io.github.camelhfcamera.hfcamera.session.HfPhotoServer s : getPhotoServers()) {
            n += s.refused();
        }
        return n;
    }

    @ManagedAttribute(description = "Device clocks set by clockSync")
    public long getClockSyncs() {
        return sum(SessionStats::clockSyncs);
    }

    /** The component's own connection (its options) if it is open, else {@code null}. */
    public synchronized HfSession getSession() {
        Connection c = sessions.get(configuration.connectionKey());
        return c == null ? null : c.session;
    }

    /** Every open connection: the component's own and those of endpoints with other connection options. */
    public synchronized List<HfSession> getSessions() {
        List<HfSession> all = new ArrayList<>(sessions.size());
        for (Connection c : sessions.values()) {
            all.add(c.session);
        }
        return all;
    }

    /** How many consumers and producers use {@code session} (0 once it is closed). */
    synchronized int users(HfSession session) {
        for (Connection c : sessions.values()) {
            if (c.session == session) {
                return c.users;
            }
        }
        return 0;
    }

    /** The devices this component heard of, with their state (online, lost, offline). Empty before first use. */
    public List<DeviceStatus> getDevices() {
        List<DeviceStatus> all = new ArrayList<>();
        for (HfSession s : getSessions()) {
            all.addAll(s.registry().devices());
        }
        return all;
    }

    /** The device's status on the first connection that knows it: one look-up per connection, no copy. */
    DeviceStatus findDevice(String deviceId) {
        for (HfSession s : getSessions()) {
            DeviceStatus d = s.registry().get(deviceId).orElse(null);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The devices of every connection by state, in one pass over each registry. */
    int[] countDevices() {
        int[] counts = new int[DeviceState.values().length];
        for (HfSession s : getSessions()) {
            s.registry().forEach(d -> counts[d.state().ordinal()]++);
        }
        return counts;
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
        if (healthCheck != null) {
            return;
        }
        HealthCheckRegistry registry = HealthCheckRegistry.get(getCamelContext());
        if (registry != null) {
            if (healthCheckEnabled) {
                healthCheck = new HfCameraHealthCheck(this, registeredName());
                healthCheck.setCamelContext(getCamelContext());
                registry.register(healthCheck);
            }
            if (healthCheckDeviceLiveness) {
                // one repository for every hfcamera component of the context, resolved as Camel resolves its own
                synchronized (HfCameraDevicesHealthCheckRepository.class) {
                    if (registry.getRepository(HfCameraDevicesHealthCheckRepository.ID).isEmpty()) {
                        Object repo = registry.resolveById(HfCameraDevicesHealthCheckRepository.ID);
                        if (repo == null) {
                            repo = new HfCameraDevicesHealthCheckRepository();
                        }
                        org.apache.camel.CamelContextAware.trySetCamelContext(repo, getCamelContext());
                        registry.register(repo);
                    }
                }
            }
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
        List<Connection> open;
        synchronized (this) {
            open = List.copyOf(sessions.values());
            sessions.clear();
        }
        HealthCheckRegistry registry = HealthCheckRegistry.get(getCamelContext());
        if (registry != null) {
            if (healthCheck != null) {
                registry.unregister(healthCheck);
            }
            // the per-device repository is the context's: it lists only the devices of started components
        }
        healthCheck = null;
        for (Connection c : open) {
            close(c);
        }
        synchronized (this) {
            photoServers.values().forEach(u -> u.server.close());
            photoServers.clear();
        }
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

    public boolean isHealthCheckDeviceLiveness() {
        return healthCheckDeviceLiveness;
    }

    public void setHealthCheckDeviceLiveness(boolean healthCheckDeviceLiveness) {
        this.healthCheckDeviceLiveness = healthCheckDeviceLiveness;
    }

    public int getEventThreads() {
        return eventThreads;
    }

    public void setEventThreads(int eventThreads) {
        this.eventThreads = eventThreads;
    }

    // ------------------------------------------------------------------------------------------- JMX

    @ManagedAttribute(description = "Open broker connections")
    public int getConnections() {
        return getSessions().size();
    }

    @ManagedAttribute(description = "Whether every open broker connection is up")
    public boolean isAllConnected() {
        return isConnected();
    }

    @ManagedAttribute(description = "Known devices")
    public int getDevicesKnown() {
        int n = 0;
        for (HfSession s : getSessions()) {
            n += s.registry().size();
        }
        return n;
    }

    @ManagedAttribute(description = "Devices online")
    public int getDevicesOnline() {
        return countDevices()[DeviceState.ONLINE.ordinal()];
    }

    @ManagedAttribute(description = "Devices lost (missed heartbeats)")
    public int getDevicesLost() {
        return countDevices()[DeviceState.LOST.ordinal()];
    }

    @ManagedAttribute(description = "Devices offline (their will, or Offline)")
    public int getDevicesOffline() {
        return countDevices()[DeviceState.OFFLINE.ordinal()];
    }

    @ManagedAttribute(description = "Messages received from devices on the event topics (records, snapshots, status)")
    public long getEventsReceived() {
        return sum(SessionStats::events);
    }

    @ManagedAttribute(description = "Events handed to the routes (records once each, after dedupe)")
    public long getEventsRouted() {
        return sum(SessionStats::routed);
    }

    @ManagedAttribute(description = "Records received again and not routed")
    public long getDuplicates() {
        return sum(SessionStats::duplicates);
    }

    @ManagedAttribute(description = "Records a route failed on (not acknowledged: the device sends them again)")
    public long getFailedRecords() {
        return sum(SessionStats::failedRecords);
    }

    @ManagedAttribute(description = "PushAcks sent (records acknowledged after their routes completed)")
    public long getPushAcks() {
        return sum(SessionStats::pushAcks);
    }

    @ManagedAttribute(description = "Messages from devices that could not be used (invalid, oversized, not allowed)")
    public long getBadInput() {
        return sum(SessionStats::badInput);
    }

    @ManagedAttribute(description = "Commands sent")
    public long getCommands() {
        return sum(SessionStats::commands);
    }

    @ManagedAttribute(description = "Commands without an answer within their timeout")
    public long getCommandTimeouts() {
        return sum(SessionStats::timeouts);
    }

    @ManagedAttribute(description = "Commands waiting for their answer")
    public int getPendingCommands() {
        int n = 0;
        for (HfSession s : getSessions()) {
            n += s.pendingCommands();
        }
        return n;
    }

    @ManagedAttribute(description = "Messages waiting in the queues to the routes")
    public int getQueuedMessages() {
        int n = 0;
        for (HfSession s : getSessions()) {
            n += s.queuedMessages();
        }
        return n;
    }

    @ManagedAttribute(description = "Reconnections to the broker")
    public long getReconnects() {
        return sum(SessionStats::reconnects);
    }

    private long sum(java.util.function.ToLongFunction<SessionStats> counter) {
        long n = 0;
        for (HfSession s : getSessions()) {
            n += counter.applyAsLong(s.stats());
        }
        return n;
    }
}
