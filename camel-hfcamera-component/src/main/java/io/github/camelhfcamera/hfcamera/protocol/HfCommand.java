package io.github.camelhfcamera.hfcamera.protocol;

/**
 * The {@code info} of a message the platform sends to a device: a command, or the platform's Online-Ack / PushAck.
 */
public interface HfCommand extends HfInfo {

    /**
     * Checks every limit the document states for this message before anything is sent.
     *
     * @throws HfValidationException naming the field, the problem and the limit
     */
    default void validate() {
    }
}
