/**
 * MQTT brokers for tests: an embedded Apache ActiveMQ Artemis ({@link
 * io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker}) and a private Eclipse Mosquitto process
 * ({@link io.github.camelhfcamera.hfcamera.simulator.broker.MosquittoBroker}), both restartable on the same port.
 */
package io.github.camelhfcamera.hfcamera.simulator.broker;
