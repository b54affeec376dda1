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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The error code tables of the document's appendix (29.1-29.17), loaded from {@code error-codes.tsv}. The same
 * number means different things for different operators (464 is "can't find customId's person" for DelPerson but
 * "Face feature extraction failed" for EditPerson), and batch results carry per-person {@code errcode}s with their
 * own table, so every lookup names the operator.
 */
public final class ErrorCodes {

    /** Whether a code answers the whole command or one person of a batch. */
    public enum Kind {
        /** The reply's {@code code}. */
        CODE,
        /** A person's {@code errcode} in AddPersons / EditPersonsNew results. */
        ERRCODE
    }

    /**
     * One row of an appendix table.
     *
     * @param table       the appendix section, for example {@code 29.6}
     * @param operator    the command the table is for
     * @param kind        code or errcode
     * @param code        the number
     * @param text        the string the device sends, empty where the table gives none
     * @param description the table's description
     */
    public record ErrorCode(String table, Operator operator, Kind kind, int code, String text, String description) {

        /** The text a person reads: the device's string, else the description. */
        public String message() {
            return text.isEmpty() ? description : text;
        }
    }

    private static final Map<String, ErrorCode> BY_KEY;
    private static final List<ErrorCode> ALL;

    static {
        Map<String, ErrorCode> byKey = new HashMap<>();
        List<ErrorCode> all = new ArrayList<>();
        try (InputStream in = ErrorCodes.class.getResourceAsStream("error-codes.tsv")) {
            if (in == null) {
                throw new IllegalStateException("error-codes.tsv missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split("\t", -1);
                Operator op = Operator.of(c[1]).orElseThrow(() -> new IllegalStateException("unknown operator " + c[1]));
                ErrorCode e = new ErrorCode(c[0], op, Kind.valueOf(c[2].toUpperCase()), Integer.parseInt(c[3]), c[4], c[5]);
                byKey.put(key(op, e.kind(), e.code()), e);
                all.add(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BY_KEY = Map.copyOf(byKey);
        ALL = Collections.unmodifiableList(all);
    }

    private ErrorCodes() {
    }

    private static String key(Operator op, Kind kind, int code) {
        return op.name() + '/' + kind + '/' + code;
    }

    /** The row for a reply's {@code code} to {@code operator}, if its table lists it. */
    public static Optional<ErrorCode> code(Operator operator, int code) {
        return Optional.ofNullable(BY_KEY.get(key(operator, Kind.CODE, code)));
    }

    /** The row for a person's {@code errcode} in the batch result of {@code operator}, if its table lists it. */
    public static Optional<ErrorCode> errcode(Operator operator, int errcode) {
        return Optional.ofNullable(BY_KEY.get(key(operator, Kind.ERRCODE, errcode)));
    }

    /** The text for a reply code: the table's, or "code N" when the table does not list it. */
    public static String describe(Operator operator, int code) {
        return code(operator, code).map(ErrorCode::message).orElse("code " + code);
    }

    /** The text for a batch errcode: the table's, or "errcode N" when the table does not list it. */
    public static String describeErrcode(Operator operator, int errcode) {
        return errcode(operator, errcode).map(ErrorCode::message).orElse("errcode " + errcode);
    }

    /** Every row of every table, in the document's order. */
    public static List<ErrorCode> all() {
        return ALL;
    }
}
