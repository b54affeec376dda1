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
