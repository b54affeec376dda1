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

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collection;
import java.util.List;

/**
 * The limits of the protocol document as reusable checks. Each failure names the field, the value's problem and the
 * limit. Text limits count UTF-8 bytes, as the device's C buffers do: the document's "within 48 characters
 * (including terminator)" leaves 47 bytes for the text.
 * <p>
 * Field names are wire names with their path from the message root, for example {@code info.KeepAliveInterval} or
 * {@code info.lineConf.lines[2][0].x}. A field is required where the device refuses a command without it (its
 * appendix error table names the missing key) or where the command means nothing without it; every other field is
 * optional and checked only when present, so that a Set command may carry only what it changes.
 */
public final class Checks {

    /** Longest customId: 48 including the terminator. */
    public static final int CUSTOM_ID_SIZE = 48;
    /** One MB, the document's limit for a packet and a face photo. */
    public static final int ONE_MB = 1024 * 1024;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);

    private Checks() {
    }

    public static void required(String field, Object value) {
        if (value == null || value instanceof String s && s.isEmpty()) {
            throw new HfValidationException(field, "is required");
        }
    }

    /** A required customId of at most 47 bytes. */
    public static void customId(String field, String value) {
        required(field, value);
        text(field, value, CUSTOM_ID_SIZE);
    }

    /**
     * An optional text that must fit a device buffer of {@code sizeWithTerminator} bytes.
     */
    public static void text(String field, String value, int sizeWithTerminator) {
        if (value == null) {
            return;
        }
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > sizeWithTerminator - 1) {
            throw new HfValidationException(field, "is " + bytes + " bytes long (UTF-8); the limit is "
                    + (sizeWithTerminator - 1) + " (" + sizeWithTerminator + " including the terminator)");
        }
    }

    /** An optional integer within {@code min..max}. */
    public static void range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new HfValidationException(field, "is " + value + "; allowed " + min + ".." + max);
        }
    }

    /** A required integer within {@code min..max}. */
    public static void requiredRange(String field, Integer value, int min, int max) {
        required(field, value);
        range(field, value, min, max);
    }

    /** An optional integer that must be one of the given values. */
    public static void oneOf(String field, Integer value, int... allowed) {
        if (value == null) {
            return;
        }
        StringBuilder list = new StringBuilder();
        for (int a : allowed) {
            if (a == value) {
                return;
            }
            list.append(list.length() == 0 ? "" : ", ").append(a);
        }
        throw new HfValidationException(field, "is " + value + "; allowed " + list);
    }

    /** An optional date and time {@code YYYY-MM-DD hh:mm:ss}. */
    public static void dateTime(String field, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        try {
            LocalDateTime.parse(value, DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new HfValidationException(field, "'" + value + "' is not a date and time YYYY-MM-DD hh:mm:ss");
        }
    }

    /** An optional date {@code YYYY-MM-DD}; the device's own {@code 0000-00-00} is accepted. */
    public static void date(String field, String value) {
        if (value == null || value.isEmpty() || "0000-00-00".equals(value)) {
            return;
        }
        try {
            LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            throw new HfValidationException(field, "'" + value + "' is not a date YYYY-MM-DD");
        }
    }

    /** An optional time of day {@code hh:mm:ss}. */
    public static void time(String field, String value) {
        if (value == null) {
            return;
        }
        try {
            LocalTime.parse(value, TIME);
        } catch (DateTimeParseException e) {
            throw new HfValidationException(field, "'" + value + "' is not a time hh:mm:ss");
        }
    }

    /** An optional collection of at most {@code max} entries. */
    public static void maxItems(String field, Collection<?> value, int max) {
        if (value != null && value.size() > max) {
            throw new HfValidationException(field, "has " + value.size() + " entries; at most " + max);
        }
    }

    /** An optional image whose wire text (base64 with its prefix) fits {@code maxBytes}. */
    public static void image(String field, Image value, int maxBytes) {
        if (value != null && value.encodedLength() > maxBytes) {
            throw new HfValidationException(field, "is " + value.encodedLength() + " bytes of base64; the limit is "
                    + maxBytes + " (" + (maxBytes / ONE_MB) + " MB)");
        }
    }

    /** A required date and time {@code YYYY-MM-DD hh:mm:ss}. */
    public static void requiredDateTime(String field, String value) {
        required(field, value);
        dateTime(field, value);
    }

    /** A required time of day {@code hh:mm:ss}. */
    public static void requiredTime(String field, String value) {
        required(field, value);
        time(field, value);
    }

    /** An optional integer that the document fixes at one value. */
    public static void fixed(String field, Integer value, int expected) {
        if (value != null && value != expected) {
            throw new HfValidationException(field, "is " + value + "; the document fixes it at " + expected);
        }
    }

    /** An optional number that must be greater than 0. */
    public static void positive(String field, Number value) {
        if (value != null && value.longValue() <= 0) {
            throw new HfValidationException(field, "is " + value + "; must be greater than 0");
        }
    }

    /** An optional number that must not be negative. */
    public static void notNegative(String field, Number value) {
        if (value != null && value.longValue() < 0) {
            throw new HfValidationException(field, "is " + value + "; must be 0 or more");
        }
    }

    /** Each entry of an optional list within {@code min..max}; an error names the entry ({@code field[i]}). */
    public static void eachInRange(String field, List<Integer> values, int min, int max) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            requiredRange(field + "[" + i + "]", values.get(i), min, max);
        }
    }

    /** An optional list whose entries must all be equal (the document's "can only be in the same direction"). */
    public static void allEqual(String field, List<Integer> values, String why) {
        if (values == null || values.isEmpty()) {
            return;
        }
        Integer first = values.get(0);
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) != null && !values.get(i).equals(first)) {
                throw new HfValidationException(field + "[" + i + "]",
                        "is " + values.get(i) + " but " + field + "[0] is " + first + "; " + why);
            }
        }
    }

    /** Two optional date-times {@code YYYY-MM-DD hh:mm:ss} in order: {@code begin} not after {@code end}. */
    public static void notAfter(String beginField, String begin, String endField, String end) {
        if (begin == null || end == null || begin.isEmpty() || end.isEmpty()) {
            return;
        }
        try {
            if (LocalDateTime.parse(begin, DATE_TIME).isAfter(LocalDateTime.parse(end, DATE_TIME))) {
                throw new HfValidationException(beginField,
                        "'" + begin + "' is after " + endField + " '" + end + "'; it must not be later");
            }
        } catch (DateTimeParseException e) {
            // the format checks of each field report this
        }
    }

    /** An optional text that must end with {@code suffix}. */
    public static void endsWith(String field, String value, String suffix, String why) {
        if (value != null && !value.endsWith(suffix)) {
            throw new HfValidationException(field, "'" + value + "' does not end in " + suffix + "; " + why);
        }
    }

    /** An optional text that must be one of the given values. */
    public static void oneOf(String field, String value, String... allowed) {
        if (value == null) {
            return;
        }
        for (String a : allowed) {
            if (a.equals(value)) {
                return;
            }
        }
        throw new HfValidationException(field, "is '" + value + "'; allowed " + String.join(", ", allowed));
    }

    /** An optional MQTT topic a device publishes to: not empty and without the wildcards {@code +} and {@code #}. */
    public static void publishTopic(String field, String value) {
        if (value == null) {
            return;
        }
        if (value.isEmpty() || value.indexOf('+') >= 0 || value.indexOf('#') >= 0 || value.indexOf('\0') >= 0) {
            throw new HfValidationException(field, "'" + value
                    + "' is not a topic to publish to; it must be non-empty, without the MQTT wildcards + and #");
        }
    }
}
