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

import io.github.camelhfcamera.hfcamera.HfCameraConstants;
import io.github.camelhfcamera.hfcamera.examples.EventsToKafkaRoutes;
import io.github.camelhfcamera.hfcamera.examples.RestFacadeRoutes;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Camel Main examples' routes, as Spring beans: the REST facade (GET /api/devices, persons, commands on
 * /api/devices/{deviceId}/commands/{operator}) on Spring Boot's web server through camel-platform-http-starter, and
 * the events to Kafka ({@code examples.kafka.enabled}, {@code camel.component.kafka.brokers},
 * {@code kafka.topicPrefix}, {@code events.imageDir}); with Kafka off, the events are logged.
 */
@Configuration(proxyBeanMethods = false)
public class ExampleRoutes {

    @Bean
    public RoutesBuilder restFacade() {
        return new RestFacadeRoutes();
    }

    @Bean
    @ConditionalOnProperty(name = "examples.kafka.enabled", havingValue = "true")
    public RoutesBuilder eventsToKafka() {
        return new EventsToKafkaRoutes();
    }

    @Bean
    @ConditionalOnProperty(name = "examples.kafka.enabled", havingValue = "false", matchIfMissing = true)
    public RoutesBuilder eventsToLog() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("hfcamera:events?type=recognition,stranger,alarm,status&dropImages=true").routeId("events-to-log")
                        .log("${header." + HfCameraConstants.OPERATOR + "} of ${header."
                             + HfCameraConstants.DEVICE_ID + "}");
            }
        };
    }
}
