package io.github.camelhfcamera.hfcamera.session;

/** The command could not be published: the broker connection is down or refused it. */
public class HfCameraConnectionException extends RuntimeException {

    public HfCameraConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
