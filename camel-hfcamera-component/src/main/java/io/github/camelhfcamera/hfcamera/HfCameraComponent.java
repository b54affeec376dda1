package io.github.camelhfcamera.hfcamera;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.camelhfcamera.hfcamera.session.DeviceStatus;
import io.github.camelhfcamera.hfcamera.session.HfSession;
import io.github.camelhfcamera.hfcamera.session.HfSessionConfig;
import io.github.camelhfcamera.hfcamera.session.RecordRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
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
 */
@Component("hfcamera")
public class HfCameraComponent extends DefaultComponent {

    @Metadata(description = "The options shared by every endpoint (copied per endpoint).")
    private HfCameraConfiguration configuration = new HfCameraConfiguration();

    @Metadata(label = "common", defaultValue = "tcp://localhost:1883",
              description = "The MQTT broker the cameras use, for example tcp://host:1883 or ssl://host:8883.")
    private String brokerUrl = "tcp://localhost:1883";

    @Metadata(label = "common", description = "The MQTT client id of this component instance's connection;"
                                              + " generated when not set. Two instances must not share one.")
    private String clientId;

    @Metadata(label = "security", secret = true, description = "User name for the broker.")
    private String userName;

    @Metadata(label = "security", secret = true, description = "Password for the broker.")
    private String password;

    @Metadata(label = "security", description = "TLS configuration (Camel's SSLContextParameters) for ssl:// brokers.")
    private SSLContextParameters sslContextParameters;

    @Metadata(label = "common", defaultValue = "true",
              description = "Reconnect automatically when the connection is lost; the subscriptions are restored.")
    private boolean automaticReconnect = true;

    @Metadata(label = "common", defaultValue = "30", description = "Connection timeout in seconds.")
    private int connectionTimeout = 30;

    @Metadata(label = "common", defaultValue = "60", description = "MQTT keep alive interval in seconds.")
    private int keepAliveInterval = 60;

    @Metadata(label = "common", defaultValue = "mqtt/face",
              description = "The prefix of the devices' topics: commands go to {prefix}/{deviceId}, answers come on"
                            + " {prefix}/{deviceId}/Ack, records on /Rec and /Snap.")
    private String topicPrefix = "mqtt/face";

    @Metadata(label = "common", defaultValue = "mqtt/face/heartbeat", description = "The devices' heartbeat topic.")
    private String heartbeatTopic = "mqtt/face/heartbeat";

    @Metadata(label = "common", defaultValue = "mqtt/face/basic",
              description = "The devices' online and offline topic.")
    private String onlineTopic = "mqtt/face/basic";

    @Metadata(label = "security",
              description = "Comma separated ids of the devices whose messages are accepted; messages of any other"
                            + " device are bad input, and commands to any other device are refused before they are sent."
                            + " Empty accepts every device.")
    private String allowedDevices;

    @Metadata(label = "consumer", defaultValue = "30000", javaType = "java.time.Duration",
              description = "The devices' heartbeat interval (their KeepAliveInterval, 30 s by default).")
    private long heartbeatInterval = 30000;

    @Metadata(label = "consumer", defaultValue = "2",
              description = "How many heartbeats in a row a device may miss before it is lost (the document says at"
                            + " least two).")
    private int heartbeatMissesBeforeLost = 2;

    @Metadata(label = "consumer,advanced",
              description = "Remembers the records already routed (by device, operator and record id), so that a"
                            + " record the device sends again is acknowledged but not routed twice. An in-memory"
                            + " repository of 10000 entries by default; use a shared one when several instances"
                            + " split the events.")
    private IdempotentRepository idempotentRepository;

    @Metadata(label = "consumer",
              description = "Subscribe the event topics (Rec, Snap) as the MQTT 5 shared subscription"
                            + " $share/{group}/..., so that several instances with the same group split one fleet."
                            + " The answer topic stays unshared: each instance sees the answers to its own commands.")
    private String sharedSubscriptionGroup;

    @Metadata(label = "consumer,advanced", defaultValue = "3211264",
              description = "Largest event payload accepted, in bytes; larger ones are bad input. The default holds"
                            + " the document's largest record: a 1 MB picture, a 2 MB scene and the fields.")
    private int maxPayloadSize = HfSessionConfig.DEFAULT_MAX_PAYLOAD_SIZE;

    @Metadata(label = "consumer", defaultValue = "false",
              description = "Gap recovery: when a device comes back after it was lost or offline, or the component"
                            + " reconnects to the broker, ask the device for the records of the window it was away"
                            + " (ManualPushRecords and ManualPushSnaps), so that they arrive even without resume mode."
                            + " They arrive re-pushed (PushType 2) and are deduplicated against the records already"
                            + " routed, through the idempotent repository. The devices' clocks must be set (SetSysTime)"
                            + " to the component's time zone.")
    private boolean gapRecovery;

    @Metadata(label = "consumer,advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "Gap recovery: how far before the last message heard from a device the window starts, and"
                            + " how far after its return it ends (records in flight when the connection broke, clock"
                            + " differences).")
    private long gapRecoveryMargin = 60000;

    @Metadata(label = "producer,advanced", defaultValue = "2000", javaType = "java.time.Duration",
              description = "How long to wait before sending again a batch the device refused as busy (410).")
    private long busyRetryDelay = 2000;

    @Metadata(label = "advanced", defaultValue = "true",
              description = "Register the health checks: readiness = broker connected; liveness per known device.")
    private boolean healthCheckEnabled = true;

    private volatile HfSession session;
    private IdempotentRepository ownRepository;
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
        return endpoint;
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
                openEventsIfConsumed();
            }
        });
    }

    /** The connection, opened on first use by an endpoint. */
    public synchronized HfSession acquireSession() throws Exception {
        if (session == null) {
            IdempotentRepository repo = idempotentRepository;
            if (repo == null) {
                ownRepository = MemoryIdempotentRepository.memoryIdempotentRepository(10000);
                repo = ownRepository;
            }
            ServiceHelper.startService(repo);
            HfSessionConfig cfg = new HfSessionConfig()
                    .brokerUrl(brokerUrl).clientId(clientId).userName(userName).password(password)
                    .automaticReconnect(automaticReconnect).connectionTimeout(connectionTimeout)
                    .keepAliveInterval(keepAliveInterval).topicPrefix(topicPrefix).heartbeatTopic(heartbeatTopic)
                    .onlineTopic(onlineTopic).requestTimeout(Duration.ofMillis(configuration.getRequestTimeout()))
                    .batchTimeout(Duration.ofMillis(configuration.getBatchTimeout()))
                    .busyRetryDelay(Duration.ofMillis(busyRetryDelay))
                    .heartbeatInterval(Duration.ofMillis(heartbeatInterval))
                    .heartbeatMissesBeforeLost(heartbeatMissesBeforeLost).allowedDevices(parseList(allowedDevices))
                    .sharedSubscriptionGroup(sharedSubscriptionGroup).maxPayloadSize(maxPayloadSize)
                    .recordRepository(adapt(repo)).gapRecovery(gapRecovery)
                    .gapRecoveryMargin(Duration.ofMillis(gapRecoveryMargin));
            if (sslContextParameters != null) {
                cfg.socketFactory(sslContextParameters.createSSLContext(getCamelContext()).getSocketFactory());
            }
            HfSession s = new HfSession(cfg);
            s.start();
            session = s;
            registerHealthChecks();
        }
        return session;
    }

    /** The connection if it is open, else {@code null}. */
    public HfSession getSession() {
        return session;
    }

    /** The devices this component heard of, with their state (online, lost, offline). Empty before first use. */
    public List<DeviceStatus> getDevices() {
        HfSession s = session;
        return s == null ? List.of() : s.registry().devices();
    }

    /** True while the component's broker connection is up. */
    public boolean isConnected() {
        HfSession s = session;
        return s != null && s.isConnected();
    }

    void openEventsIfConsumed() {
        HfSession s = session;
        if (s != null && consumers > 0) {
            s.openEvents();
        }
    }

    private volatile int consumers;

    synchronized void consumerStarted() {
        consumers++;
        if (getCamelContext().isStarted()) {
            openEventsIfConsumed();
        }
    }

    synchronized void consumerStopped() {
        consumers--;
    }

    private void registerHealthChecks() {
        if (!healthCheckEnabled) {
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
        HfSession s;
        synchronized (this) {
            s = session;
            session = null;
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
        if (s != null) {
            s.close();
        }
        ServiceHelper.stopService(idempotentRepository, ownRepository);
        ownRepository = null;
        super.doStop();
    }

    static Set<String> parseList(String csv) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
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

    public String getBrokerUrl() {
        return brokerUrl;
    }

    public void setBrokerUrl(String brokerUrl) {
        this.brokerUrl = brokerUrl;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public boolean isAutomaticReconnect() {
        return automaticReconnect;
    }

    public void setAutomaticReconnect(boolean automaticReconnect) {
        this.automaticReconnect = automaticReconnect;
    }

    public int getConnectionTimeout() {
        return connectionTimeout;
    }

    public void setConnectionTimeout(int connectionTimeout) {
        this.connectionTimeout = connectionTimeout;
    }

    public int getKeepAliveInterval() {
        return keepAliveInterval;
    }

    public void setKeepAliveInterval(int keepAliveInterval) {
        this.keepAliveInterval = keepAliveInterval;
    }

    public String getTopicPrefix() {
        return topicPrefix;
    }

    public void setTopicPrefix(String topicPrefix) {
        this.topicPrefix = topicPrefix;
    }

    public String getHeartbeatTopic() {
        return heartbeatTopic;
    }

    public void setHeartbeatTopic(String heartbeatTopic) {
        this.heartbeatTopic = heartbeatTopic;
    }

    public String getOnlineTopic() {
        return onlineTopic;
    }

    public void setOnlineTopic(String onlineTopic) {
        this.onlineTopic = onlineTopic;
    }

    public String getAllowedDevices() {
        return allowedDevices;
    }

    public void setAllowedDevices(String allowedDevices) {
        this.allowedDevices = allowedDevices;
    }

    public long getHeartbeatInterval() {
        return heartbeatInterval;
    }

    public void setHeartbeatInterval(long heartbeatInterval) {
        this.heartbeatInterval = heartbeatInterval;
    }

    public int getHeartbeatMissesBeforeLost() {
        return heartbeatMissesBeforeLost;
    }

    public void setHeartbeatMissesBeforeLost(int heartbeatMissesBeforeLost) {
        this.heartbeatMissesBeforeLost = heartbeatMissesBeforeLost;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public String getSharedSubscriptionGroup() {
        return sharedSubscriptionGroup;
    }

    public void setSharedSubscriptionGroup(String sharedSubscriptionGroup) {
        this.sharedSubscriptionGroup = sharedSubscriptionGroup;
    }

    public int getMaxPayloadSize() {
        return maxPayloadSize;
    }

    public void setMaxPayloadSize(int maxPayloadSize) {
        this.maxPayloadSize = maxPayloadSize;
    }

    public boolean isGapRecovery() {
        return gapRecovery;
    }

    public void setGapRecovery(boolean gapRecovery) {
        this.gapRecovery = gapRecovery;
    }

    public long getGapRecoveryMargin() {
        return gapRecoveryMargin;
    }

    public void setGapRecoveryMargin(long gapRecoveryMargin) {
        this.gapRecoveryMargin = gapRecoveryMargin;
    }

    public long getBusyRetryDelay() {
        return busyRetryDelay;
    }

    public void setBusyRetryDelay(long busyRetryDelay) {
        this.busyRetryDelay = busyRetryDelay;
    }

    public boolean isHealthCheckEnabled() {
        return healthCheckEnabled;
    }

    public void setHealthCheckEnabled(boolean healthCheckEnabled) {
        this.healthCheckEnabled = healthCheckEnabled;
    }
}
