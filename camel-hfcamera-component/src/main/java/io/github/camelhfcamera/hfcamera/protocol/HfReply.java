package io.github.camelhfcamera.hfcamera.protocol;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The {@code info} of a device's answer to a command: {@code result} is "ok" or "fail", {@code detail} says why.
 */
public interface HfReply extends HfInfo {

    String result();

    String detail();

    /** False only when the device said {@code result: "fail"}; the envelope's {@code code} is checked separately. */
    @JsonIgnore // not a wire field: without this every reply written would carry "ok": true
    default boolean isOk() {
        return !"fail".equalsIgnoreCase(result());
    }
}
