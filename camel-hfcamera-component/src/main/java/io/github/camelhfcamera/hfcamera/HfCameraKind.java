package io.github.camelhfcamera.hfcamera;

/** What an hfcamera endpoint does. */
public enum HfCameraKind {
    /** Producer: the devices' person lists. */
    persons,
    /** Producer: every other command of the protocol. */
    command,
    /** Consumer: the events the devices push. */
    events
}
