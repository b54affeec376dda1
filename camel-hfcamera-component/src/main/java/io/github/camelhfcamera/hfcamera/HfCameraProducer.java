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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntFunction;

import io.github.camelhfcamera.hfcamera.protocol.DeviceIds;
import io.github.camelhfcamera.hfcamera.session.DeviceState;
import io.github.camelhfcamera.hfcamera.session.DeviceStatus;
import io.github.camelhfcamera.hfcamera.session.HfCameraTimeoutException;
import io.github.camelhfcamera.hfcamera.session.HfSession;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * What the persons and command producers share: the endpoint's connection, and an asynchronous exchange that
 * completes when the devices have answered. Input refused before anything was sent completes the exchange at once.
 */
abstract class HfCameraProducer extends DefaultAsyncProducer {

    protected final HfCameraEndpoint endpoint;
    protected HfSession session;

    protected HfCameraProducer(HfCameraEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    private WritableHealthCheckRepository healthCheckRepository;
    private HfCameraProducerHealthCheck healthCheck;

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        session = endpoint.getComponent().acquireSession(endpoint.getConfiguration());
        // health-check is optional: the producers repository is there when health checks are enabled
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(endpoint.getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            healthCheck = new HfCameraProducerHealthCheck(session);
            healthCheck.setEnabled(endpoint.getComponent().isHealthCheckProducerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        HfSession s = session;
        session = null;
        if (s != null) {
            // the last consumer or producer of a connection closes it
            endpoint.getComponent().releaseSession(s);
        }
        super.doStop();
    }

    /**
     * Validates the exchange and sends what it asks for.
     *
     * @return completes when every device has answered (exceptionally with the first failure)
     * @throws RuntimeException for input refused before anything was sent
     */
    protected abstract CompletableFuture<?> start(Exchange exchange);

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<?> work;
        try {
            work = start(exchange);
        } catch (RuntimeException e) {
            // invalid input: nothing was sent
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        work.whenComplete((v, x) -> {
            if (x != null) {
                exchange.setException(camelException(exchange, explained(HfSession.unwrap(x))));
            }
            callback.done(false);
        });
        return false;
    }

    /**
     * Refuses, before anything is sent, a device the registry knows to be OFFLINE or LOST (unless
     * sendToOfflineDevices): its answer would only come as a timeout.
     */
    protected void checkDevices(List<String> devices, String what) {
        if (endpoint.getConfiguration().isSendToOfflineDevices()) {
            return;
        }
        for (String d : devices) {
            Optional<DeviceStatus> status = session.registry().get(d);
            if (status.isPresent() && status.get().state() != DeviceState.ONLINE) {
                DeviceStatus s = status.get();
                throw new HfCameraDeviceUnavailableException(d, s.state(), DeviceIds.printable(d) + " is "
                        + s.state() + (s.state() == DeviceState.OFFLINE ? " (its will arrived" : " (it missed its"
                        + " heartbeats") + " at " + s.since() + ", last heard of at " + s.lastSeen() + "): "
                        + DeviceIds.printable(what) + " not sent. Set sendToOfflineDevices=true to send anyway.");
            }
        }
    }

    /** A timeout for a device the component never heard of says so: a wrong id or another broker is likely. */
    private Throwable explained(Throwable x) {
        if (x instanceof HfCameraTimeoutException t && t.getDeviceId() != null && session != null
                && session.registry().get(t.getDeviceId()).isEmpty()) {
            HfCameraTimeoutException e = new HfCameraTimeoutException(t.getMessageId(), t.getDeviceId(),
                    t.getOperator(), t.getTimeout(), "the component has never heard of "
                    + DeviceIds.printable(t.getDeviceId()) + " (no Online, HeartBeat or other message since it"
                    + " connected): check the device id and that the camera uses this broker");
            e.setStackTrace(t.getStackTrace());
            for (Throwable s : t.getSuppressed()) {
                e.addSuppressed(s);
            }
            return e;
        }
        return x;
    }

    /**
     * A device that did not answer in time fails the exchange with an {@link org.apache.camel.ExchangeTimedOutException}
     * (the generic {@code onException} for timeouts catches it), which names the device, the operator and the
     * messageId and has the session's exception as its cause; every other failure is the session's own.
     */
    static Throwable camelException(Exchange exchange, Throwable failure) {
        if (failure instanceof HfCameraTimeoutException t) {
            HfCameraExchangeTimedOutException e = new HfCameraExchangeTimedOutException(exchange, t);
            for (Throwable other : t.getSuppressed()) {
                e.addSuppressed(other);
            }
            return e;
        }
        return failure;
    }

    /**
     * Runs {@code call} for every device (by its index in {@code devices}) in parallel. The body becomes the device's
     * result, or a Map by device when there are several; the exchange fails with the first device's error (the
     * others' added as suppressed).
     */
    protected static <T> CompletableFuture<Map<String, T>> perDevice(Exchange exchange, List<String> devices,
                                                                   IntFunction<CompletableFuture<T>> call) {
        // the reply names its device(s), whether they came from the header or the URI
        exchange.getMessage().setHeader(HfCameraConstants.DEVICE_ID, String.join(",", devices));
        List<CompletableFuture<T>> futures = new ArrayList<>();
        for (int i = 0; i < devices.size(); i++) {
            futures.add(call.apply(i));
        }
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).handle((v, x) -> {
            Map<String, T> results = new LinkedHashMap<>();
            Throwable first = null;
            for (int i = 0; i < devices.size(); i++) {
                try {
                    results.put(devices.get(i), futures.get(i).join());
                } catch (RuntimeException e) {
                    Throwable c = HfSession.unwrap(e);
                    if (first == null) {
                        first = c;
                    } else {
                        first.addSuppressed(c);
                    }
                }
            }
            if (first != null) {
                throw first instanceof RuntimeException r ? r : new CompletionException(first);
            }
            exchange.getMessage().setBody(devices.size() == 1 ? results.get(devices.get(0)) : results);
            return results;
        });
    }
}
