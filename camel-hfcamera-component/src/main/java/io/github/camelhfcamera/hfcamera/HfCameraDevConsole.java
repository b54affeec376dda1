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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.camelhfcamera.hfcamera.session.DeviceState;
import io.github.camelhfcamera.hfcamera.session.DeviceStatus;
import io.github.camelhfcamera.hfcamera.session.HfBadInput;
import io.github.camelhfcamera.hfcamera.session.HfSession;
import io.github.camelhfcamera.hfcamera.session.SessionStats;
import org.apache.camel.Component;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code hfcamera} dev console ({@code camel get hfcamera}, Hawtio, {@code /observe/dev/hfcamera}): per component
 * and connection, the broker, the subscriptions, the endpoints using it, the pending commands and queue, the counters,
 * the commands by operator and outcome, the devices with their state, since when, when last seen and their clock
 * offset, and the photo servers with their counters. Options:
 * {@code limit} (devices listed per connection, {@value #DEFAULT_LIMIT} by default) and {@code state} (only the
 * devices in that state: online, lost, offline).
 */
@DevConsole(name = "hfcamera", displayName = "HF Camera", description = "HF cameras: connections, devices, counters")
public class HfCameraDevConsole extends AbstractDevConsole {

    /** How many devices to list per connection. */
    public static final String LIMIT = "limit";
    /** Only the devices in this state (online, lost, offline). */
    public static final String STATE = "state";
    static final int DEFAULT_LIMIT = 1000;

    public HfCameraDevConsole() {
        super("camel", "hfcamera", "HF Camera", "HF cameras: connections, devices, counters");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder sb = new StringBuilder();
        for (Object c : components(options)) {
            JsonObject comp = (JsonObject) c;
            sb.append(String.format("Component: %s%n", comp.get("name")));
            for (Object o : (JsonArray) comp.get("connections")) {
                JsonObject cn = (JsonObject) o;
                sb.append(String.format("    Broker: %s (client id %s)%n", cn.get("brokerUrl"), cn.get("clientId")));
                sb.append(String.format("    Connected: %s, events subscribed: %s%s%n", cn.get("connected"),
                        cn.get("eventsSubscribed"), cn.get("sharedSubscriptionGroup") == null ? ""
                                : ", shared subscription group " + cn.get("sharedSubscriptionGroup")));
                sb.append(String.format("    Endpoints using it: %s%n", cn.get("users")));
                sb.append(String.format("    Pending commands: %s, queued messages: %s (%s bytes)%n",
                        cn.get("pendingCommands"), cn.get("queuedMessages"), cn.get("queuedBytes")));
                JsonObject counters = (JsonObject) cn.get("counters");
                StringBuilder line = new StringBuilder();
                counters.forEach((k, v) -> line.append(line.length() == 0 ? "" : ", ").append(k).append('=').append(v));
                sb.append(String.format("    Counters: %s%n", line));
                for (Object co : (JsonArray) cn.get("commands")) {
                    JsonObject cmd = (JsonObject) co;
                    sb.append(String.format("    Command %s %s: %s (mean %s ms, max %s ms)%n", cmd.get("operator"),
                            cmd.get("outcome"), cmd.get("count"), cmd.get("meanMillis"), cmd.get("maxMillis")));
                }
                JsonObject devices = (JsonObject) cn.get("devices");
                sb.append(String.format("    Devices: %s (online %s, lost %s, offline %s)%n", devices.get("total"),
                        devices.get("online"), devices.get("lost"), devices.get("offline")));
                for (Object d : (JsonArray) devices.get("list")) {
                    JsonObject dev = (JsonObject) d;
                    sb.append(String.format("        %s %s since %s, last seen %s%s%s%n", dev.get("deviceId"),
                            dev.get("state"), dev.get("since"), dev.get("lastSeen"),
                            dev.get("ip") == null ? "" : ", " + dev.get("ip"),
                            dev.get("clockOffsetMillis") == null ? "" : ", clock offset "
                                    + dev.get("clockOffsetMillis") + " ms"));
                }
                if (devices.get("truncated") != null) {
                    sb.append(String.format("        ... %s more%n", devices.get("truncated")));
                }
            }
            for (Object o : (JsonArray) comp.get("photoServers")) {
                JsonObject ps = (JsonObject) o;
                sb.append(String.format("    Photo server: %s (offered %s, served %s, refused %s, expired %s,"
                        + " waiting %s)%n", ps.get("url"), ps.get("offered"), ps.get("served"), ps.get("refused"),
                        ps.get("expired"), ps.get("waiting")));
            }
        }
        return sb.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        root.put("components", components(options));
        return root;
    }

    private JsonArray components(Map<String, Object> options) {
        int limit = DEFAULT_LIMIT;
        Object l = options.get(LIMIT);
        if (l != null) {
            limit = Integer.parseInt(l.toString().trim());
        }
        DeviceState only = null;
        Object st = options.get(STATE);
        if (st != null && !st.toString().isBlank()) {
            only = DeviceState.valueOf(st.toString().trim().toUpperCase());
        }
        JsonArray all = new JsonArray();
        for (String name : getCamelContext().getComponentNames()) {
            Component c = getCamelContext().hasComponent(name);
            if (c instanceof HfCameraComponent hf) {
                JsonObject jo = new JsonObject();
                jo.put("name", name);
                JsonArray connections = new JsonArray();
                for (HfSession s : hf.getSessions()) {
                    connections.add(connection(hf, s, limit, only));
                }
                jo.put("connections", connections);
                JsonArray photoServers = new JsonArray();
                for (io.github.camelhfcamera.hfcamera.session.HfPhotoServer ps : hf.getPhotoServers()) {
                    JsonObject po = new JsonObject();
                    po.put("url", ps.baseUrl());
                    po.put("offered", ps.offered());
                    po.put("served", ps.served());
                    po.put("refused", ps.refused());
                    po.put("expired", ps.expired());
                    po.put("waiting", ps.waiting());
                    photoServers.add(po);
                }
                jo.put("photoServers", photoServers);
                all.add(jo);
            }
        }
        return all;
    }

    private static JsonObject connection(HfCameraComponent hf, HfSession s, int limit, DeviceState only) {
        JsonObject jo = new JsonObject();
        jo.put("brokerUrl", s.config().brokerUrl());
        jo.put("clientId", s.clientId());
        jo.put("connected", s.isConnected());
        jo.put("eventsSubscribed", s.isEventsSubscribed());
        if (s.config().sharedSubscriptionGroup() != null) {
            jo.put("sharedSubscriptionGroup", s.config().sharedSubscriptionGroup());
        }
        jo.put("users", hf.users(s));
        jo.put("pendingCommands", s.pendingCommands());
        jo.put("queuedMessages", s.queuedMessages());
        jo.put("queuedBytes", s.queuedBytes());
        SessionStats st = s.stats();
        JsonObject counters = new JsonObject();
        counters.put("eventsReceived", st.events());
        counters.put("eventsRouted", st.routed());
        counters.put("duplicates", st.duplicates());
        counters.put("unrouted", st.unrouted());
        counters.put("failedRecords", st.failedRecords());
        counters.put("pushAcks", st.pushAcks());
        counters.put("onlineAcks", st.onlineAcks());
        counters.put("commands", st.commands());
        counters.put("timeouts", st.timeouts());
        counters.put("badInput", st.badInput());
        for (HfBadInput.Kind k : HfBadInput.Kind.values()) {
            counters.put("badInput." + k.name().toLowerCase(), st.badInput(k));
        }
        counters.put("reconnects", st.reconnects());
        counters.put("inboxFull", st.inboxFull());
        counters.put("gapRecoveries", st.gapRecoveries());
        counters.put("recovered", st.recovered());
        counters.put("clockSyncs", st.clockSyncs());
        jo.put("counters", counters);
        JsonArray commands = new JsonArray();
        for (SessionStats.CommandCount c : st.commandsByOperator()) {
            JsonObject co = new JsonObject();
            co.put("operator", c.operator());
            co.put("outcome", c.outcome().name().toLowerCase());
            co.put("count", c.count());
            co.put("meanMillis", c.count() == 0 ? 0 : c.totalNanos() / c.count() / 1_000_000);
            co.put("maxMillis", c.maxNanos() / 1_000_000);
            commands.add(co);
        }
        jo.put("commands", commands);
        jo.put("devices", devices(s, limit, only));
        return jo;
    }

    private static JsonObject devices(HfSession s, int limit, DeviceState only) {
        int[] counts = new int[DeviceState.values().length];
        List<DeviceStatus> listed = new ArrayList<>();
        int[] left = new int[1];
        s.registry().forEach(d -> {
            counts[d.state().ordinal()]++;
            if (only == null || d.state() == only) {
                if (listed.size() < limit) {
                    listed.add(d);
                } else {
                    left[0]++;
                }
            }
        });
        listed.sort(java.util.Comparator.comparing(DeviceStatus::deviceId));
        JsonObject jo = new JsonObject();
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        jo.put("total", total);
        jo.put("online", counts[DeviceState.ONLINE.ordinal()]);
        jo.put("lost", counts[DeviceState.LOST.ordinal()]);
        jo.put("offline", counts[DeviceState.OFFLINE.ordinal()]);
        JsonArray list = new JsonArray();
        for (DeviceStatus d : listed) {
            JsonObject dj = new JsonObject();
            dj.put("deviceId", d.deviceId());
            dj.put("state", d.state().name());
            dj.put("since", text(d.since()));
            dj.put("lastSeen", text(d.lastSeen()));
            if (d.ip() != null) {
                dj.put("ip", d.ip());
            }
            if (d.name() != null) {
                dj.put("name", d.name());
            }
            if (d.clockOffset() != null) {
                dj.put("clockOffsetMillis", d.clockOffset().toMillis());
            }
            list.add(dj);
        }
        jo.put("list", list);
        if (left[0] > 0) {
            jo.put("truncated", left[0]);
        }
        return jo;
    }

    private static String text(Instant i) {
        return i == null ? null : i.toString();
    }
}
