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

import org.apache.camel.spi.Metadata;

/** The headers of the hfcamera component. */
public final class HfCameraConstants {

    @Metadata(description = "The device id: on events the device that sent it; on producers the device(s) to send to"
                            + " (comma separated or a collection), overriding the deviceId option.",
              javaType = "String")
    public static final String DEVICE_ID = "CamelHfCameraDeviceId";

    @Metadata(label = "producer", description = "The persons operation, overriding the operation option: an"
                                                + " HfCameraOperation or its name.",
              javaType = "io.github.camelhfcamera.hfcamera.HfCameraOperation")
    public static final String OPERATION = "CamelHfCameraOperation";

    @Metadata(description = "The protocol operator: of the event received (RecPush, HeartBeat, DeviceLost, ...), or"
                            + " of the command to send, overriding the operator option.",
              javaType = "String")
    public static final String OPERATOR = "CamelHfCameraOperator";

    @Metadata(label = "producer", description = "For the persons get operation: whether to fetch the photo,"
                                                + " overriding the withPicture option.",
              javaType = "Boolean")
    public static final String WITH_PICTURE = "CamelHfCameraWithPicture";

    @Metadata(label = "consumer", description = "The record's id: RecordID, SnapID or SnapOrRecordID.",
              javaType = "Long")
    public static final String RECORD_ID = "CamelHfCameraRecordId";

    @Metadata(label = "consumer", description = "Whether a recognition record was sent in real time (RecPush's"
                                                + " Sendintime = 1); absent for events without that flag.",
              javaType = "Boolean")
    public static final String REALTIME = "CamelHfCameraRealtime";

    @Metadata(label = "consumer", description = "The MQTT topic the event came on (empty for DeviceOnline and"
                                                + " DeviceLost, which the component derives).",
              javaType = "String")
    public static final String TOPIC = "CamelHfCameraTopic";

    @Metadata(label = "consumer", description = "For status events: the device's state in the registry (ONLINE,"
                                                + " LOST, OFFLINE).",
              javaType = "String")
    public static final String DEVICE_STATE = "CamelHfCameraDeviceState";

    @Metadata(label = "producer", description = "Persons operations: how many persons the devices confirmed, all"
                                                + " devices together (sync: added, updated and deleted).",
              javaType = "Integer")
    public static final String SUCCEEDED_COUNT = "CamelHfCameraSucceededCount";

    @Metadata(label = "producer", description = "Persons operations: how many persons the devices refused, all"
                                                + " devices together (sync: refused).",
              javaType = "Integer")
    public static final String FAILED_COUNT = "CamelHfCameraFailedCount";

    @Metadata(label = "producer", description = "The number of results: persons found (get, search), customIds"
                                                + " listed (listIds), all devices together.",
              javaType = "Integer")
    public static final String RESULT_COUNT = "CamelHfCameraResultCount";

    @Metadata(label = "producer", description = "For the persons sync operation: plan only (true) or sync (false),"
                                                + " overriding the dryRun option.",
              javaType = "Boolean")
    public static final String DRY_RUN = "CamelHfCameraDryRun";

    @Metadata(label = "producer", description = "For the persons sync operation: how far the sync of each device is,"
                                                + " a Map by device id of PersonSyncProgress (batch n of m, persons"
                                                + " confirmed and refused, changes answered of the plan's), set when"
                                                + " the sync starts and updated after every batch while the exchange"
                                                + " is in flight. A ConcurrentMap already in the header is the one"
                                                + " filled, so that another thread can watch the sync.",
              javaType = "java.util.Map<String, io.github.camelhfcamera.hfcamera.session.PersonSyncProgress>")
    public static final String SYNC_PROGRESS = "CamelHfCameraSyncProgress";

    private HfCameraConstants() {
    }
}
