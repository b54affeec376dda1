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
 * FireSmokeSnapPush (section 19): fire or smoke.
 * <p>
 * Wire names: {@code deviceId}, {@code deviceName}, {@code time}, {@code SnapOrRecordID}, {@code fire}, {@code smoke}, {@code pic}, {@code scene}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "deviceId", "deviceName", "time", "SnapOrRecordID", "fire", "smoke", "pic", "scene" })
public record FireSmokeSnapPush(
        @JsonProperty("deviceId") String deviceId,
        @JsonProperty("deviceName") String deviceName,
        @JsonProperty("time") String time,
        @JsonProperty("SnapOrRecordID") @JsonAlias({ "snapOrRecordID" }) Long snapOrRecordId,
        @JsonProperty("fire") Integer fire,
        @JsonProperty("smoke") Integer smoke,
        @JsonProperty("pic") Image pic,
        @JsonProperty("scene") Image scene,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfEvent {

    public FireSmokeSnapPush {
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
        b.deviceName = deviceName;
        b.time = time;
        b.snapOrRecordId = snapOrRecordId;
        b.fire = fire;
        b.smoke = smoke;
        b.pic = pic;
        b.scene = scene;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link FireSmokeSnapPush} values. */
    public static final class Builder {
        private String deviceId;
        private String deviceName;
        private String time;
        private Long snapOrRecordId;
        private Integer fire;
        private Integer smoke;
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

        /** Wire name {@code deviceName}. */
        public Builder deviceName(String deviceName) {
            this.deviceName = deviceName;
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

        /** Wire name {@code fire}. */
        public Builder fire(Integer fire) {
            this.fire = fire;
            return this;
        }

        /** Wire name {@code smoke}. */
        public Builder smoke(Integer smoke) {
            this.smoke = smoke;
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

        public FireSmokeSnapPush build() {
            return new FireSmokeSnapPush(deviceId, deviceName, time, snapOrRecordId, fire, smoke, pic, scene, unknown);
        }
    }
}
