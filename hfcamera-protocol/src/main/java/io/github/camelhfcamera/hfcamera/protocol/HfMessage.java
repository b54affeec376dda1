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

import java.util.Map;
import java.util.Optional;

/**
 * One protocol message: the envelope ({@code operator}, {@code messageId}, {@code code}) and its typed {@code info}.
 *
 * @param operatorName the operator as on the wire; replies carry their reply name ({@code EditPerson-Ack})
 * @param messageId    the id replies are correlated by; events have none
 * @param code         the reply's status code when the device sends one (200 is success), else {@code null}
 * @param info         the typed info ({@link Operator#infoType()} or {@link Operator#replyType()}); a
 *                     {@code Map} for operators the table does not know; {@code null} when the message has none
 * @param envelope     other top-level fields ({@code DataBegin}, {@code PersonNum}, {@code DataEnd}, ...)
 */
public record HfMessage<T>(String operatorName, String messageId, Integer code, T info, Map<String, Object> envelope) {

    /** The success code of the document's replies. */
    public static final int OK = 200;

    public HfMessage {
        envelope = Values.unknown(envelope);
    }

    /** A message with no status code and no extra envelope field, as the platform sends them. */
    public static <T> HfMessage<T> of(Operator operator, String messageId, T info) {
        return new HfMessage<>(operator.wireName(), messageId, null, info, Map.of());
    }

    /** The operator of the table this message names, if any (reply names resolve to their command). */
    public Optional<Operator> operator() {
        Optional<Operator> op = Operator.of(operatorName);
        return op.isPresent() ? op : Operator.ofReplyName(operatorName);
    }

    /** True when the device answered with a code other than 200. */
    public boolean isErrorCode() {
        return code != null && code != OK;
    }

    /** The info as the given type, or an exception naming both types. */
    public <X> X info(Class<X> type) {
        if (!type.isInstance(info)) {
            throw new ClassCastException(operatorName + " carries " + (info == null ? "no info" : info.getClass().getSimpleName())
                    + ", not " + type.getSimpleName());
        }
        return type.cast(info);
    }

    @Override
    public String toString() {
        return "HfMessage[" + operatorName + ", messageId=" + messageId + (code == null ? "" : ", code=" + code) + "]";
    }
}
