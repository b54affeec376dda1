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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a user checks of a JPEG file: starts with SOI (FFD8), ends with EOI (FFD9), bigger than a header. */
final class Jpeg {

    private Jpeg() {
    }

    static boolean isJpeg(byte[] b) {
        return b != null && b.length > 100 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8
               && (b[b.length - 2] & 0xFF) == 0xFF && (b[b.length - 1] & 0xFF) == 0xD9;
    }

    static boolean isJpeg(Path file) {
        try {
            return isJpeg(Files.readAllBytes(file));
        } catch (IOException e) {
            return false;
        }
    }
}
