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
package io.github.camelhfcamera.hfcamera.protocol;

/**
 * The {@code info} of a message a device pushes on its own: a record, a snapshot, an alarm or a status.
 */
public interface HfEvent extends HfInfo {

    /** The device id the payload names ({@code facesluiceId} or {@code deviceId} on the wire). */
    String deviceId();

    /**
     * The id a PushAck must echo in resume mode ({@code RecordID}, {@code SnapID} or {@code SnapOrRecordID}), or
     * {@code null} for events that carry none.
     */
    default Long recordId() {
        return null;
    }
}
