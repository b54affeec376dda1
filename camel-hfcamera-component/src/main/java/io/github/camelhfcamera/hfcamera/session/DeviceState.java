package io.github.camelhfcamera.hfcamera.session;

/** What the component knows of a device. */
public enum DeviceState {
    /** Sent Online or a HeartBeat (or any message) recently. */
    ONLINE,
    /** Missed heartbeatMissesBeforeLost heartbeats in a row. */
    LOST,
    /** Sent Offline (its MQTT will). */
    OFFLINE
}
