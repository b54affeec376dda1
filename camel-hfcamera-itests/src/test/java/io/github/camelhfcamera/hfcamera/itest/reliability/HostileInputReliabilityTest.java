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
package io.github.camelhfcamera.hfcamera.itest.reliability;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.session.HfBadInput;
import io.github.camelhfcamera.hfcamera.session.HfBadInputException;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 7, bad input: 10,000 generated hostile device messages published through the broker, interleaved with valid
 * records from 20 cameras. The consumer keeps running, each hostile message is counted and reaches the route's error
 * handler with the kind of fault, payloads beyond maxPayloadSize are refused by size (those beyond the Maximum Packet
 * Size the component tells the broker do not even reach it), every valid record arrives, and
 * the retained heap does not grow with what was thrown at it (over 100 MB, most of it oversized payloads). It runs in
 * the module's {@code bounded-heap} execution, in a JVM of 160 MB heap that stops on OutOfMemoryError.
 */
class HostileInputReliabilityTest extends OnArtemisSupport {

    static final int HOSTILE = 10_000;
    static final int MAX_PAYLOAD = 64 * 1024;
    static final int BEYOND_PACKET_LIMIT = 100;


    /** One hostile message: where it goes, what it is, and the kind of bad input it must be reported as. */
    record Hostile(String topic, byte[] payload, HfBadInput.Kind kind) {
    }

    static Hostile generate(int i, Random r) {
        String cam = "cam-" + (1 + r.nextInt(DEVICES));
        String rec = "mqtt/face/" + cam + "/Rec";
        return switch (i % 9) {
            case 0 -> new Hostile(rec, bytes("{\"operator\":\"RecPush\",\"info\":{\"facesluiceId\":\"" + cam
                                              + "\",\"RecordID\":" + r.nextInt()), HfBadInput.Kind.INVALID);
            case 1 -> new Hostile(rec, bytes("{\"operator\":\"RecPush\",\"info\":" + "[".repeat(2_000 + r.nextInt(3000))
                                              + "]".repeat(10) + "}"), HfBadInput.Kind.INVALID);
            case 2 -> new Hostile(rec, bytes("{\"operator\":\"RecPush\",\"info\":{\"facesluiceId\":\"" + cam
                                              + "\",\"persionName\":\"" + "x".repeat(MAX_PAYLOAD + r.nextInt(60_000))
                                              + "\"}}"), HfBadInput.Kind.OVERSIZED);
            case 3 -> new Hostile(rec, bytes("{\"operator\":\"RecPush\",\"info\":{\"facesluiceId\":\"" + cam
                                              + "\",\"RecordID\":\"twelve-" + i + "\"}}"), HfBadInput.Kind.INVALID);
            case 4 -> new Hostile(rec, bytes("[" + i + ",\"not an object\"]"), HfBadInput.Kind.INVALID);
            case 5 -> new Hostile(rec, bytes("{\"operator\":\"EditPersonsNew\",\"info\":{\"facesluiceId\":\"" + cam
                                              + "\"}}"), HfBadInput.Kind.INVALID); // a command where events come
            case 6 -> new Hostile(rec, bytes("{\"operator\":\"RecPush\",\"info\":{\"facesluiceId\":\"cam-"
                                              + (DEVICES + 1 + r.nextInt(50)) + "\",\"RecordID\":" + i + "}}"),
                    HfBadInput.Kind.INVALID); // the payload names another device than the topic
            case 7 -> new Hostile("mqtt/face/intruder-" + r.nextInt(100) + "/Rec", bytes("{\"operator\":\"RecPush\","
                                  + "\"info\":{\"facesluiceId\":\"intruder\",\"RecordID\":" + i + "}}"),
                    HfBadInput.Kind.NOT_ALLOWED);
            default -> {
                byte[] junk = new byte[1 + r.nextInt(2000)];
                r.nextBytes(junk);
                junk[0] = '{';
                yield new Hostile(rec, junk, HfBadInput.Kind.INVALID);
            }
        };
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void tenThousandHostileMessagesAreCountedAndHandledWhileValidRecordsAllArrive() throws Exception {
        HfCameraComponent c = component(broker.brokerUrl(), "platform");
        c.getConfiguration().setMaxPayloadSize(MAX_PAYLOAD);
        c.getConfiguration().setAllowedDevices(IntStream.rangeClosed(1, DEVICES).mapToObj(i -> "cam-" + i)
                .collect(Collectors.joining(",")));
        Map<HfBadInput.Kind, AtomicInteger> handled = new EnumMap<>(HfBadInput.Kind.class);
        for (HfBadInput.Kind k : HfBadInput.Kind.values()) {
            handled.put(k, new AtomicInteger());
        }
        CamelContext ctx = start(c, new RouteBuilder() {
            @Override
            public void configure() {
                from("hfcamera:events?type=recognition&bridgeErrorHandler=true")
                        .onException(HfBadInputException.class).handled(true).process(e -> handled.get(
                                e.getProperty(Exchange.EXCEPTION_CAUGHT, HfBadInputException.class).getBadInput()
                                        .kind()).incrementAndGet()).end()
                        .process(downstream::accept);
            }
        });
        SimulatedFleet fleet = fleet(broker.brokerUrl(), b -> b);
        long heapBefore = retainedHeap();
        long hostileBytes = 0;
        Map<HfBadInput.Kind, Integer> expected = new EnumMap<>(HfBadInput.Kind.class);
        Set<String> valid = ConcurrentHashMap.newKeySet();
        Random r = new Random(7);
        MqttClient raw = new MqttClient(broker.brokerUrl(), "hostile", new MemoryPersistence());
        raw.connect();
        try {
            var cams = fleet.cameras().stream().toList();
            for (int i = 0; i < HOSTILE; i++) {
                Hostile h = generate(i, r);
                expected.merge(h.kind(), 1, Integer::sum);
                hostileBytes += h.payload().length;
                raw.publish(h.topic(), h.payload(), 1, false);
                if (i % 10 == 0) {
                    var cam = cams.get((i / 10) % cams.size());
                    valid.add(cam.id() + "/" + cam.pushRecord().id());
                }
            }
            // beyond the Maximum Packet Size the component told the broker (maxPayloadSize and 64 KB for the rest of
            // the packet): the broker does not send these to the component at all, they cost it nothing
            for (int i = 0; i < BEYOND_PACKET_LIMIT; i++) {
                byte[] huge = bytes("{\"operator\":\"RecPush\",\"info\":{\"facesluiceId\":\"cam-1\",\"pic\":\""
                                    + "A".repeat(300_000) + "\"}}");
                hostileBytes += huge.length;
                raw.publish("mqtt/face/cam-1/Rec", huge, 1, false);
            }
        } finally {
            raw.disconnect();
            raw.close();
        }

        await().atMost(WAIT).until(() -> handled.values().stream().mapToInt(AtomicInteger::get).sum() >= HOSTILE);
        assertThat(c.getSession().stats().reconnects()).as("no hostile message cut the connection").isZero();
        assertThat(handled).allSatisfy((k, n) -> assertThat(n.get()).as(k.name())
                .isEqualTo(expected.getOrDefault(k, 0)));
        assertThat(c.getSession().stats().badInput()).isEqualTo(HOSTILE);
        downstream.assertExactlyOnce(valid);
        assertThat(ctx.getRouteController().getRouteStatus(ctx.getRoutes().get(0).getRouteId()).isStarted()).isTrue();

        // memory stays bounded: nothing of the hostile payloads is kept once they are handled
        long grown = retainedHeap() - heapBefore;
        System.out.printf("hostile input: %,d bytes published; retained heap grew by %,d bytes%n", hostileBytes, grown);
        assertThat(hostileBytes).as("enough hostile bytes for a leak to show").isGreaterThan(100L << 20);
        assertThat(grown).as("retained heap growth after %,d hostile bytes", hostileBytes).isLessThan(32L << 20);
    }

    /** Heap in use after full collections: the least of three readings, so that garbage still in flight is not counted. */
    static long retainedHeap() throws InterruptedException {
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
