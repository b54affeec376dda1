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
import io.github.camelhfcamera.hfcamera.protocol.HfEvent;
import io.github.camelhfcamera.hfcamera.protocol.Values;

import java.util.Map;

/**
 * CountInRegionPush (section 24): head count of an area.
 * <p>
 * Wire names: {@code deviceId}, {@code time}, {@code realtimeCount}, {@code averageCount}, {@code maxCount}, {@code minCount}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "deviceId", "time", "realtimeCount", "averageCount", "maxCount", "minCount" })
public record CountInRegionPush(
        @JsonProperty("deviceId") String deviceId,
        @JsonProperty("time") String time,
        @JsonProperty("realtimeCount") Integer realtimeCount,
        @JsonProperty("averageCount") Integer averageCount,
        @JsonProperty("maxCount") Integer maxCount,
        @JsonProperty("minCount") Integer minCount,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfEvent {

    public CountInRegionPush {
        unknown = Values.unknown(unknown);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.deviceId = deviceId;
        b.time = time;
        b.realtimeCount = realtimeCount;
        b.averageCount = averageCount;
        b.maxCount = maxCount;
        b.minCount = minCount;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link CountInRegionPush} values. */
    public static final class Builder {
        private String deviceId;
        private String time;
        private Integer realtimeCount;
        private Integer averageCount;
        private Integer maxCount;
        private Integer minCount;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code deviceId}. */
        public Builder deviceId(String deviceId) {
            this.deviceId = deviceId;
            return this;
        }

        /** Wire name {@code time}. */
        public Builder time(String time) {
            this.time = time;
            return this;
        }

        /** Wire name {@code realtimeCount}. */
        public Builder realtimeCount(Integer realtimeCount) {
            this.realtimeCount = realtimeCount;
            return this;
        }

        /** Wire name {@code averageCount}. */
        public Builder averageCount(Integer averageCount) {
            this.averageCount = averageCount;
            return this;
        }

        /** Wire name {@code maxCount}. */
        public Builder maxCount(Integer maxCount) {
            this.maxCount = maxCount;
            return this;
        }

        /** Wire name {@code minCount}. */
        public Builder minCount(Integer minCount) {
            this.minCount = minCount;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public CountInRegionPush build() {
            return new CountInRegionPush(deviceId, time, realtimeCount, averageCount, maxCount, minCount, unknown);
        }
    }
}
