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
package io.github.camelhfcamera.hfcamera.protocol;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

import io.github.camelhfcamera.hfcamera.protocol.model.RecPush;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A RecPush with a 2 MB scene image: reading the record's fields must not copy the image, and decoding the image when
 * asked must not copy it several times. Measured with the JVM's per-thread allocation counter, as a share of the
 * payload's size (never a time).
 */
class ImageAllocationTest {

    private static final int SCENE_SIZE = 2 * 1024 * 1024;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static byte[] scene;
    private static byte[] payload;
    private final HfCodec codec = new HfCodec();

    @BeforeAll
    static void payload() {
        assertThat(THREADS.isThreadAllocatedMemorySupported()).as("this JVM counts allocated bytes").isTrue();
        THREADS.setThreadAllocatedMemoryEnabled(true);
        scene = new byte[SCENE_SIZE];
        new Random(42).nextBytes(scene);
        byte[] pic = new byte[30_000];
        new Random(7).nextBytes(pic);
        String json = "{\"operator\":\"RecPush\",\"info\":{\"customId\":\"063c81e0fce184c696cdb7e049230f5e\","
                + "\"personId\":\"22\",\"RecordID\":\"389\",\"VerifyStatus\":\"1\",\"PersonType\":\"0\","
                + "\"similarity1\":\"94.000000\",\"Sendintime\":1,\"personName\":\"154545\",\"facesluiceId\":\"1006498\","
                + "\"time\":\"2023-09-18 13:33:33\",\"targetPosInScene\":[217,0,1333,1080],"
                + "\"pic\":\"data:image/jpeg;base64," + Base64.getEncoder().encodeToString(pic) + "\","
                + "\"scene\":\"data:image/jpeg;base64," + Base64.getEncoder().encodeToString(scene) + "\","
                + "\"isNoMask\":\"0\",\"PushType\":0}}";
        payload = json.getBytes(StandardCharsets.UTF_8);
    }

    private RecPush read() {
        return codec.decode(payload).info(RecPush.class);
    }

    @Test
    void readingTheRecordWithoutItsImagesAllocatesFarLessThanThePayload() {
        for (int i = 0; i < 30; i++) {
            read(); // warm up: class loading, Jackson's caches, JIT
        }
        long before = THREADS.getCurrentThreadAllocatedBytes();
        RecPush rec = read();
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;

        assertThat(rec.recordId()).isEqualTo(389L);
        assertThat(rec.deviceId()).isEqualTo("1006498");
        assertThat(rec.pushType()).isZero();
        assertThat(rec.scene().decodedSizeEstimate()).isEqualTo(SCENE_SIZE);
        assertThat(payload.length).isGreaterThan(SCENE_SIZE);
        assertThat(allocated).as("bytes allocated reading a %d-byte payload", payload.length)
                .isLessThan(payload.length / 20);
    }

    @Test
    void decodingTheImageAllocatesAtMostThreeTimesItsSize() {
        RecPush rec = read();
        for (int i = 0; i < 5; i++) {
            rec.scene().bytes(); // warm up
        }
        long before = THREADS.getCurrentThreadAllocatedBytes();
        byte[] image = rec.scene().bytes();
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;

        assertThat(image).isEqualTo(scene);
        assertThat(allocated).as("bytes allocated decoding a %d-byte image", SCENE_SIZE).isLessThanOrEqualTo(3L * SCENE_SIZE);
    }

    @Test
    void writingTheRecordBackCopiesTheImagesThroughWithoutDecodingThem() {
        RecPush rec = read();
        byte[] written = codec.encode(HfMessage.of(Operator.REC_PUSH, null, rec));
        RecPush again = codec.decode(written).info(RecPush.class);
        assertThat(again.scene()).isEqualTo(rec.scene());
        assertThat(again.scene().bytes()).isEqualTo(scene);
    }
}
