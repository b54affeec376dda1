package io.github.camelhfcamera.hfcamera.protocol;

/**
 * A payload that cannot be read as a protocol message: invalid JSON, too deep, or a field of the wrong type. The
 * message never contains the payload itself (it may carry images).
 */
public class HfProtocolException extends RuntimeException {

    public HfProtocolException(String message) {
        super(message);
    }

    public HfProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
