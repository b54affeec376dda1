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
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.camelhfcamera.hfcamera.protocol.DeviceIds;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.session.HfDeviceEvent;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Persons, commands and events of HF network cameras (MQTT protocol V1.25) over one MQTT connection.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "hfcamera", title = "HF Camera", syntax = "hfcamera:kind",
             category = { Category.IOT }, headersClass = HfCameraConstants.class)
public class HfCameraEndpoint extends DefaultEndpoint {

    @UriPath(description = "What the endpoint does: persons (producer: the devices' person lists), command (producer:"
                           + " every other command) or events (consumer: what the devices push).")
    @Metadata(required = true)
    private HfCameraKind kind;

    @UriParam
    private HfCameraConfiguration configuration;

    @UriParam(label = "common",
              description = "The device id(s): for producers the device(s) to send to, comma separated (each served"
                            + " in parallel), overridable by the CamelHfCameraDeviceId header; for events a filter,"
                            + " every device when not set.")
    private String deviceId;

    @UriParam(label = "producer", defaultValue = "upsert",
              description = "persons: upsert (one person as EditPerson, several as EditPersonsNew batches), add"
                            + " (AddPersons), delete (one customId as DelPerson, several as DeletePersons), deleteAll"
                            + " (needs confirm=true), get (SearchPerson), listIds (QueryPerson, duplicates removed)"
                            + " search (SearchPersonList) or sync (the body is the complete list each device must"
                            + " hold: new and changed persons upserted, missing ones deleted; see maxDeletes, dryRun"
                            + " and syncStateRepository). Overridable by the CamelHfCameraOperation header.")
    private HfCameraOperation operation = HfCameraOperation.upsert;

    @UriParam(label = "producer",
              description = "command: the protocol operator to send, for example GetSysTime or SetSysTime (see"
                            + " allowUnknownOperator for one the document does not know). Overridable by the"
                            + " CamelHfCameraOperator header.")
    private String operator;

    @UriParam(label = "producer,advanced", defaultValue = "false",
              description = "command: send an operator the protocol document does not know (newer firmware) as given,"
                            + " with a JSON body, its reply returned as a Map. Without it such an operator fails when"
                            + " the route starts (or, from the header, the exchange), naming the nearest known"
                            + " operator.")
    private boolean allowUnknownOperator;

    @UriParam(label = "consumer",
              description = "events: the operators (RecPush, StrSnapPush, HeartBeat, DeviceLost, ...) or groups"
                            + " (recognition, stranger, alarm, status) to receive, comma separated; every event when"
                            + " not set.")
    private String type;

    @UriParam(label = "producer", defaultValue = "false",
              description = "persons get: fetch the person's photo too.")
    private boolean withPicture;

    @UriParam(label = "producer", defaultValue = "false",
              description = "Confirms a destructive operation: required for persons deleteAll and for the"
                            + " SetFactoryDefault command.")
    private boolean confirm;

    @UriParam(label = "producer", defaultValue = "true",
              description = "persons search: fetch every page (true) or only the page the criteria name.")
    private boolean allPages = true;

    @UriParam(label = "producer", defaultValue = "1000",
              description = "persons search: persons per page (RequestCount, 1 to 2000) when the criteria give none;"
                            + " persons sync: persons per page when the device's list is read.")
    private int pageSize = 1000;

    @UriParam(label = "producer", defaultValue = "false",
              description = "persons sync: read the devices' lists and return the plan (what would be added, updated,"
                            + " deleted) without sending any change or saving any state. Overridable by the"
                            + " CamelHfCameraDryRun header.")
    private boolean dryRun;

    private Set<String> typeFilter;
    private Set<String> deviceFilter;

    public HfCameraEndpoint(String uri, HfCameraComponent component, HfCameraKind kind,
                            HfCameraConfiguration configuration) {
        super(uri, component);
        this.kind = kind;
        this.configuration = configuration;
    }

    @Override
    public HfCameraComponent getComponent() {
        return (HfCameraComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        return switch (kind) {
            case persons -> new HfCameraPersonsProducer(this);
            case command -> new HfCameraCommandProducer(this);
            case events -> throw new IllegalArgumentException(
                    "hfcamera:events only receives; send with hfcamera:persons or hfcamera:command");
        };
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (kind != HfCameraKind.events) {
            throw new IllegalArgumentException("hfcamera:" + kind + " only sends; receive with hfcamera:events");
        }
        HfCameraEventsConsumer consumer = new HfCameraEventsConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (kind == HfCameraKind.command && operator != null && !operator.isBlank()) {
            checkOperator(operator);
        }
        typeFilter = expandTypes(type);
        deviceFilter = HfCameraComponent.parseList(deviceId);
    }

    /**
     * Refuses an operator the document does not know unless allowUnknownOperator is set, naming the nearest command
     * (a typo such as GetSystime would otherwise be published as is and time out).
     */
    void checkOperator(String name) {
        if (allowUnknownOperator || Operator.of(name).isPresent()) {
            return;
        }
        throw new IllegalArgumentException("operator '" + DeviceIds.printable(name) + "' is not a command of the"
                + " protocol document; did you mean " + nearestCommand(name) + "? (set allowUnknownOperator=true to"
                + " send an operator of newer firmware as given)");
    }

    /** The command of the document whose name is closest to {@code name} (edit distance, case ignored). */
    static String nearestCommand(String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String n = name.toLowerCase(java.util.Locale.ROOT);
        for (Operator op : Operator.byDirection(Operator.Direction.COMMAND)) {
            int d = distance(n, op.wireName().toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = op.wireName();
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The operator names a type option stands for; empty means every event. */
    static Set<String> expandTypes(String type) {
        Set<String> names = new LinkedHashSet<>();
        for (String t : HfCameraComponent.parseList(type)) {
            Operator.EventGroup group = null;
            for (Operator.EventGroup g : Operator.EventGroup.values()) {
                if (g.name().equalsIgnoreCase(t)) {
                    group = g;
                }
            }
            if (group != null) {
                for (Operator op : Operator.byDirection(Operator.Direction.EVENT)) {
                    if (op.group() == group) {
                        names.add(op.wireName());
                    }
                }
                if (group == Operator.EventGroup.STATUS) {
                    names.add(HfDeviceEvent.DEVICE_ONLINE);
                    names.add(HfDeviceEvent.DEVICE_LOST);
                }
            } else if (Operator.of(t).filter(o -> o.direction() == Operator.Direction.EVENT).isPresent()
                    || t.equals(HfDeviceEvent.DEVICE_ONLINE) || t.equals(HfDeviceEvent.DEVICE_LOST)) {
                names.add(t);
            } else {
                List<String> known = new ArrayList<>();
                for (Operator op : Operator.byDirection(Operator.Direction.EVENT)) {
                    known.add(op.wireName());
                }
                throw new IllegalArgumentException("type '" + t + "' is neither an event operator " + known
                        + ", DeviceOnline, DeviceLost, nor a group (recognition, stranger, alarm, status)");
            }
        }
        return names;
    }

    boolean accepts(HfDeviceEvent e) {
        return (typeFilter.isEmpty() || typeFilter.contains(e.operatorName()))
                && (deviceFilter.isEmpty() || deviceFilter.contains(e.deviceId()));
    }

    boolean acceptsDevice(String id) {
        return deviceFilter.isEmpty() || id == null || deviceFilter.contains(id);
    }

    /** The devices a producer exchange goes to: the header (comma separated or a collection), else the option. */
    List<String> targetDevices(Exchange exchange) {
        Object h = exchange.getMessage().getHeader(HfCameraConstants.DEVICE_ID);
        Set<String> ids = new LinkedHashSet<>();
        if (h instanceof Collection<?> c) {
            c.forEach(o -> ids.addAll(HfCameraComponent.parseList(String.valueOf(o))));
        } else if (h instanceof String[] a) {
            for (String s : a) {
                ids.addAll(HfCameraComponent.parseList(s));
            }
        } else if (h != null) {
            ids.addAll(HfCameraComponent.parseList(h.toString()));
        } else {
            for (String s : (deviceId == null ? "" : deviceId).split(",")) {
                if (!s.isBlank()) {
                    ids.add(s.trim());
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no device: set the deviceId option or the "
                    + HfCameraConstants.DEVICE_ID + " header");
        }
        for (String id : ids) {
            // the one check of a device id: before it reaches a topic, a log line or the registry
            DeviceIds.check("deviceId", id);
        }
        return List.copyOf(ids);
    }

    // ------------------------------------------------------------------------------------------- options

    public HfCameraKind getKind() {
        return kind;
    }

    public void setKind(HfCameraKind kind) {
        this.kind = kind;
    }

    public HfCameraConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(HfCameraConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public void setDeviceId(String deviceId) {
        this.deviceId = deviceId;
    }

    public HfCameraOperation getOperation() {
        return operation;
    }

    public void setOperation(HfCameraOperation operation) {
        this.operation = operation;
    }

    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public boolean isAllowUnknownOperator() {
        return allowUnknownOperator;
    }

    public void setAllowUnknownOperator(boolean allowUnknownOperator) {
        this.allowUnknownOperator = allowUnknownOperator;
    }

    public boolean isWithPicture() {
        return withPicture;
    }

    public void setWithPicture(boolean withPicture) {
        this.withPicture = withPicture;
    }

    public boolean isConfirm() {
        return confirm;
    }

    public void setConfirm(boolean confirm) {
        this.confirm = confirm;
    }

    public boolean isAllPages() {
        return allPages;
    }

    public void setAllPages(boolean allPages) {
        this.allPages = allPages;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }
}
