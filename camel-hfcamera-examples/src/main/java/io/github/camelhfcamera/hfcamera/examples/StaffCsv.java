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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the staff list of a CSV file (header line first; columns customId, name, gender, personType, idCard,
 * telnum1, photo; no quoted commas) into rows, the same shape the SQL query gives. {@code classpath:} locations
 * read the demo's list shipped in the jar.
 */
public class StaffCsv {

    private final String location;

    public StaffCsv(String location) {
        this.location = location;
    }

    public List<Map<String, Object>> read() throws IOException {
        try (InputStream in = open(location);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (header == null) {
                throw new IllegalArgumentException("staff CSV " + location + " is empty: a header line is needed");
            }
            String[] names = header.trim().split(",", -1);
            List<Map<String, Object>> rows = new ArrayList<>();
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] values = line.split(",", -1);
                if (values.length != names.length) {
                    throw new IllegalArgumentException("staff CSV " + location + " line " + n + ": " + values.length
                            + " columns, the header has " + names.length);
                }
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < names.length; i++) {
                    row.put(names[i].trim(), values[i].trim());
                }
                rows.add(row);
            }
            return rows;
        }
    }

    static InputStream open(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            String res = location.substring("classpath:".length()).replaceFirst("^/", "");
            InputStream in = StaffCsv.class.getClassLoader().getResourceAsStream(res);
            if (in == null) {
                throw new IOException("no resource " + res + " on the classpath");
            }
            return in;
        }
        return Files.newInputStream(Path.of(location.startsWith("file:") ? location.substring(5) : location));
    }
}
