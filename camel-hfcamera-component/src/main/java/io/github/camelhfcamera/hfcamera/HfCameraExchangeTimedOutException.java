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

import java.time.Duration;

import io.github.camelhfcamera.hfcamera.session.HfCameraTimeoutException;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeTimedOutException;

/**
 * A device did not answer a command within its timeout ({@code requestTimeout}, or {@code batchTimeout} for batches):
 * Camel's {@link ExchangeTimedOutException}, so that {@code onException(ExchangeTimedOutException.class)} catches it,
 * naming the device, the operator and the messageId. Its cause is the session's {@link HfCameraTimeoutException}.
 */
public class HfCameraExchangeTimedOutException extends ExchangeTimedOutException {

    private final String deviceId;
    private final String operator;
    private final String messageId;
    private final Duration timeout;

    public HfCameraExchangeTimedOutException(Exchange exchange, HfCameraTimeoutException cause) {
        super(exchange, cause.getTimeout().toMillis(), cause.getMessage());
        initCause(cause);
        this.deviceId = cause.getDeviceId();
        this.operator = cause.getOperator();
        this.messageId = cause.getMessageId();
        this.timeout = cause.getTimeout();
    }

    /** The device that did not answer. */
    public String getDeviceId() {
        return deviceId;
    }

    /** The command's operator, for example {@code GetSysTime}. */
    public String getOperator() {
        return operator;
    }

    /** The command's messageId. */
    public String getMessageId() {
        return messageId;
    }

    /** The timeout that ran out. */
    public Duration getDuration() {
        return timeout;
    }
}
