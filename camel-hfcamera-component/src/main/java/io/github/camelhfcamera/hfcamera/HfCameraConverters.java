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
package io.github.camelhfcamera.hfcamera;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import io.github.camelhfcamera.hfcamera.protocol.Image;
import org.apache.camel.Converter;

/** Lets routes read an event's image as bytes, for example {@code ${body.pic}} converted to {@code byte[]}. */
@Converter(generateLoader = true)
public final class HfCameraConverters {

    private HfCameraConverters() {
    }

    /** The decoded image. */
    @Converter
    public static byte[] toBytes(Image image) {
        return image.bytes();
    }

    /** The decoded image as a stream. */
    @Converter
    public static InputStream toInputStream(Image image) {
        return new ByteArrayInputStream(image.bytes());
    }
}
