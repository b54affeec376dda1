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

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot example: the HR database synced to the cameras on a schedule ({@link HrSyncRoute}), the cameras'
 * events to Kafka ({@link ExampleRoutes}), a REST endpoint for commands behind a bearer token
 * ({@link ApiTokenFilter}), Actuator's health and Prometheus endpoints. Configured by application.yaml; the profile
 * {@code simulator} runs it against an embedded broker and simulated cameras ({@link SimulatorConfiguration}).
 */
@SpringBootApplication
public class HfCameraSpringBootExample {

    public static void main(String[] args) {
        SpringApplication.run(HfCameraSpringBootExample.class, args);
    }
}
