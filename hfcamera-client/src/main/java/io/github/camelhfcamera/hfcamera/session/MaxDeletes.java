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

import java.math.BigDecimal;

import io.github.camelhfcamera.hfcamera.protocol.HfValidationException;

/**
 * The most persons a sync may delete from one device: a number of persons ({@code 50}) or a percent of the persons
 * the device holds ({@code 10%}, rounded down).
 *
 * @param persons the absolute limit, or {@code -1}
 * @param percent the limit in percent of the device's list, or {@code null}
 */
public record MaxDeletes(int persons, BigDecimal percent) {

    /** No limit. */
    public static final MaxDeletes NONE = new MaxDeletes(Integer.MAX_VALUE, null);

    /**
     * Reads {@code 50} or {@code 10%}; empty or {@code null} is no limit.
     *
     * @throws HfValidationException naming the option and what it takes
     */
    public static MaxDeletes parse(String option, String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        String v = value.trim();
        try {
            if (v.endsWith("%")) {
                BigDecimal p = new BigDecimal(v.substring(0, v.length() - 1).trim());
                if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new NumberFormatException();
                }
                return new MaxDeletes(-1, p);
            }
            int n = Integer.parseInt(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return new MaxDeletes(n, null);
        } catch (NumberFormatException e) {
            throw new HfValidationException(option, "is '" + value + "'; give a number of persons (like 50) or a"
                    + " percent of the persons the device holds, 0% to 100% (like 10%)");
        }
    }

    /** The limit for a device that holds {@code onDevice} persons. */
    public int limit(int onDevice) {
        if (percent == null) {
            return persons;
        }
        return percent.multiply(BigDecimal.valueOf(onDevice)).divide(BigDecimal.valueOf(100), 0,
                java.math.RoundingMode.FLOOR).intValueExact();
    }

    @Override
    public String toString() {
        return percent != null ? percent.stripTrailingZeros().toPlainString() + "%"
                : persons == Integer.MAX_VALUE ? "unlimited" : Integer.toString(persons);
    }
}
