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

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * An image field ({@code pic}, {@code scene}, {@code scenePic}, {@code tempic}, {@code ImgData}): base64 given as a
 * data URI ({@code data:image/jpeg;base64,...}) or bare.
 * <p>
 * When read by {@link HfCodec}, an image is only a window on the received payload: nothing is copied or decoded
 * until {@link #bytes()} or {@link #text()} is called, so reading a record's other fields costs no more than the
 * fields themselves however large the scene image is. {@link #toString()} never shows the data.
 */
@JsonSerialize(using = Image.Serializer.class)
@JsonDeserialize(using = Image.Deserializer.class)
public final class Image {

    /** Deserialization attribute under which {@link HfCodec} passes the payload being read. */
    static final String PAYLOAD_ATTRIBUTE = Image.class.getName() + ".payload";

    private static final JsonFactory JSON = new JsonFactory();

    private final byte[] source;
    private final int offset;
    private final int length;
    /** True when the window holds JSON escapes (for example {@code \/}) that must be undone before use. */
    private final boolean escaped;
    /** True when the window can be written between quotes as it is (already valid JSON string content). */
    private final boolean jsonSafe;

    private Image(byte[] source, int offset, int length, boolean escaped, boolean jsonSafe) {
        this.source = source;
        this.offset = offset;
        this.length = length;
        this.escaped = escaped;
        this.jsonSafe = jsonSafe;
    }

    /** An image from its encoded bytes, written as a data URI of the given MIME type. */
    public static Image of(byte[] data, String mimeType) {
        String text = "data:" + mimeType + ";base64," + Base64.getEncoder().encodeToString(data);
        return ofText(text);
    }

    /** A JPEG image, written as {@code data:image/jpeg;base64,...}. */
    public static Image ofJpeg(byte[] jpeg) {
        return of(jpeg, "image/jpeg");
    }

    /** An image from the text the device or platform sends: a data URI or bare base64. */
    public static Image ofText(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        boolean safe = true;
        for (byte c : b) {
            if (c == '"' || c == '\\' || (c >= 0 && c < 0x20)) {
                safe = false;
                break;
            }
        }
        return new Image(b, 0, b.length, false, safe);
    }

    static Image window(byte[] payload, int offset, int length, boolean escaped) {
        return new Image(payload, offset, length, escaped, true);
    }

    /** Length of the text on the wire (prefix and base64), in bytes: what a size limit of the document counts. */
    public int encodedLength() {
        return length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    /** The MIME type of a data URI ({@code image/jpeg}), or {@code null} for bare base64. */
    public String mimeType() {
        if (!startsWith("data:")) {
            return null;
        }
        int end = offset + 5;
        while (end < offset + length && source[end] != ';' && source[end] != ',') {
            end++;
        }
        return new String(source, offset + 5, end - offset - 5, StandardCharsets.US_ASCII);
    }

    /** Size in bytes of the decoded image, computed from the base64 length without decoding. */
    public int decodedSizeEstimate() {
        int start = base64Start();
        int n = offset + length - start;
        int pad = 0;
        for (int i = offset + length - 1; i >= start && pad < 2 && source[i] == '='; i--) {
            pad++;
        }
        return Math.max(0, n / 4 * 3 - pad);
    }

    /**
     * Decodes the image. Whitespace and line breaks inside the base64 are tolerated.
     *
     * @throws IllegalArgumentException when the data is not valid base64
     */
    public byte[] bytes() {
        if (escaped) {
            return decode(text().getBytes(StandardCharsets.UTF_8), 0);
        }
        return decodeWindow(source, base64Start(), offset + length);
    }

    private static byte[] decode(byte[] b, int from) {
        int start = from;
        if (b.length - from >= 5 && new String(b, from, 5, StandardCharsets.US_ASCII).equals("data:")) {
            int comma = indexOf(b, (byte) ',', from, b.length);
            start = comma < 0 ? b.length : comma + 1;
        }
        return decodeWindow(b, start, b.length);
    }

    private static byte[] decodeWindow(byte[] b, int start, int end) {
        for (int i = start; i < end; i++) {
            byte c = b[i];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                return decodeStripped(b, start, end);
            }
        }
        ByteBuffer out = Base64.getDecoder().decode(ByteBuffer.wrap(b, start, end - start));
        byte[] array = out.array();
        return out.arrayOffset() == 0 && out.remaining() == array.length
                ? array : Arrays.copyOfRange(array, out.arrayOffset() + out.position(), out.arrayOffset() + out.limit());
    }

    private static byte[] decodeStripped(byte[] b, int start, int end) {
        byte[] clean = new byte[end - start];
        int n = 0;
        for (int i = start; i < end; i++) {
            byte c = b[i];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                clean[n++] = c;
            }
        }
        return Base64.getDecoder().decode(Arrays.copyOf(clean, n));
    }

    /** The text as sent (data URI or bare base64). This copies the data: prefer {@link #bytes()} for the image. */
    public String text() {
        String raw = new String(source, offset, length, StandardCharsets.UTF_8);
        if (!escaped) {
            return raw;
        }
        try (JsonParser p = JSON.createParser("\"" + raw + "\"")) {
            p.nextToken();
            return p.getText();
        } catch (IOException e) {
            throw new IllegalArgumentException("image text is not a valid JSON string", e);
        }
    }

    private int base64Start() {
        if (!startsWith("data:")) {
            return offset;
        }
        int comma = indexOf(source, (byte) ',', offset, offset + length);
        return comma < 0 ? offset + length : comma + 1;
    }

    private boolean startsWith(String prefix) {
        if (length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (source[offset + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Image other)) {
            return false;
        }
        return Arrays.equals(source, offset, offset + length, other.source, other.offset, other.offset + other.length)
                && escaped == other.escaped;
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = offset; i < offset + length; i += Math.max(1, length / 64)) {
            h = 31 * h + source[i];
        }
        return 31 * h + length;
    }

    /** Never the data: the MIME type and the size only, so that logs carry no image bytes. */
    @Override
    public String toString() {
        String type = mimeType();
        return "Image[" + (type == null ? "base64" : type) + ", " + length + " chars]";
    }

    /** Writes the image text; a window read from a payload is copied through without decoding. */
    static final class Serializer extends JsonSerializer<Image> {
        @Override
        public void serialize(Image value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            if (value.jsonSafe && gen.getOutputTarget() instanceof java.io.OutputStream) {
                gen.writeRawUTF8String(value.source, value.offset, value.length);
            } else {
                gen.writeString(value.text());
            }
        }
    }

    /**
     * Reads an image as a window on the payload when the codec provides it (no copy, no decode); otherwise from the
     * string value.
     */
    static final class Deserializer extends JsonDeserializer<Image> {
        @Override
        public Image deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Image) ctxt.handleUnexpectedToken(Image.class, p);
            }
            Object attribute = ctxt.getAttribute(PAYLOAD_ATTRIBUTE);
            long start = p.currentTokenLocation().getByteOffset();
            if (attribute instanceof byte[] payload && start >= 0 && start < payload.length && payload[(int) start] == '"') {
                int begin = (int) start + 1;
                int i = begin;
                boolean escaped = false;
                while (i < payload.length && payload[i] != '"') {
                    if (payload[i] == '\\') {
                        escaped = true;
                        i++;
                    }
                    i++;
                }
                if (i < payload.length) {
                    // the parser skips the string's content on its next token without copying it
                    return window(payload, begin, i - begin, escaped);
                }
            }
            return ofText(p.getText());
        }
    }
}
