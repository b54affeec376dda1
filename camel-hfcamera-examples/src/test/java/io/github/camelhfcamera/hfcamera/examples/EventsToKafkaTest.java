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

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.simulator.Await;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Example 1: events of cameras in resume mode into Kafka (in-process KRaft broker), one topic per group, keyed by
 * device, JSON without image bytes, images on disk; every record acknowledged to its camera once Kafka has it.
 */
class EventsToKafkaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void eventsReachTheirTopicsKeyedByDeviceAndEveryRecordIsAcknowledged() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start();
             ExamplesFixture fx = ExamplesFixture.start(Map.of(
                     "examples.kafka", "true",
                     "examples.yamlRoutes", "classpath:routes/snapshot.yaml",
                     "camel.component.kafka.brokers", kafka.bootstrapServers(),
                     "kafka.topicPrefix", "cams.",
                     "events.imageDir", tmp.toString()), true)) {
            SimulatedCamera cam1 = fx.fleet.camera("cam-1");
            SimulatedCamera cam2 = fx.fleet.camera("cam-2");
            cam1.pushRecord();
            cam2.pushRecord();
            cam1.pushStranger();
            cam2.pushEvent(Operator.FIRE_SMOKE_SNAP_PUSH);

            // resume mode: the cameras keep each record until its PushAck, which follows Kafka's ack
            cam1.awaitPendingAcks(0, Duration.ofSeconds(30));
            cam2.awaitPendingAcks(0, Duration.ofSeconds(30));

            // so every record is in Kafka by now
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            try (KafkaConsumer<String, String> consumer = consumer(kafka)) {
                List<TopicPartition> partitions = List.of(new TopicPartition("cams.recognition", 0),
                        new TopicPartition("cams.stranger", 0), new TopicPartition("cams.alarm", 0));
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Await.until(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                    return records.size() >= 4;
                }, Duration.ofSeconds(30), "4 records in Kafka", records::size);
            }

            assertThat(records).extracting(ConsumerRecord::topic)
                    .containsExactlyInAnyOrder("cams.recognition", "cams.recognition", "cams.stranger", "cams.alarm");
            for (ConsumerRecord<String, String> r : records) {
                JsonNode json = JSON.readTree(r.value());
                assertThat(r.key()).isEqualTo(json.get("deviceId").asText()).isIn("cam-1", "cam-2");
                assertThat(json.path("group").asText()).as("the event JSON's group is the topic's")
                        .isEqualTo(r.topic().substring("cams.".length()));
                assertThat(json.path("event").isObject() && json.has("time") && json.has("recordId")).isTrue();
                assertThat(r.value()).as("no image bytes in the value").hasSizeLessThan(4000).doesNotContain("/9j/");
                assertThat(json.get("pictureFiles")).as("the images of %s", r.value()).isNotNull();
                json.get("pictureFiles").forEach(f -> assertThat(Jpeg.isJpeg(tmp.resolve(f.asText())))
                        .as("%s is a JPEG on disk", f.asText()).isTrue());
            }
            assertThat(records).filteredOn(r -> r.topic().equals("cams.stranger")).singleElement()
                    .satisfies(r -> assertThat(r.key()).isEqualTo("cam-1"));
            assertThat(records).filteredOn(r -> r.topic().equals("cams.alarm")).singleElement()
                    .satisfies(r -> assertThat(r.key()).isEqualTo("cam-2"));
        }
    }

    private static KafkaConsumer<String, String> consumer(EmbeddedKafka kafka) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }
}
