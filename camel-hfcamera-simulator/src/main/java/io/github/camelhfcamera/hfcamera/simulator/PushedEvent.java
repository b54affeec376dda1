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
package io.github.camelhfcamera.hfcamera.simulator;

import io.github.camelhfcamera.hfcamera.protocol.HfEvent;
import io.github.camelhfcamera.hfcamera.protocol.Operator;

/**
 * An event a camera produced.
 *
 * @param operator  its kind (RecPush, StrSnapPush, FireSmokeSnapPush, ...)
 * @param id        the RecordID, SnapID or SnapOrRecordID it carries, or {@code null} for kinds without one
 * @param event     the payload's info as sent
 * @param sent      true when it was published now; false when the camera was offline or its MQTT configuration
 *                  does not upload this kind (in resume mode an unsent record still waits to be sent)
 * @param suppressed true when the camera's configuration (upload types, alarm reset) kept it from being sent at all
 */
public record PushedEvent(Operator operator, Long id, HfEvent event, boolean sent, boolean suppressed) {

    /** The PushAckType that confirms it in resume mode (1, 2, 3), or 0 when it needs no PushAck. */
    public int pushAckType() {
        return operator.pushAckType();
    }
}
