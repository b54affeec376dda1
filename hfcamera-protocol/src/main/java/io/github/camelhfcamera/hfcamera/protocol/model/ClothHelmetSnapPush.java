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

import com.fasterxml.jackson.annotation.JsonAlias;
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
 * ClothHelmetSnapPush (section 18): helmet or reflective vest not worn.
 * <p>
 * Wire names: {@code deviceId}, {@code time}, {@code SnapOrRecordID}, {@code helmet}, {@code reflectiveVest}, {@code pic}, {@code scene}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "deviceId", "time", "SnapOrRecordID", "helmet", "reflectiveVest", "pic", "scene" })
public record ClothHelmetSnapPush(
        @JsonProperty("deviceId") String deviceId,
        @JsonProperty("time") String time,
        @JsonProperty("SnapOrRecordID") @JsonAlias({ "snapOrRecordID" }) Long snapOrRecordId,
        @JsonProperty("helmet") Integer helmet,
        @JsonProperty("reflectiveVest") Integer reflectiveVest,
        @JsonProperty("pic") Image pic,
        @JsonProperty("scene") Image scene,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfEvent {

    public ClothHelmetSnapPush {
        unknown = Values.unknown(unknown);
    }

    @Override
    public Long recordId() {
        return snapOrRecordId;
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
        b.snapOrRecordId = snapOrRecordId;
        b.helmet = helmet;
        b.reflectiveVest = reflectiveVest;
        b.pic = pic;
        b.scene = scene;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link ClothHelmetSnapPush} values. */
    public static final class Builder {
        private String deviceId;
        private String time;
        private Long snapOrRecordId;
        private Integer helmet;
        private Integer reflectiveVest;
        private Image pic;
        private Image scene;
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

        /** Wire name {@code SnapOrRecordID}. */
        public Builder snapOrRecordId(Long snapOrRecordId) {
            this.snapOrRecordId = snapOrRecordId;
            return this;
        }

        /** Wire name {@code helmet}. */
        public Builder helmet(Integer helmet) {
            this.helmet = helmet;
            return this;
        }

        /** Wire name {@code reflectiveVest}. */
        public Builder reflectiveVest(Integer reflectiveVest) {
            this.reflectiveVest = reflectiveVest;
            return this;
        }

        /** Wire name {@code pic}. */
        public Builder pic(Image pic) {
            this.pic = pic;
            return this;
        }

        /** Wire name {@code scene}. */
        public Builder scene(Image scene) {
            this.scene = scene;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public ClothHelmetSnapPush build() {
            return new ClothHelmetSnapPush(deviceId, time, snapOrRecordId, helmet, reflectiveVest, pic, scene, unknown);
        }
    }
}
