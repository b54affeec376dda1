package io.github.camelhfcamera.hfcamera.session;

import java.util.concurrent.CompletionStage;

/** Receives the events a session routes. One listener per consumer. */
public interface HfEventListener {

    /** Whether this listener wants the event (its type and device filters). */
    boolean accepts(HfDeviceEvent event);

    /**
     * Processes the event. The returned stage completes when processing is over; completing it exceptionally means
     * the event was not processed, so the session sends no PushAck and the device sends the record again.
     */
    CompletionStage<Void> onEvent(HfDeviceEvent event);

    /** Told of bad input from a device (already counted and logged by the session). */
    default void onBadInput(HfBadInput badInput) {
    }
}
