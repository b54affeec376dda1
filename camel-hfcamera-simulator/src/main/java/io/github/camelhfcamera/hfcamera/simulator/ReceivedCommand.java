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

import java.time.Instant;

import io.github.camelhfcamera.hfcamera.protocol.HfMessage;

/**
 * A message a camera received on its cloud topic: a command, an Online-Ack or a PushAck.
 *
 * @param receivedAt   when it arrived
 * @param topic        the topic it arrived on
 * @param operator     its {@code operator}, or {@code null} when the payload was not readable at all
 * @param messageId    its {@code messageId}, or {@code null}
 * @param message      the decoded message, or {@code null} when the payload is not a protocol message
 * @param payloadBytes the size of the payload
 */
public record ReceivedCommand(Instant receivedAt, String topic, String operator, String messageId,
                              HfMessage<Object> message, int payloadBytes) {

    /** The decoded info as the given model type (for example {@code Person.class} for EditPerson). */
    public <T> T info(Class<T> type) {
        if (message == null) {
            throw new IllegalStateException(operator + " could not be decoded");
        }
        return message.info(type);
    }

    @Override
    public String toString() {
        return "ReceivedCommand[" + operator + ", messageId=" + messageId + ", " + payloadBytes + " bytes]";
    }
}
