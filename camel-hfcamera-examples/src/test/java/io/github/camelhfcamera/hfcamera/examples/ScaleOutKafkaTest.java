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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.kafka.KafkaIdempotentRepository;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, 2: the same three processes, one killed with {@code kill -9}, with Kafka as the downstream (the
 * in-process KRaft broker of {@link EmbeddedKafka}): {@link EventsToKafkaRoutes} with {@code kafka.key=record} puts
 * every record into the topic keyed {@code deviceId/recordId} before its PushAck, so a record can reach the topic
 * twice (written, then its process killed before the PushAck went out, and the camera's resend written by another
 * process), never zero times. A consumer (a Camel route) drops the second one with Camel's idempotent consumer on a
 * {@link KafkaIdempotentRepository} (its state a Kafka topic too, shared by any number of consumers) and counts each
 * record exactly once.
 */
class ScaleOutKafkaTest extends ScaleOutSupport {

    private static final String TOPIC = "scale.recognition";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EmbeddedKafka kafka;
    private CamelContext consumer;
    private final Map<String, AtomicInteger> raw = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> deduped = new ConcurrentHashMap<>();
    private final Set<String> badValues = ConcurrentHashMap.newKeySet();

    @Override
    Map<String, String> downstream() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("examples.kafka", "true");
        p.put("camel.component.kafka.brokers", kafka.bootstrapServers());
        p.put("kafka.topicPrefix", "scale.");
        p.put("kafka.eventTypes", "recognition");
        p.put("kafka.key", "record");
        p.put("events.imageDir", tmp.resolve("images").toString());
        return p;
    }

    /** Each instance waits for Kafka's ack (flushed to disk) record by record: fewer in flight than into PostgreSQL. */
    @Override
    int inFlight() {
        return 200;
    }

    @Override
    long stored() {
        return deduped.size();
    }

    @Override
    void closeDownstream() {
        try {
            if (consumer != null) {
                consumer.close();
            }
        } catch (Exception e) {
            System.out.println("could not stop the consumer: " + e);
        } finally {
            if (kafka != null) {
                try {
                    kafka.close();
                } catch (Exception e) {
                    System.out.println("could not stop Kafka: " + e);
                }
            }
        }
    }

    @Test
    void threeProcessesOneKilledEveryRecordCountedExactlyOnceAfterDedupe() throws Exception {
        // no fsync per message (Kafka's default): three producers wait for each record's ack, on two shared cores
        kafka = EmbeddedKafka.start(Map.of("log.flush.interval.messages", Long.toString(Long.MAX_VALUE)));
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (Admin a = Admin.create(admin)) {
            a.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1), new NewTopic("scale.dedupe", 1, (short) 1)))
                    .all().get(60, TimeUnit.SECONDS);
        }
        consumer = new DefaultCamelContext();
        KafkaIdempotentRepository repository = new KafkaIdempotentRepository("scale.dedupe",
                kafka.bootstrapServers());
        // its local cache is an LRU of 1,000 keys by default: a repeat older than that would pass
        repository.setMaxCacheSize(2 * RECORDS);
        consumer.getRegistry().bind("dedupe", repository);
        consumer.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kafka:" + TOPIC + "?brokers=" + kafka.bootstrapServers()
                     + "&groupId=scale-counter&autoOffsetReset=earliest").routeId("count")
                        .process(e -> {
                            String key = e.getMessage().getHeader(KafkaConstants.KEY, String.class);
                            raw.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                            JsonNode json = JSON.readTree(e.getMessage().getBody(String.class));
                            if (!key.equals(json.path("deviceId").asText() + "/" + json.path("recordId").asText())) {
                                badValues.add(key + " -> " + json);
                            }
                        })
                        .idempotentConsumer(header(KafkaConstants.KEY)).idempotentRepository("dedupe")
                        .process(e -> deduped.computeIfAbsent(e.getMessage().getHeader(KafkaConstants.KEY,
                                String.class), k -> new AtomicInteger()).incrementAndGet());
            }
        });
        consumer.start();

        Set<String> pushed = runScenario();

        assertThat(badValues).as("values whose deviceId/recordId are not their key").isEmpty();
        assertThat(deduped.keySet()).hasSize(RECORDS).isEqualTo(pushed);
        assertThat(deduped.entrySet()).filteredOn(en -> en.getValue().get() != 1)
                .as("records counted more than once after dedupe").isEmpty();
        long inTopic = raw.values().stream().mapToLong(AtomicInteger::get).sum();
        System.out.printf("records in the topic: %d for %d distinct (%d written twice or more)%n", inTopic,
                raw.size(), raw.values().stream().filter(v -> v.get() > 1).count());
        assertThat(raw.keySet()).isEqualTo(pushed);
    }
}
