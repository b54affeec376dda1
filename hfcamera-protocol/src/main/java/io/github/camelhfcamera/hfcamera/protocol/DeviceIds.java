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

/**
 * The one check of a device id ({@code facesluiceId}, the device level of every topic), wherever it comes from: a
 * route, a URI, a REST path or a message on the broker. An id is used in MQTT topics, log lines, the device registry
 * and health check names only after it passed here.
 * <p>
 * A valid id has 1 to {@value #MAX_LENGTH} characters, none of them an MQTT level separator or wildcard
 * ({@code / + #}), a control character (NUL included) or half of a UTF-16 surrogate pair. These are what would make
 * a topic fail to encode (and the MQTT client's sender with it), inject another topic level, or forge a log line.
 * <p>
 * Messages about an invalid id never quote it as it is: {@link #printable(String)} cuts it and escapes what is not
 * printable ASCII.
 */
public final class DeviceIds {

    /** The longest device id, in characters (real ids are serial numbers of at most 32). */
    public static final int MAX_LENGTH = 64;
    /** How much of an offending value a message or log line shows. */
    public static final int PRINT_LENGTH = 40;

    private DeviceIds() {
    }

    /** Whether {@code id} is a valid device id. */
    public static boolean isValid(String id) {
        return problem(id) == null;
    }

    /**
     * What is wrong with {@code id}, naming the limit, or {@code null} when it is a valid device id. The text never
     * contains the raw id.
     */
    public static String problem(String id) {
        if (id == null || id.isEmpty()) {
            return "is required";
        }
        if (id.length() > MAX_LENGTH) {
            return "is " + id.length() + " characters long; the limit is " + MAX_LENGTH;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '/' || c == '+' || c == '#') {
                return "'" + printable(id) + "' contains '" + c + "' at " + i
                        + "; an MQTT level separator or wildcard (/ + #) is not allowed in a device id";
            }
            if (Character.isISOControl(c)) {
                return "'" + printable(id) + "' contains the control character U+" + hex(c) + " at " + i
                        + "; control characters are not allowed in a device id";
            }
            if (Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "'" + printable(id) + "' contains an unpaired UTF-16 surrogate U+" + hex(c) + " at " + i
                        + "; it cannot be encoded in a topic";
            }
        }
        return null;
    }

    /**
     * Returns {@code id} when it is valid.
     *
     * @param field the name of the field, option or header it came from, for the message
     * @throws HfValidationException naming the field and the limit
     */
    public static String check(String field, String id) {
        String problem = problem(id);
        if (problem != null) {
            throw new HfValidationException(field, problem);
        }
        return id;
    }

    /**
     * {@code value} as it may appear in a log line or an error message: at most {@value #PRINT_LENGTH} characters
     * (then {@code ...(N chars)}), printable ASCII as it is and every other character as {@code \}{@code uXXXX}.
     */
    public static String printable(String value) {
        return printable(value, PRINT_LENGTH);
    }

    /** {@link #printable(String)} with another length: at most {@code max} characters of {@code value}. */
    public static String printable(String value, int max) {
        if (value == null) {
            return "null";
        }
        int n = Math.min(value.length(), max);
        StringBuilder b = new StringBuilder(n + 16);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                b.append(c);
            } else {
                b.append("\\u").append(hex(c));
            }
        }
        if (value.length() > n) {
            b.append("...(").append(value.length()).append(" chars)");
        }
        return b.toString();
    }

    private static String hex(char c) {
        String h = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        return "0000".substring(h.length()) + h;
    }
}
