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
