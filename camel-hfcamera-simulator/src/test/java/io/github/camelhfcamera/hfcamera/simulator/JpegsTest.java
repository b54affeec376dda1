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
package io.github.camelhfcamera.hfcamera.simulator;

import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import io.github.camelhfcamera.hfcamera.protocol.Checks;
import io.github.camelhfcamera.hfcamera.protocol.Image;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JpegsTest {

    @Test
    void jpegsHaveTheRequestedSizeAndDecode() throws Exception {
        for (int size : new int[] { 5_000, 65_537, 65_540, 300_001, 1_048_576 }) {
            byte[] jpeg = Jpegs.jpeg(size, "t");
            assertThat(jpeg).as("size %d", size).hasSize(size);
            assertThat(ImageIO.read(new ByteArrayInputStream(jpeg))).as("size %d", size).isNotNull();
        }
    }

    @Test
    void labelsMakeDifferentPictures() {
        assertThat(Jpegs.jpeg(10_000, "a")).isNotEqualTo(Jpegs.jpeg(10_000, "b"));
    }

    @Test
    void largestPictureFitsTheDocumentsLimit() {
        Image pic = Image.ofJpeg(Jpegs.jpeg(Jpegs.maxBytesFor(Jpegs.PIC_LIMIT), "max"));
        assertThat(pic.encodedLength()).isLessThanOrEqualTo(Checks.ONE_MB).isGreaterThan(Checks.ONE_MB - 4);
        Image over = Image.ofJpeg(Jpegs.jpeg(Jpegs.maxBytesFor(Jpegs.PIC_LIMIT) + 3, "max"));
        assertThat(over.encodedLength()).isGreaterThan(Checks.ONE_MB);
    }

    @Test
    void imagesAreCached() {
        assertThat(Jpegs.image(7_000, "cached")).isSameAs(Jpegs.image(7_000, "cached"));
    }

    @Test
    void onlyPicturesArePictures() {
        assertThat(Jpegs.isPicture(Jpegs.jpeg(2_000))).isTrue();
        assertThat(Jpegs.isPicture("GIF89a but not really".getBytes())).isFalse();
        assertThat(Jpegs.isPicture(new byte[0])).isFalse();
    }
}
