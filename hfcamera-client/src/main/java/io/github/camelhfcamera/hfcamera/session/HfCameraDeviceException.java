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

/**
 * A device answered a command with an error: a {@code code} other than 200, or {@code result: "fail"}. Carries the
 * operator, the device, the code and the text of the document's appendix for that code.
 */
public class HfCameraDeviceException extends HfCameraException {

    private final String operator;
    private final String deviceId;
    private final Integer code;
    private final String text;
    private final String messageId;

    public HfCameraDeviceException(String operator, String deviceId, Integer code, String text, String messageId) {
        super(deviceId + " answered " + operator + (code == null ? " with result fail" : " with code " + code)
                + (text == null || text.isEmpty() ? "" : ": " + text) + " (messageId " + messageId + ")");
        this.operator = operator;
        this.deviceId = deviceId;
        this.code = code;
        this.text = text;
        this.messageId = messageId;
    }

    /** The command's operator, for example {@code EditPerson}. */
    public String getOperator() {
        return operator;
    }

    public String getDeviceId() {
        return deviceId;
    }

    /** The reply's code, or {@code null} when the device only said {@code result: "fail"}. */
    public Integer getCode() {
        return code;
    }

    /** The appendix's text for the code, or the device's {@code detail}. */
    public String getText() {
        return text;
    }

    public String getMessageId() {
        return messageId;
    }
}
