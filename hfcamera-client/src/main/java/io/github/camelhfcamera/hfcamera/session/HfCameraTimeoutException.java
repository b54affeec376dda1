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

import java.time.Duration;

/** No reply from the device within the timeout. Names the messageId, the device and the operator. */
public class HfCameraTimeoutException extends HfCameraException {

    private final String messageId;
    private final String deviceId;
    private final String operator;
    private final Duration timeout;

    public HfCameraTimeoutException(String messageId, String deviceId, String operator, Duration timeout) {
        this(messageId, deviceId, operator, timeout, null);
    }

    /** The same timeout with what is known about the device ({@code detail}, appended to the message). */
    public HfCameraTimeoutException(String messageId, String deviceId, String operator, Duration timeout,
                                    String detail) {
        super("no answer from " + deviceId + " to " + operator + " (messageId " + messageId + ") within "
                + timeout.toMillis() + " ms" + (detail == null ? "" : "; " + detail));
        this.messageId = messageId;
        this.deviceId = deviceId;
        this.operator = operator;
        this.timeout = timeout;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public String getOperator() {
        return operator;
    }

    public Duration getTimeout() {
        return timeout;
    }
}
