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

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import io.github.camelhfcamera.hfcamera.protocol.Checks;
import io.github.camelhfcamera.hfcamera.protocol.Image;

/**
 * Generated JPEG pictures: real images any decoder accepts, of an exact size in bytes, cached so that a fleet pushing
 * thousands of events encodes each size once.
 * <p>
 * A picture is drawn small (shapes on a gradient, seeded by its label so different kinds look different) and then
 * padded to the requested size with JPEG comment segments, which every decoder skips: reaching 1 MB costs no
 * compression work.
 */
public final class Jpegs {

    /** The document's limit for a target picture ({@code pic}): 1 MB of base64 text. */
    public static final int PIC_LIMIT = Checks.ONE_MB;
    /** The document's limit for a scene picture ({@code scene}, {@code scenePic}): 2 MB of base64 text. */
    public static final int SCENE_LIMIT = 2 * Checks.ONE_MB;

    private static final String DATA_URI_PREFIX = "data:image/jpeg;base64,";
    private static final int COM_MAX_PAYLOAD = 65533;
    private static final Map<String, byte[]> BASES = new ConcurrentHashMap<>();
    private static final Map<String, Image> IMAGES = new ConcurrentHashMap<>();

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        ImageIO.setUseCache(false);
    }

    private Jpegs() {
    }

    /**
     * The largest JPEG, in bytes, whose data URI ({@code data:image/jpeg;base64,...}) fits {@code encodedLimit}
     * bytes of text: use {@code maxBytesFor(Jpegs.PIC_LIMIT)} for the biggest picture the document allows.
     */
    public static int maxBytesFor(int encodedLimit) {
        return (encodedLimit - DATA_URI_PREFIX.length()) / 4 * 3;
    }

    /** A JPEG of exactly {@code bytes} bytes (at least the size of the drawn picture, a few hundred bytes). */
    public static byte[] jpeg(int bytes) {
        return jpeg(bytes, "photo");
    }

    /**
     * A JPEG of exactly {@code bytes} bytes whose content depends on {@code label} (different labels, different
     * pictures). Sizes under the drawn picture's own size give the drawn picture.
     */
    public static byte[] jpeg(int bytes, String label) {
        int[] dims = bytes < 3_000 ? new int[] { 48, 48 } : bytes < 40_000 ? new int[] { 240, 180 }
                : new int[] { 640, 360 };
        byte[] base = BASES.computeIfAbsent(label + "/" + dims[0] + "x" + dims[1],
                k -> draw(dims[0], dims[1], label, 0.75f));
        return pad(base, bytes);
    }

    /**
     * A cached image of {@code bytes} JPEG bytes as the protocol carries it (a data URI), shared by every message
     * that uses the same label and size.
     */
    public static Image image(int bytes, String label) {
        return IMAGES.computeIfAbsent(label + "/" + bytes, k -> Image.ofJpeg(jpeg(bytes, label)));
    }

    /** A freshly drawn scene picture of the given dimensions and JPEG quality (55-100), as GetSceneSnap returns. */
    public static byte[] scene(int width, int height, int quality, String label) {
        return draw(width, height, label, Math.max(0.05f, Math.min(1f, quality / 100f)));
    }

    /** The long side of 1080p, the most a face photo may have (appendix 29.1 code 469, 29.6 errcode 467). */
    public static final int MAX_LONG_SIDE = 1920;
    /** The short side of 1080p. */
    public static final int MAX_SHORT_SIDE = 1080;

    /**
     * The width and height the picture's header gives, read without decoding its pixels, or {@code null} when
     * {@code data} is not a picture ImageIO knows.
     */
    public static int[] dimensions(byte[] data) {
        if (data == null || data.length == 0) {
            return null;
        }
        try (javax.imageio.stream.ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            java.util.Iterator<javax.imageio.ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] { reader.getWidth(0), reader.getHeight(0) };
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** True when the picture is at most 1080p (1920 x 1080 either way round), as the camera's face library takes. */
    public static boolean within1080p(byte[] data) {
        int[] d = dimensions(data);
        return d != null && Math.max(d[0], d[1]) <= MAX_LONG_SIDE && Math.min(d[0], d[1]) <= MAX_SHORT_SIDE;
    }

    /**
     * A phone-sized photo: a picture of {@code width} x {@code height} pixels with noise in it (so that it does not
     * compress to nothing), encoded at quality 0.92 and padded with JPEG comments to {@code bytes} bytes when it is
     * smaller. Drawn fresh on each call (not cached): a 12-megapixel one takes about a second.
     */
    public static byte[] photo(int width, int height, int bytes, String label) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(label.hashCode());
        Graphics2D g = img.createGraphics();
        try {
            g.setPaint(new GradientPaint(0, 0, new Color(r.nextInt(0xffffff)), width, height,
                    new Color(r.nextInt(0xffffff))));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(r.nextInt(0xffffff)));
            g.fillOval(width / 4, height / 6, width / 2, height * 2 / 3);
        } finally {
            g.dispose();
        }
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            img.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int n = r.nextInt(25) - 12;
                int c = row[x];
                row[x] = clamp(((c >> 16) & 0xff) + n) << 16 | clamp(((c >> 8) & 0xff) + n) << 8 | clamp((c & 0xff) + n);
            }
            img.setRGB(0, y, width, 1, row, 0, width);
        }
        byte[] jpeg = encode(img, 0.92f);
        return jpeg.length >= bytes ? jpeg : pad(jpeg, bytes);
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(255, v);
    }

    /** True when {@code data} decodes as a picture (what the simulated camera needs to "extract facial features"). */
    public static boolean isPicture(byte[] data) {
        if (data == null || data.length == 0) {
            return false;
        }
        try {
            return ImageIO.read(new ByteArrayInputStream(data)) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] draw(int width, int height, String label, float quality) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(label.hashCode());
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(r.nextInt(0xffffff)), width, height,
                    new Color(r.nextInt(0xffffff))));
            g.fillRect(0, 0, width, height);
            for (int i = 0; i < 6; i++) {
                g.setColor(new Color(r.nextInt(0xffffff)));
                int w = 1 + r.nextInt(Math.max(1, width / 3));
                int h = 1 + r.nextInt(Math.max(1, height / 3));
                g.fillOval(r.nextInt(width), r.nextInt(height), w, h);
            }
        } finally {
            g.dispose();
        }
        return encode(img, quality);
    }

    private static byte[] encode(BufferedImage img, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            writer.write(null, new IIOImage(img, null, null), p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a JPEG", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Inserts comment segments right after the start-of-image marker until the file has {@code target} bytes. */
    private static byte[] pad(byte[] jpeg, int target) {
        int missing = target - jpeg.length;
        if (missing < 4) {
            return jpeg;
        }
        byte[] out = new byte[target];
        out[0] = jpeg[0];
        out[1] = jpeg[1];
        int pos = 2;
        int left = missing;
        byte fill = 0x20;
        while (left >= 4) {
            int payload = Math.min(COM_MAX_PAYLOAD, left - 4);
            // never leave 1-3 bytes that no segment can hold
            int after = left - 4 - payload;
            if (after > 0 && after < 4) {
                payload -= 4 - after;
            }
            out[pos++] = (byte) 0xFF;
            out[pos++] = (byte) 0xFE;
            int len = payload + 2;
            out[pos++] = (byte) (len >> 8);
            out[pos++] = (byte) len;
            java.util.Arrays.fill(out, pos, pos + payload, fill);
            fill = (byte) (fill == 0x7e ? 0x20 : fill + 1);
            pos += payload;
            left -= payload + 4;
        }
        System.arraycopy(jpeg, 2, out, pos, jpeg.length - 2);
        if (pos + jpeg.length - 2 != target) {
            // left was 1-3 (cannot happen after the adjustment above), keep the file valid rather than exact
            return java.util.Arrays.copyOf(out, pos + jpeg.length - 2);
        }
        return out;
    }
}
