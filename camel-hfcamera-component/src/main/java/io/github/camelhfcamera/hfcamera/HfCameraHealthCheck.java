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
import java.util.List;
import java.util.Map;

import io.github.camelhfcamera.hfcamera.session.DeviceState;
import io.github.camelhfcamera.hfcamera.session.HfSession;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * The component's check, readiness: UP while every open broker connection is up (and when none is open: no route
 * uses the component). The fleet is its details, never its state: {@code devices}, {@code devices.online},
 * {@code devices.lost}, {@code devices.offline} and {@code devices.down} (the ids of the devices lost or offline, the
 * first {@value #DOWN_LISTED}); the clocks: {@code devices.clockOffsetMaxMillis} (the offset farthest from zero),
 * {@code devices.clockOff} (how many devices are off by more than maxClockOffset) and {@code devices.clockOff.list}
 * (which, by how many seconds); with a photo server its URL, {@code photos.served} and {@code photos.refused}. One pass over each connection's registry, no copy, no sort. Its id is the component's
 * name ({@code hfcamera}, or the name a second component was added under).
 */
public class HfCameraHealthCheck extends AbstractHealthCheck {

    /** How many ids of devices down the details list at most. */
    static final int DOWN_LISTED = 50;

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
        List<HfSession> sessions = component.getSessions();
        int[] counts = new int[DeviceState.values().length];
        List<String> down = new ArrayList<>();
        List<String> disconnected = new ArrayList<>();
        List<String> brokers = new ArrayList<>();
        long badInput = 0;
        List<String> clockOff = new ArrayList<>();
        int[] clockOffCount = new int[1];
        long[] largest = { Long.MIN_VALUE };
        for (HfSession s : sessions) {
            long max = s.config().maxClockOffset().toMillis();
            s.registry().forEach(d -> {
                counts[d.state().ordinal()]++;
                if (d.state() != DeviceState.ONLINE && down.size() < DOWN_LISTED) {
                    down.add(d.deviceId());
                }
                if (d.clockOffset() != null) {
                    long off = d.clockOffset().toMillis();
                    if (largest[0] == Long.MIN_VALUE || Math.abs(off) > Math.abs(largest[0])) {
                        largest[0] = off;
                    }
                    if (Math.abs(off) > max) {
                        clockOffCount[0]++;
                        if (clockOff.size() < DOWN_LISTED) {
                            clockOff.add(d.deviceId() + " (" + Math.round(off / 1000.0) + " s)");
                        }
                    }
                }
            });
            badInput += s.stats().badInput();
            String url = s.config().brokerUrl();
            if (!brokers.contains(url)) {
                brokers.add(url);
            }
            if (!s.isConnected()) {
                disconnected.add(url + " (" + s.clientId() + ")");
            }
        }
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        int notOnline = total - counts[DeviceState.ONLINE.ordinal()];
        builder.detail("connections", sessions.size());
        builder.detail("brokerUrl", sessions.isEmpty() ? component.getConfiguration().getBrokerUrl() : String.join(",", brokers));
        builder.detail("devices", total);
        builder.detail("devices.online", counts[DeviceState.ONLINE.ordinal()]);
        builder.detail("devices.lost", counts[DeviceState.LOST.ordinal()]);
        builder.detail("devices.offline", counts[DeviceState.OFFLINE.ordinal()]);
        if (notOnline > 0) {
            builder.detail("devices.down", String.join(",", down) + (notOnline > down.size()
                    ? " and " + (notOnline - down.size()) + " more" : ""));
        }
        builder.detail("badInput", badInput);
        if (largest[0] != Long.MIN_VALUE) {
            builder.detail("devices.clockOffsetMaxMillis", largest[0]);
        }
        builder.detail("devices.clockOff", clockOffCount[0]);
        if (!clockOff.isEmpty()) {
            builder.detail("devices.clockOff.list", String.join(",", clockOff) + (clockOffCount[0] > clockOff.size()
                    ? " and " + (clockOffCount[0] - clockOff.size()) + " more" : ""));
        }
        List<io.github.camelhfcamera.hfcamera.session.HfPhotoServer> photoServers = component.getPhotoServers();
        if (!photoServers.isEmpty()) {
            builder.detail("photoServer", String.join(",", photoServers.stream()
                    .map(io.github.camelhfcamera.hfcamera.session.HfPhotoServer::baseUrl).toList()));
            builder.detail("photos.served", component.getPhotosServed());
            builder.detail("photos.refused", component.getPhotoRequestsRefused());
        }
        if (disconnected.isEmpty()) {
            builder.up();
        } else {
            builder.message("not connected to the MQTT broker " + String.join(", ", disconnected));
            builder.down();
        }
    }
}
