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
package io.github.camelhfcamera.hfcamera.springboot.example;

import java.time.Duration;

import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The profile {@code simulator}: an embedded MQTT broker on {@code simulator.broker-port} and simulated cameras
 * ({@code simulator.devices}) pushing a recognition record every few seconds, started before Camel starts the
 * routes, so that the application runs with nothing else installed (application.yaml points the component at it).
 */
@Configuration(proxyBeanMethods = false)
@Profile("simulator")
public class SimulatorConfiguration {

    @Bean(destroyMethod = "close")
    public EmbeddedBroker simulatorBroker(@Value("${simulator.broker-port}") int port) {
        return EmbeddedBroker.builder().port(port).start();
    }

    @Bean(destroyMethod = "close")
    public SimulatedFleet simulatedCameras(EmbeddedBroker simulatorBroker,
                                           @Value("${simulator.devices}") String[] devices,
                                           @Value("${simulator.records-per-minute:6}") double recordsPerMinute) {
        return CameraSimulator.builder().brokerUrl(simulatorBroker.brokerUrl()).deviceIds(devices)
                .heartbeatInterval(Duration.ofSeconds(5)).eventRate(Operator.REC_PUSH, recordsPerMinute).start();
    }
}
