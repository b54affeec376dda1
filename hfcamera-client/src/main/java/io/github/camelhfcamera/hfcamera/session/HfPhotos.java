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
package io.github.camelhfcamera.hfcamera.session;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import io.github.camelhfcamera.hfcamera.protocol.Checks;

/**
 * Face photos made fit for the cameras before they leave, with the JDK's ImageIO only: a photo must be a JPEG or a
 * PNG that decodes, at most 1080p ({@value #MAX_LONG_SIDE} x {@value #MAX_SHORT_SIDE} pixels, either orientation) and
 * at most 1 MB (appendix 29.1 codes 460 / 469, 29.6 / 29.8 errcode 467). A photo that is larger, rotated by its EXIF
 * orientation, or of another format that ImageIO reads, is scaled and re-encoded as JPEG until it fits the budget
 * asked for; one that cannot be made to fit, or does not decode, is refused with the reason.
 * <p>
 * Decoding is bounded: the dimensions are read from the header first and a picture of more than
 * {@value #MAX_SOURCE_PIXELS} pixels is refused without decoding; larger pictures are decoded subsampled, so that a
 * 12-megapixel phone photo is never held at full size; sources over {@value #MAX_SOURCE_BYTES} bytes are refused
 * before they are read.
 */
public final class HfPhotos {

    /** The long side of 1080p. */
    public static final int MAX_LONG_SIDE = 1920;
    /** The short side of 1080p. */
    public static final int MAX_SHORT_SIDE = 1080;
    /** The most bytes a photo may have (the document's 1 MB). */
    public static final int MAX_PHOTO_BYTES = Checks.ONE_MB;
    /** The most pixels a source picture may have to be decoded at all (64 megapixels, 9238 x 6928 say). */
    public static final long MAX_SOURCE_PIXELS = 64_000_000L;
    /** The most bytes a source photo (bytes, file or download) may have to be read at all. */
    public static final int MAX_SOURCE_BYTES = 32 * 1024 * 1024;
    /** A photo is not made smaller than this on its short side to fit a budget: the camera needs a face in it. */
    public static final int MIN_SHORT_SIDE = 240;

    private static final float[] QUALITIES = { 0.9f, 0.8f, 0.7f, 0.6f, 0.5f };

    private HfPhotos() {
    }

    /** Why a photo was refused: the message says why and names the limit. */
    public static final class PhotoException extends Exception {
        private static final long serialVersionUID = 1L;

        public PhotoException(String message) {
            super(message);
        }
    }

    /**
     * A photo ready to send.
     *
     * @param bytes    the JPEG or PNG
     * @param mimeType {@code image/jpeg} or {@code image/png}
     * @param width    its width in pixels
     * @param height   its height in pixels
     * @param changed  true when it was re-encoded (scaled, rotated or converted), false when the source fit as it was
     * @param source   the source's size and format, for logs ({@code 4000x3000 jpeg, 6291456 bytes})
     */
    public record Prepared(byte[] bytes, String mimeType, int width, int height, boolean changed, String source) {

        /** Never the bytes. */
        @Override
        public String toString() {
            return "Prepared[" + width + "x" + height + " " + mimeType + ", " + bytes.length + " bytes"
                    + (changed ? ", from " + source : "") + "]";
        }
    }

    /**
     * The photo checked and, when needed, scaled and re-encoded as JPEG to fit 1080p and {@code maxBytes}.
     *
     * @param maxBytes at most {@link #MAX_PHOTO_BYTES}; less for a photo sent inline (base64 in the command)
     * @throws PhotoException when it is not a JPEG or PNG that decodes, is too large to decode, or cannot be made to
     *                        fit
     */
    public static Prepared prepare(byte[] source, int maxBytes) throws PhotoException {
        int budget = Math.min(maxBytes, MAX_PHOTO_BYTES);
        if (source == null || source.length == 0) {
            throw new PhotoException("is empty");
        }
        if (source.length > MAX_SOURCE_BYTES) {
            throw new PhotoException("has " + source.length + " bytes; at most " + MAX_SOURCE_BYTES
                    + " bytes are read");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(source))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new PhotoException("is not a picture (neither JPEG nor PNG)");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (format.equals("jpg")) {
                    format = "jpeg";
                }
                if (!format.equals("jpeg") && !format.equals("png")) {
                    throw new PhotoException("is a " + format.toUpperCase(Locale.ROOT)
                            + " picture; JPEG or PNG are taken");
                }
                reader.setInput(in, true, true);
                int w;
                int h;
                try {
                    w = reader.getWidth(0);
                    h = reader.getHeight(0);
                } catch (IOException | RuntimeException e) {
                    throw new PhotoException("cannot be decoded (" + reason(e) + ")");
                }
                if (w <= 0 || h <= 0) {
                    throw new PhotoException("has no pixels (" + w + "x" + h + ")");
                }
                long pixels = (long) w * h;
                if (pixels > MAX_SOURCE_PIXELS) {
                    throw new PhotoException("is " + w + "x" + h + " pixels (" + pixels / 1_000_000
                            + " megapixels); at most " + MAX_SOURCE_PIXELS / 1_000_000 + " megapixels are decoded");
                }
                int orientation = format.equals("jpeg") ? exifOrientation(source) : 1;
                String what = w + "x" + h + " " + format + ", " + source.length + " bytes";
                boolean fits = fits1080p(w, h) && source.length <= budget && orientation == 1;
                // the target size in the source's orientation (a rotation swaps the sides, 1080p does not care)
                double scale = Math.min(1.0, Math.min((double) MAX_LONG_SIDE / Math.max(w, h),
                        (double) MAX_SHORT_SIDE / Math.min(w, h)));
                int sub = fits ? 1 : Math.max(1, (int) Math.floor(1.0 / scale));
                ImageReadParam param = reader.getDefaultReadParam();
                if (sub > 1) {
                    param.setSourceSubsampling(sub, sub, 0, 0);
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((r, warning) -> warnings.add(warning));
                BufferedImage image;
                try {
                    image = reader.read(0, param);
                } catch (IOException | RuntimeException e) {
                    throw new PhotoException("cannot be decoded (" + reason(e) + ")");
                }
                if (!warnings.isEmpty()) {
                    throw new PhotoException("is damaged (" + warnings.get(0) + ")");
                }
                if (fits) {
                    return new Prepared(source, "image/" + format, w, h, false, what);
                }
                int tw = Math.max(1, (int) Math.round(w * scale));
                int th = Math.max(1, (int) Math.round(h * scale));
                return encodeToFit(image, tw, th, orientation, budget, what);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new PhotoException("cannot be read (" + reason(e) + ")");
        }
    }

    /** Whether {@code w} x {@code h} is within 1080p, either orientation. */
    public static boolean fits1080p(int w, int h) {
        return Math.max(w, h) <= MAX_LONG_SIDE && Math.min(w, h) <= MAX_SHORT_SIDE;
    }

    private static Prepared encodeToFit(BufferedImage image, int tw, int th, int orientation, int budget,
                                        String what) throws PhotoException {
        int w = tw;
        int h = th;
        int smallest = Integer.MAX_VALUE;
        while (true) {
            BufferedImage rgb = draw(image, w, h, orientation);
            for (float q : QUALITIES) {
                byte[] jpeg = jpeg(rgb, q);
                smallest = Math.min(smallest, jpeg.length);
                if (jpeg.length <= budget) {
                    return new Prepared(jpeg, "image/jpeg", rgb.getWidth(), rgb.getHeight(), true, what);
                }
            }
            int nw = (int) (w * 0.8);
            int nh = (int) (h * 0.8);
            if (Math.min(nw, nh) < MIN_SHORT_SIDE) {
                throw new PhotoException("cannot be made to fit " + budget + " bytes: still " + smallest
                        + " bytes as a " + w + "x" + h + " JPEG of quality " + QUALITIES[QUALITIES.length - 1]
                        + " (source " + what + ")");
            }
            w = nw;
            h = nh;
        }
    }

    /** The image scaled to {@code w} x {@code h} (source orientation), turned upright, on white, as RGB. */
    private static BufferedImage draw(BufferedImage src, int w, int h, int orientation) {
        boolean swap = orientation >= 5 && orientation <= 8;
        int ow = swap ? h : w;
        int oh = swap ? w : h;
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
        t.concatenate(AffineTransform.getScaleInstance((double) w / src.getWidth(), (double) h / src.getHeight()));
        BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, ow, oh);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(src, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), p);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a JPEG in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * The EXIF orientation of a JPEG (1 upright .. 8), 1 when it has none: phone cameras store the picture as the
     * sensor saw it and say in EXIF how to turn it.
     */
    static int exifOrientation(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xff) != 0xff || (jpeg[1] & 0xff) != 0xd8) {
            return 1;
        }
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xff) == 0xff) {
            int marker = jpeg[i + 1] & 0xff;
            int len = ((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff);
            if (marker == 0xda || len < 2) {
                return 1;
            }
            int start = i + 4;
            if (marker == 0xe1 && len >= 16 && start + len - 2 <= jpeg.length && jpeg[start] == 'E'
                    && jpeg[start + 1] == 'x' && jpeg[start + 2] == 'i' && jpeg[start + 3] == 'f') {
                int tiff = start + 6;
                int end = start + len - 2;
                boolean le = jpeg[tiff] == 'I';
                int ifd = tiff + (int) u32(jpeg, tiff + 4, le);
                if (ifd + 2 > end || ifd < tiff) {
                    return 1;
                }
                int n = u16(jpeg, ifd, le);
                for (int e = 0; e < n; e++) {
                    int entry = ifd + 2 + e * 12;
                    if (entry + 12 > end) {
                        return 1;
                    }
                    if (u16(jpeg, entry, le) == 0x0112) {
                        int v = u16(jpeg, entry + 8, le);
                        return v >= 1 && v <= 8 ? v : 1;
                    }
                }
                return 1;
            }
            i = start + len - 2;
        }
        return 1;
    }

    private static int u16(byte[] b, int i, boolean le) {
        return le ? (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 : (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
    }

    private static long u32(byte[] b, int i, boolean le) {
        return le ? (long) u16(b, i, true) | (long) u16(b, i + 2, true) << 16
                : (long) u16(b, i, false) << 16 | u16(b, i + 2, false);
    }

    // ------------------------------------------------------------------------------------------- sources

    /** A file's bytes, refused (before it is read) when larger than {@link #MAX_SOURCE_BYTES}. */
    public static byte[] read(Path file) throws PhotoException {
        try {
            long size = Files.size(file);
            if (size > MAX_SOURCE_BYTES) {
                throw new PhotoException("file " + file + " has " + size + " bytes; at most " + MAX_SOURCE_BYTES
                        + " bytes are read");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PhotoException("file " + file + " does not exist");
        } catch (IOException e) {
            throw new PhotoException("file " + file + " cannot be read (" + reason(e) + ")");
        }
    }

    /** A class path resource's bytes ({@code classpath:demo/photos/E1001.jpg} without the scheme), bounded. */
    public static byte[] readResource(String name) throws PhotoException {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null) {
            cl = HfPhotos.class.getClassLoader();
        }
        String path = name.startsWith("/") ? name.substring(1) : name;
        try (InputStream in = cl.getResourceAsStream(path)) {
            if (in == null) {
                throw new PhotoException("class path resource " + name + " does not exist");
            }
            return bounded(in, "class path resource " + name);
        } catch (IOException e) {
            throw new PhotoException("class path resource " + name + " cannot be read (" + reason(e) + ")");
        }
    }

    /** Downloads an http(s) photo, refused beyond {@link #MAX_SOURCE_BYTES} bytes or the timeout. */
    public static byte[] fetch(HttpClient http, URI uri, Duration timeout) throws PhotoException {
        String shown = uri.getScheme() + "://" + uri.getAuthority() + uri.getPath();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw new PhotoException("cannot be downloaded from " + shown + ": HTTP " + response.statusCode());
                }
                return bounded(body, "download from " + shown);
            }
        } catch (IOException e) {
            throw new PhotoException("cannot be downloaded from " + shown + " (" + reason(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PhotoException("download from " + shown + " was interrupted");
        }
    }

    private static byte[] bounded(InputStream in, String what) throws IOException, PhotoException {
        byte[] data = in.readNBytes(MAX_SOURCE_BYTES + 1);
        if (data.length > MAX_SOURCE_BYTES) {
            throw new PhotoException(what + " has more than " + MAX_SOURCE_BYTES + " bytes; at most "
                    + MAX_SOURCE_BYTES + " bytes are read");
        }
        return data;
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
