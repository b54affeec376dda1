package io.github.camelhfcamera.hfcamera;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which connection an endpoint uses when it names connection settings of its own (as Kamelets do). */
class EndpointConnectionTest {

    private CamelContext context;
    private HfCameraComponent hfcamera;

    @BeforeEach
    void setUp() throws Exception {
        context = new DefaultCamelContext();
        hfcamera = new HfCameraComponent();
        hfcamera.setBrokerUrl("tcp://main:1883");
        hfcamera.setClientId("platform");
        hfcamera.setTopicPrefix("site/face");
        hfcamera.getConfiguration().setRequestTimeout(1234);
        context.addComponent("hfcamera", hfcamera);
        context.start();
    }

    @AfterEach
    void tearDown() {
        context.stop();
    }

    private HfCameraComponent owner(String uri) {
        return context.getEndpoint(uri, HfCameraEndpoint.class).getComponent();
    }

    @Test
    void endpointsWithoutOwnSettingsOrWithTheComponentsUseTheComponent() {
        assertThat(owner("hfcamera:command?operator=GetSysTime&deviceId=a")).isSameAs(hfcamera);
        assertThat(owner("hfcamera:command?operator=Versions&deviceId=a&brokerUrl=tcp://main:1883")).isSameAs(hfcamera);
    }

    @Test
    void endpointsNamingTheSameOtherBrokerShareOneComponentWithTheOtherOptionsCopied() {
        HfCameraComponent a = owner("hfcamera:command?operator=GetSysTime&deviceId=a&brokerUrl=tcp://other:1883");
        HfCameraComponent b = owner("hfcamera:events?brokerUrl=tcp://other:1883");
        assertThat(a).isNotSameAs(hfcamera).isSameAs(b);
        assertThat(a.getBrokerUrl()).isEqualTo("tcp://other:1883");
        assertThat(a.getTopicPrefix()).isEqualTo("site/face");
        assertThat(a.getConfiguration().getRequestTimeout()).isEqualTo(1234);
        assertThat(a.getClientId()).as("not the main connection's client id").isEqualTo("platform-1");
        assertThat(a.isStarted()).isTrue();
    }

    @Test
    void anotherLoginIsAnotherConnection() {
        HfCameraComponent anonymous = owner("hfcamera:events?brokerUrl=tcp://other:1883");
        HfCameraComponent alice = owner("hfcamera:events?brokerUrl=tcp://other:1883&userName=alice&password=secret");
        HfCameraComponent bob = owner("hfcamera:events?brokerUrl=tcp://other:1883&userName=bob&password=secret");
        assertThat(alice).isNotSameAs(anonymous).isNotSameAs(bob);
        assertThat(alice.getUserName()).isEqualTo("alice");
        assertThat(owner("hfcamera:command?operator=GetSysTime&deviceId=x&brokerUrl=tcp://other:1883&userName=alice"
                         + "&password=secret")).isSameAs(alice);
    }

    @Test
    void theComponentStopsTheConnectionsItMadeForEndpoints() {
        HfCameraComponent other = owner("hfcamera:events?brokerUrl=tcp://other:1883");
        context.stop();
        assertThat(other.isStopped()).isTrue();
    }
}
