/**
 * Simulated HF network cameras (MQTT protocol V1.25) for tests, demos and benchmarks.
 * <p>
 * Start with {@link io.github.camelhfcamera.hfcamera.simulator.CameraSimulator#builder()}, which starts a
 * {@link io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet} of
 * {@link io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera}s against any broker, for example an
 * {@link io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker}. The cameras use the protocol core of
 * {@code camel-hfcamera-component} (operator table, model records, codec, error codes); no Camel class is involved.
 */
package io.github.camelhfcamera.hfcamera.simulator;
