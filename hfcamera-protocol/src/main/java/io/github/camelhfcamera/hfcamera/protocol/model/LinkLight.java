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
 * Linkage warning light.
 * <p>
 * Wire names: {@code enable}, {@code mode}, {@code time}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "enable", "mode", "time" })
public record LinkLight(
        @JsonProperty("enable") Integer enable,
        @JsonProperty("mode") Integer mode,
        @JsonProperty("time") Integer time,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfInfo {

    public LinkLight {
        unknown = Values.unknown(unknown);
    }

    /** The limits of the linkage warning light: enable 0..1, time 0..255 s. */
    public void validate(String path) {
        Checks.range(path + ".enable", enable, 0, 1);
        Checks.range(path + ".time", time, 0, 255);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.enable = enable;
        b.mode = mode;
        b.time = time;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link LinkLight} values. */
    public static final class Builder {
        private Integer enable;
        private Integer mode;
        private Integer time;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code enable}. */
        public Builder enable(Integer enable) {
            this.enable = enable;
            return this;
        }

        /** Wire name {@code mode}. */
        public Builder mode(Integer mode) {
            this.mode = mode;
            return this;
        }

        /** Wire name {@code time}. */
        public Builder time(Integer time) {
            this.time = time;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public LinkLight build() {
            return new LinkLight(enable, mode, time, unknown);
        }
    }
}
