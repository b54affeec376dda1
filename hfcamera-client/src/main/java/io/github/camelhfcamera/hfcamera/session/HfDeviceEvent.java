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
package io.github.camelhfcamera.hfcamera.session;

import io.github.camelhfcamera.hfcamera.protocol.Operator;

/**
 * An event a device pushed (or one the component derives: {@code DeviceOnline}, {@code DeviceLost}), as handed to
 * the listeners.
 *
 * @param topic        the topic it came on (empty for the component's own events)
 * @param deviceId     the device
 * @param operatorName the operator, for example {@code RecPush}, {@code DeviceLost}
 * @param operator     the operator of the table, or {@code null} for unknown and derived events
 * @param info         the typed event (a {@code Map} for operators the table does not know, a {@link DeviceStatus}
 *                     for derived events)
 * @param recordId     the RecordID / SnapID / SnapOrRecordID, or {@code null}
 * @param realtime     RecPush's Sendintime as a flag, {@code null} when the event has none
 */
public record HfDeviceEvent(String topic, String deviceId, String operatorName, Operator operator, Object info,
                            Long recordId, Boolean realtime) {

    /** The component's own event when a device comes (back) online. */
    public static final String DEVICE_ONLINE = "DeviceOnline";
    /** The component's own event when a device missed its heartbeats. */
    public static final String DEVICE_LOST = "DeviceLost";

    /** The event's group, {@code STATUS} for the derived events, {@code null} for unknown operators. */
    public Operator.EventGroup group() {
        if (operator != null) {
            return operator.group();
        }
        return DEVICE_ONLINE.equals(operatorName) || DEVICE_LOST.equals(operatorName) ? Operator.EventGroup.STATUS : null;
    }
}
