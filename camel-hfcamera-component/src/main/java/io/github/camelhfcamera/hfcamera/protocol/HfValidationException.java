package io.github.camelhfcamera.hfcamera.protocol;

/**
 * A message refused before it was sent because a field breaks a limit of the protocol document. The message names
 * the field, what is wrong with its value and the limit.
 */
public class HfValidationException extends IllegalArgumentException {

    private final String field;

    public HfValidationException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The wire name of the offending field, with its path when nested (for example {@code info[3].customId}). */
    public String getField() {
        return field;
    }
}
