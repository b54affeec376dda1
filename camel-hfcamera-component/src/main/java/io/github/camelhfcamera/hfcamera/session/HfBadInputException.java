package io.github.camelhfcamera.hfcamera.session;

/** Reports an {@link HfBadInput} to an exception handler. The message never contains the payload. */
public class HfBadInputException extends RuntimeException {

    private final transient HfBadInput badInput;

    public HfBadInputException(HfBadInput badInput) {
        super(badInput.toString(), badInput.cause());
        this.badInput = badInput;
    }

    public HfBadInput getBadInput() {
        return badInput;
    }
}
