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

    /**
     * Checks this info as the info of {@code operator}: that the operator takes this type, then every limit, including
     * those that depend on the command (AddPersons needs a picURI for every person, EditPersonsNew does not).
     *
     * @throws HfValidationException naming the field, the problem and the limit
     */
    default void validate(Operator operator) {
        if (operator.infoType() != null && !operator.infoType().isInstance(this)) {
            throw new HfValidationException("info", operator.wireName() + " takes " + operator.infoType().getSimpleName()
                    + ", not " + getClass().getSimpleName());
        }
        validate();
    }
}
