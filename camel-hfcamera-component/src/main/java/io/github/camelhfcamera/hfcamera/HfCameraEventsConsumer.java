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

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.github.camelhfcamera.hfcamera.session.DeviceStatus;
import io.github.camelhfcamera.hfcamera.session.HfBadInput;
import io.github.camelhfcamera.hfcamera.session.HfBadInputException;
import io.github.camelhfcamera.hfcamera.session.HfDeviceEvent;
import io.github.camelhfcamera.hfcamera.session.HfEventListener;
import io.github.camelhfcamera.hfcamera.session.HfSession;
import io.github.camelhfcamera.hfcamera.protocol.Images;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.support.DefaultConsumer;

/**
 * {@code hfcamera:events}: the events the devices push, filtered by type and device. The component's duties
 * (Online-Ack, PushAck, dedupe) are done once per message by the connection, whatever the number of consumers; a
 * record is acknowledged only when every consumer that received it completed its exchange without error.
 * <p>
 * A suspended consumer stays registered and refuses its records, so that they are not acknowledged: the devices send
 * them again after the route is resumed.
 */
public class HfCameraEventsConsumer extends DefaultConsumer implements HfEventListener, Suspendable {

    private final HfCameraEndpoint endpoint;
    private HfSession session;

    public HfCameraEventsConsumer(HfCameraEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    public HfCameraEndpoint getEndpoint() {
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // health-check is optional: the consumers repository is there when health checks are enabled
        HealthCheckRepository repository = HealthCheckHelper.getHealthCheckRepository(endpoint.getCamelContext(),
                "consumers", HealthCheckRepository.class);
        if (repository != null && getHealthCheck() == null) {
            HfCameraConsumerHealthCheck check = new HfCameraConsumerHealthCheck(this, getRouteId());
            check.setEnabled(endpoint.getComponent().isHealthCheckConsumerEnabled());
            setHealthCheck(check);
        }
        session = endpoint.getComponent().acquireSession(endpoint.getConfiguration());
        session.addListener(this);
        endpoint.getComponent().consumerStarted(session);
    }

    @Override
    protected void doStop() throws Exception {
        HfSession s = session;
        session = null;
        if (s != null) {
            // the connection's last user, or an application going down, closes it: its DISCONNECT ends the
            // subscriptions, and an UNSUBSCRIBE just before it would only race the broker's deliveries (Artemis 2.44
            // then stalls for 30 s in ServerConsumerImpl.close, waiting for a delivery that waits for it, which
            // delays the next CONNECT of the same client id: the restarted application's)
            boolean closingSoon = endpoint.getComponent().users(s) <= 1
                                  || endpoint.getCamelContext().getStatus().isStopping();
            s.removeListener(this, !closingSoon);
            // the last consumer or producer of a connection closes it (a removed route, a Kamelet gone)
            endpoint.getComponent().releaseSession(s);
        }
        super.doStop();
    }

    /** The connection while the consumer is started, else {@code null}. */
    HfSession getSession() {
        return session;
    }

    @Override
    public boolean accepts(HfDeviceEvent event) {
        return isRunAllowed() && endpoint.accepts(event);
    }

    @Override
    public CompletionStage<Void> onEvent(HfDeviceEvent event) {
        if (isSuspended()) {
            // not processed: no PushAck, the device sends the record again once the route is resumed
            return CompletableFuture.failedFuture(new IllegalStateException("the route of " + endpoint
                                                                            + " is suspended"));
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        Exchange exchange = createExchange(false);
        Message m = exchange.getMessage();
        Object body = event.info();
        m.setBody(endpoint.getConfiguration().isDropImages() ? Images.strip(body) : body);
        m.setHeader(HfCameraConstants.DEVICE_ID, event.deviceId());
        m.setHeader(HfCameraConstants.OPERATOR, event.operatorName());
        m.setHeader(HfCameraConstants.TOPIC, event.topic());
        if (event.recordId() != null) {
            m.setHeader(HfCameraConstants.RECORD_ID, event.recordId());
        }
        if (event.realtime() != null) {
            m.setHeader(HfCameraConstants.REALTIME, event.realtime());
        }
        if (body instanceof DeviceStatus s) {
            m.setHeader(HfCameraConstants.DEVICE_STATE, s.state().name());
        } else if (event.group() == io.github.camelhfcamera.hfcamera.protocol.Operator.EventGroup.STATUS) {
            session.registry().state(event.deviceId())
                    .ifPresent(st -> m.setHeader(HfCameraConstants.DEVICE_STATE, st.name()));
        }
        getAsyncProcessor().process(exchange, doneSync -> {
            try {
                Exception e = exchange.getException();
                if (e != null) {
                    getExceptionHandler().handleException("Error processing " + event.operatorName() + " from "
                                                          + event.deviceId(), exchange, e);
                    done.completeExceptionally(e);
                } else if (exchange.isRollbackOnly()) {
                    done.completeExceptionally(new IllegalStateException("exchange marked rollback only"));
                } else {
                    done.complete(null);
                }
            } finally {
                releaseExchange(exchange, false);
            }
        });
        return done;
    }

    @Override
    public void onBadInput(HfBadInput badInput) {
        // the session logged it already; a consumer only hands it on when asked to (bridgeErrorHandler or its own
        // exceptionHandler), so that one bad message is not logged once per consumer
        boolean handled = endpoint.isBridgeErrorHandler() || endpoint.getExceptionHandler() != null;
        if (handled && isRunAllowed() && endpoint.acceptsDevice(badInput.deviceId())) {
            // with bridgeErrorHandler=true this goes to the route's error handler
            getExceptionHandler().handleException("Bad input from a device", new HfBadInputException(badInput));
        }
    }
}
