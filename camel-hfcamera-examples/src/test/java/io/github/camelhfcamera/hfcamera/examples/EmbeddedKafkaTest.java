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
package io.github.camelhfcamera.hfcamera.examples;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The in-process Kafka takes records from camel-kafka and gives them back, keys included. */
class EmbeddedKafkaTest extends CamelTestSupport {

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = EmbeddedKafka.start();
    }

    @AfterAll
    static void stopKafka() throws Exception {
        kafka.close();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("kafka:roundtrip?brokers=" + kafka.bootstrapServers() + "&groupId=t&autoOffsetReset=earliest")
                        .to("mock:out");
            }
        };
    }

    @Test
    void recordsGoInAndComeBackWithTheirKeys() throws Exception {
        MockEndpoint out = getMockEndpoint("mock:out");
        out.expectedBodiesReceived("a", "b", "c");
        out.expectedHeaderValuesReceivedInAnyOrder(KafkaConstants.KEY, "k1", "k2", "k3");
        int i = 1;
        for (String body : List.of("a", "b", "c")) {
            template.sendBodyAndHeader("kafka:roundtrip?brokers=" + kafka.bootstrapServers(), body, KafkaConstants.KEY, "k" + i++);
        }
        out.assertIsSatisfied(TimeUnit.SECONDS.toMillis(60));
    }
}
