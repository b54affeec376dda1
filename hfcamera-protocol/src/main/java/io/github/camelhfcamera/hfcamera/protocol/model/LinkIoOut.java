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

import java.util.List;
import java.util.Map;

/**
 * Linkage IO output: duration seconds (0..255) and milliseconds (0..999), outputs.
 * <p>
 * Wire names: {@code time}, {@code timeMs}, {@code noList}, {@code noEnable}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "time", "timeMs", "noList", "noEnable" })
public record LinkIoOut(
        @JsonProperty("time") Integer time,
        @JsonProperty("timeMs") Integer timeMs,
        @JsonProperty("noList") List<Integer> noList,
        @JsonProperty("noEnable") List<Integer> noEnable,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfInfo {

    public LinkIoOut {
        noList = Values.list(noList);
        noEnable = Values.list(noEnable);
        unknown = Values.unknown(unknown);
    }

    /** The limits of the linkage IO: time 0..255 s, timeMs 0..999 ms, noList and noEnable entries 0..1. */
    public void validate(String path) {
        Checks.range(path + ".time", time, 0, 255);
        Checks.range(path + ".timeMs", timeMs, 0, 999);
        Checks.eachInRange(path + ".noList", noList, 0, 1);
        Checks.eachInRange(path + ".noEnable", noEnable, 0, 1);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.time = time;
        b.timeMs = timeMs;
        b.noList = noList;
        b.noEnable = noEnable;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link LinkIoOut} values. */
    public static final class Builder {
        private Integer time;
        private Integer timeMs;
        private List<Integer> noList;
        private List<Integer> noEnable;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code time}. */
        public Builder time(Integer time) {
            this.time = time;
            return this;
        }

        /** Wire name {@code timeMs}. */
        public Builder timeMs(Integer timeMs) {
            this.timeMs = timeMs;
            return this;
        }

        /** Wire name {@code noList}. */
        public Builder noList(List<Integer> noList) {
            this.noList = noList;
            return this;
        }

        /** Wire name {@code noEnable}. */
        public Builder noEnable(List<Integer> noEnable) {
            this.noEnable = noEnable;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public LinkIoOut build() {
            return new LinkIoOut(time, timeMs, noList, noEnable, unknown);
        }
    }
}
