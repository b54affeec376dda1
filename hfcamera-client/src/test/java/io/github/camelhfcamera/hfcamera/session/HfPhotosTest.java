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
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import io.github.camelhfcamera.hfcamera.simulator.Jpegs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Photos checked and made to fit 1080p and 1 MB with the JDK's ImageIO, and refused with the reason. */
class HfPhotosTest {

    static BufferedImage read(byte[] b) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(b));
    }

    static byte[] png(int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x80ff0000, true));
        g.fillRect(0, 0, w / 2, h);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void aPhotoThatFitsIsSentAsItIs() throws Exception {
        byte[] jpeg = Jpegs.jpeg(30_000, "face");

        HfPhotos.Prepared p = HfPhotos.prepare(jpeg, HfPhotos.MAX_PHOTO_BYTES);

        assertThat(p.changed()).isFalse();
        assertThat(p.bytes()).isSameAs(jpeg);
        assertThat(p.mimeType()).isEqualTo("image/jpeg");
        assertThat(p.toString()).doesNotContain("base64").contains("30000 bytes");
    }

    @Test
    void aTwelveMegapixelSixMegabytePhonePhotoIsScaledTo1080pWithinOneMegabyte() throws Exception {
        byte[] phone = Jpegs.photo(4000, 3000, 6 * 1024 * 1024, "phone");
        assertThat(phone.length).isGreaterThanOrEqualTo(6 * 1024 * 1024);

        HfPhotos.Prepared p = HfPhotos.prepare(phone, HfPhotos.MAX_PHOTO_BYTES);

        assertThat(p.changed()).isTrue();
        assertThat(p.mimeType()).isEqualTo("image/jpeg");
        assertThat(p.bytes().length).isLessThanOrEqualTo(HfPhotos.MAX_PHOTO_BYTES);
        BufferedImage out = read(p.bytes());
        assertThat(out.getWidth()).isEqualTo(1440);
        assertThat(out.getHeight()).isEqualTo(1080);
        assertThat(p.source()).contains("4000x3000 jpeg");
    }

    @Test
    void aPortraitPhotoFits1080pTheOtherWayRound() throws Exception {
        byte[] portrait = Jpegs.photo(1500, 2500, 0, "portrait");

        HfPhotos.Prepared p = HfPhotos.prepare(portrait, HfPhotos.MAX_PHOTO_BYTES);

        BufferedImage out = read(p.bytes());
        assertThat(out.getWidth()).isEqualTo(1080);
        assertThat(out.getHeight()).isEqualTo(1800);
    }

    @Test
    void aSmallerBudgetGivesASmallerJpeg() throws Exception {
        byte[] photo = Jpegs.photo(1920, 1080, 0, "budget");
        assertThat(photo.length).isGreaterThan(200_000);

        HfPhotos.Prepared p = HfPhotos.prepare(photo, 200_000);

        assertThat(p.bytes().length).isLessThanOrEqualTo(200_000);
        assertThat(p.changed()).isTrue();
    }

    @Test
    void aPngThatFitsStaysAPngAndALargeOneBecomesAJpegOnWhite() throws Exception {
        byte[] small = png(300, 200);
        assertThat(HfPhotos.prepare(small, HfPhotos.MAX_PHOTO_BYTES).mimeType()).isEqualTo("image/png");

        HfPhotos.Prepared big = HfPhotos.prepare(png(3000, 2000), HfPhotos.MAX_PHOTO_BYTES);
        assertThat(big.mimeType()).isEqualTo("image/jpeg");
        BufferedImage out = read(big.bytes());
        assertThat(out.getWidth()).isEqualTo(1620);
        // the transparent half is white, not black
        assertThat(new Color(out.getRGB(1500, 500)).getRed()).isGreaterThan(240);
        assertThat(new Color(out.getRGB(1500, 500)).getBlue()).isGreaterThan(240);
    }

    @Test
    void anExifRotatedPhotoIsTurnedUpright() throws Exception {
        byte[] landscape = Jpegs.photo(800, 600, 0, "rotated");
        byte[] rotated = withExifOrientation(landscape, 6);
        assertThat(HfPhotos.exifOrientation(rotated)).isEqualTo(6);
        assertThat(HfPhotos.exifOrientation(landscape)).isEqualTo(1);

        HfPhotos.Prepared p = HfPhotos.prepare(rotated, HfPhotos.MAX_PHOTO_BYTES);

        assertThat(p.changed()).isTrue();
        BufferedImage out = read(p.bytes());
        assertThat(out.getWidth()).isEqualTo(600);
        assertThat(out.getHeight()).isEqualTo(800);
    }

    @Test
    void whatIsNotAJpegOrPngThatDecodesIsRefusedWithTheReason() throws Exception {
        assertThatThrownBy(() -> HfPhotos.prepare("not a photo at all".getBytes(), HfPhotos.MAX_PHOTO_BYTES))
                .isInstanceOf(HfPhotos.PhotoException.class).hasMessage("is not a picture (neither JPEG nor PNG)");
        assertThatThrownBy(() -> HfPhotos.prepare(new byte[0], HfPhotos.MAX_PHOTO_BYTES))
                .hasMessage("is empty");

        BufferedImage img = new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(img, "gif", gif);
        assertThatThrownBy(() -> HfPhotos.prepare(gif.toByteArray(), HfPhotos.MAX_PHOTO_BYTES))
                .hasMessage("is a GIF picture; JPEG or PNG are taken");

        byte[] jpeg = Jpegs.photo(400, 300, 0, "cut");
        byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2);
        assertThatThrownBy(() -> HfPhotos.prepare(truncated, HfPhotos.MAX_PHOTO_BYTES))
                .isInstanceOf(HfPhotos.PhotoException.class).hasMessageMatching("(is damaged|cannot be decoded).*");
    }

    @Test
    void anAbsurdSizeIsRefusedFromTheHeaderBeforeAnyPixelIsDecoded() throws Exception {
        // a PNG whose header says 100,000 x 100,000 pixels (40 GB decoded) and that holds no pixel data at all
        byte[] bomb = pngHeaderOnly(100_000, 100_000);

        assertThatThrownBy(() -> HfPhotos.prepare(bomb, HfPhotos.MAX_PHOTO_BYTES))
                .isInstanceOf(HfPhotos.PhotoException.class)
                .hasMessage("is 100000x100000 pixels (10000 megapixels); at most 64 megapixels are decoded");
    }

    @Test
    void aPhotoThatCannotBeMadeToFitSaysHowCloseItGot() throws Exception {
        byte[] photo = Jpegs.photo(1600, 1000, 0, "tiny-budget");

        assertThatThrownBy(() -> HfPhotos.prepare(photo, 2_000))
                .isInstanceOf(HfPhotos.PhotoException.class)
                .hasMessageStartingWith("cannot be made to fit 2000 bytes: still ")
                .hasMessageContaining("JPEG of quality 0.5").hasMessageContaining("source 1600x1000 jpeg");
    }

    @Test
    void filesAreReadWithinTheSourceLimit(@TempDir Path dir) throws Exception {
        Path photo = Files.write(dir.resolve("E1001.jpg"), Jpegs.jpeg(5_000, "file"));
        assertThat(HfPhotos.read(photo)).hasSize(5_000);
        assertThatThrownBy(() -> HfPhotos.read(dir.resolve("missing.jpg")))
                .hasMessage("file " + dir.resolve("missing.jpg") + " does not exist");
        Path huge = dir.resolve("huge.jpg");
        try (var ch = Files.newByteChannel(huge, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.position(HfPhotos.MAX_SOURCE_BYTES);
            ch.write(ByteBuffer.wrap(new byte[] { 1 }));
        }
        assertThatThrownBy(() -> HfPhotos.read(huge)).hasMessageContaining("at most 33554432 bytes are read");
    }

    /** A PNG signature and IHDR chunk for w x h, then IEND: no IDAT. */
    static byte[] pngHeaderOnly(int w, int h) {
        ByteBuffer b = ByteBuffer.allocate(8 + 25 + 12);
        b.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a });
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put(new byte[] { 'I', 'H', 'D', 'R' }).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0)
                .put((byte) 0).put((byte) 0);
        b.putInt(13).put(ihdr.array());
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        b.putInt((int) crc.getValue());
        b.putInt(0).put(new byte[] { 'I', 'E', 'N', 'D' });
        CRC32 end = new CRC32();
        end.update(new byte[] { 'I', 'E', 'N', 'D' });
        b.putInt((int) end.getValue());
        return b.array();
    }

    /** The JPEG with an EXIF APP1 segment (little endian TIFF, one IFD entry: Orientation) after its JFIF APP0. */
    static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] exif = new byte[6 + tiff.capacity()];
        System.arraycopy(new byte[] { 'E', 'x', 'i', 'f', 0, 0 }, 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.capacity());
        int at = 2;
        if ((jpeg[2] & 0xff) == 0xff && (jpeg[3] & 0xff) == 0xe0) {
            at = 4 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff));
        }
        int len = exif.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, at);
        out.write(0xff);
        out.write(0xe1);
        out.write(len >> 8);
        out.write(len & 0xff);
        out.write(exif, 0, exif.length);
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }
}
