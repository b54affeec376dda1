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
import io.github.camelhfcamera.hfcamera.protocol.Image;
import io.github.camelhfcamera.hfcamera.protocol.Values;

import java.util.Map;

/**
 * SafetyRidePush (section 26): helmet on an e-bike.
 * <p>
 * Wire names: {@code deviceId}, {@code time}, {@code helmet}, {@code plate}, {@code pic}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "deviceId", "time", "helmet", "plate", "pic" })
public record SafetyRidePush(
        @JsonProperty("deviceId") String deviceId,
        @JsonProperty("time") String time,
        @JsonProperty("helmet") Integer helmet,
        @JsonProperty("plate") String plate,
        @JsonProperty("pic") Image pic,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfEvent {

    public SafetyRidePush {
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
        b.helmet = helmet;
        b.plate = plate;
        b.pic = pic;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link SafetyRidePush} values. */
    public static final class Builder {
        private String deviceId;
        private String time;
        private Integer helmet;
        private String plate;
        private Image pic;
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

        /** Wire name {@code helmet}. */
        public Builder helmet(Integer helmet) {
            this.helmet = helmet;
            return this;
        }

        /** Wire name {@code plate}. */
        public Builder plate(String plate) {
            this.plate = plate;
            return this;
        }

        /** Wire name {@code pic}. */
        public Builder pic(Image pic) {
            this.pic = pic;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public SafetyRidePush build() {
            return new SafetyRidePush(deviceId, time, helmet, plate, pic, unknown);
        }
    }
}
