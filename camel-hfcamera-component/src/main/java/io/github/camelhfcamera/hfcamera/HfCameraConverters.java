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
