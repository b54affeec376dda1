/*
 * Copyright 2026 The camel-hfcamera Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
