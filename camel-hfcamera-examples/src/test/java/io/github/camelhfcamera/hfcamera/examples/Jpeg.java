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
