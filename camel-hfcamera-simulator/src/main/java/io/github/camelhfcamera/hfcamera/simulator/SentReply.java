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

/**
 * A message a simulated camera published on its {@code .../Ack} topic: a command's reply or a PushAck-Ack.
 *
 * @param sentAt when it was handed to the broker
 * @param operator the reply's operator as sent (for example {@code ManualPushSnaps-Ack} for ManualPushRecords)
 * @param messageId the messageId of the command it answers
 * @param code the reply's {@code code}, or {@code null} when the reply has none
 */
public record SentReply(Instant sentAt, String operator, String messageId, Integer code) {
}
