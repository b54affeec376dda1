package io.github.camelhfcamera.hfcamera.simulator;

/**
 * How a camera reaches the broker: its own connection ({@link DirectLink}) or a share of a multiplexed one
 * ({@link MuxLink}). A link reports back through {@link SimulatedCamera#linkUp()}, {@link
 * SimulatedCamera#linkDown(Throwable)} and {@link SimulatedCamera#receive(String, byte[])}.
 */
interface Link {

    /** Connects (or joins the shared connection) without blocking; {@code linkUp} follows when subscribed. */
    void open(SimulatedCamera camera);

    /** Publishes at QoS 0; false when the camera is not connected (the message is lost, as on the device). */
    boolean publish(SimulatedCamera camera, String topic, byte[] payload);

    /**
     * Drops the camera's connection without DISCONNECT, so that the broker publishes its Offline will (a shared
     * connection publishes the Offline on the camera's behalf).
     *
     * @param flush wait until what was already published has been written (a reply before a reboot)
     */
    void drop(SimulatedCamera camera, boolean flush);

    /** Disconnects cleanly: no will. */
    void close(SimulatedCamera camera);
}
