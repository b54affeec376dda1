package io.github.camelhfcamera.hfcamera.session;

import java.time.Duration;

/** No reply from the device within the timeout. Names the messageId, the device and the operator. */
public class HfCameraTimeoutException extends RuntimeException {

    private final String messageId;
    private final String deviceId;
    private final String operator;
    private final Duration timeout;

    public HfCameraTimeoutException(String messageId, String deviceId, String operator, Duration timeout) {
        super("no answer from " + deviceId + " to " + operator + " (messageId " + messageId + ") within "
                + timeout.toMillis() + " ms");
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
