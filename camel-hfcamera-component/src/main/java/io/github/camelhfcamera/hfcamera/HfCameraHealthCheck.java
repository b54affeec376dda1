package io.github.camelhfcamera.hfcamera;

import java.util.Map;

import io.github.camelhfcamera.hfcamera.session.HfSession;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of an hfcamera component: UP while its broker connection is up. Its id is the component's name
 * ({@code hfcamera}, or the name a second component was added under).
 */
public class HfCameraHealthCheck extends AbstractHealthCheck {

    private final HfCameraComponent component;

    public HfCameraHealthCheck(HfCameraComponent component, String name) {
        super("camel", name);
        this.component = component;
    }

    @Override
    public boolean isReadiness() {
        return true;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("brokerUrl", component.getBrokerUrl());
        HfSession s = component.getSession();
        if (s != null) {
            builder.detail("devices", s.registry().devices().size());
            builder.detail("badInput", s.stats().badInput());
        }
        if (component.isConnected()) {
            builder.up();
        } else {
            builder.message("not connected to the MQTT broker " + component.getBrokerUrl());
            builder.down();
        }
    }
}
