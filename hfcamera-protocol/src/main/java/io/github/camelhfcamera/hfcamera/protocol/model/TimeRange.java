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
package io.github.camelhfcamera.hfcamera.protocol.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.camelhfcamera.hfcamera.protocol.Checks;
import io.github.camelhfcamera.hfcamera.protocol.HfInfo;
import io.github.camelhfcamera.hfcamera.protocol.Values;

import java.util.Map;

/**
 * One detection period of a day (hh:mm:ss).
 * <p>
 * Wire names: {@code begin}, {@code end}, {@code enable}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "begin", "end", "enable" })
public record TimeRange(
        @JsonProperty("begin") String begin,
        @JsonProperty("end") String end,
        @JsonProperty("enable") Integer enable,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfInfo {

    public TimeRange {
        unknown = Values.unknown(unknown);
    }

    /** The limits of one period: begin and end required, {@code hh:mm:ss}; enable 0..1. */
    public void validate(String path) {
        Checks.requiredTime(path + ".begin", begin);
        Checks.requiredTime(path + ".end", end);
        Checks.range(path + ".enable", enable, 0, 1);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.begin = begin;
        b.end = end;
        b.enable = enable;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link TimeRange} values. */
    public static final class Builder {
        private String begin;
        private String end;
        private Integer enable;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code begin}. */
        public Builder begin(String begin) {
            this.begin = begin;
            return this;
        }

        /** Wire name {@code end}. */
        public Builder end(String end) {
            this.end = end;
            return this;
        }

        /** Wire name {@code enable}. */
        public Builder enable(Integer enable) {
            this.enable = enable;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public TimeRange build() {
            return new TimeRange(begin, end, enable, unknown);
        }
    }
}
