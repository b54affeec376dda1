package io.github.camelhfcamera.hfcamera.session;

/**
 * A person the device did not add, change or delete.
 *
 * @param customId the person
 * @param errcode  the device's errcode (or the command's code for a single-person command), {@code null} when the
 *                 device gave none
 * @param text     the appendix's text for the code
 */
public record PersonFailure(String customId, Integer errcode, String text) {
}
