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
 * ParabolicSnapPush (section 14): object thrown from height.
 * <p>
 * Wire names: {@code deviceId}, {@code deviceName}, {@code snapTime}, {@code startTime}, {@code endTime}, {@code pic}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "deviceId", "deviceName", "snapTime", "startTime", "endTime", "pic" })
public record ParabolicSnapPush(
        @JsonProperty("deviceId") String deviceId,
        @JsonProperty("deviceName") String deviceName,
        @JsonProperty("snapTime") String snapTime,
        @JsonProperty("startTime") String startTime,
        @JsonProperty("endTime") String endTime,
        @JsonProperty("pic") Image pic,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfEvent {

    public ParabolicSnapPush {
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
        b.deviceName = deviceName;
        b.snapTime = snapTime;
        b.startTime = startTime;
        b.endTime = endTime;
        b.pic = pic;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link ParabolicSnapPush} values. */
    public static final class Builder {
        private String deviceId;
        private String deviceName;
        private String snapTime;
        private String startTime;
        private String endTime;
        private Image pic;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code deviceId}. */
        public Builder deviceId(String deviceId) {
            this.deviceId = deviceId;
            return this;
        }

        /** Wire name {@code deviceName}. */
        public Builder deviceName(String deviceName) {
            this.deviceName = deviceName;
            return this;
        }

        /** Wire name {@code snapTime}. */
        public Builder snapTime(String snapTime) {
            this.snapTime = snapTime;
            return this;
        }

        /** Wire name {@code startTime}. */
        public Builder startTime(String startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Wire name {@code endTime}. */
        public Builder endTime(String endTime) {
            this.endTime = endTime;
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

        public ParabolicSnapPush build() {
            return new ParabolicSnapPush(deviceId, deviceName, snapTime, startTime, endTime, pic, unknown);
        }
    }
}
