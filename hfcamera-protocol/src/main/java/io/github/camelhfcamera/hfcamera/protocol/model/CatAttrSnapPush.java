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
 * CatAttrSnapPush (section 25): vehicle attributes.
 * <p>
 * Wire names: {@code deviceId}, {@code time}, {@code objectType}, {@code behaviorType}, {@code behaviorDirection}, {@code carColor}, {@code carClass}, {@code carSpecial}, {@code carBackup}, {@code carViewpoint}, {@code carplateColor}, {@code carplateType}, {@code carplateFlag}, {@code carplate}, {@code pic}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "deviceId", "time", "objectType", "behaviorType", "behaviorDirection", "carColor", "carClass", "carSpecial", "carBackup", "carViewpoint", "carplateColor", "carplateType", "carplateFlag", "carplate", "pic" })
public record CatAttrSnapPush(
        @JsonProperty("deviceId") String deviceId,
        @JsonProperty("time") String time,
        @JsonProperty("objectType") Integer objectType,
        @JsonProperty("behaviorType") @JsonAlias({ "behaviourType" }) Integer behaviorType,
        @JsonProperty("behaviorDirection") @JsonAlias({ "behaviourDirection" }) Integer behaviorDirection,
        @JsonProperty("carColor") Integer carColor,
        @JsonProperty("carClass") Integer carClass,
        @JsonProperty("carSpecial") Integer carSpecial,
        @JsonProperty("carBackup") Integer carBackup,
        @JsonProperty("carViewpoint") Integer carViewpoint,
        @JsonProperty("carplateColor") Integer carplateColor,
        @JsonProperty("carplateType") Integer carplateType,
        @JsonProperty("carplateFlag") Integer carplateFlag,
        @JsonProperty("carplate") String carplate,
        @JsonProperty("pic") Image pic,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfEvent {

    public CatAttrSnapPush {
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
        b.objectType = objectType;
        b.behaviorType = behaviorType;
        b.behaviorDirection = behaviorDirection;
        b.carColor = carColor;
        b.carClass = carClass;
        b.carSpecial = carSpecial;
        b.carBackup = carBackup;
        b.carViewpoint = carViewpoint;
        b.carplateColor = carplateColor;
        b.carplateType = carplateType;
        b.carplateFlag = carplateFlag;
        b.carplate = carplate;
        b.pic = pic;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link CatAttrSnapPush} values. */
    public static final class Builder {
        private String deviceId;
        private String time;
        private Integer objectType;
        private Integer behaviorType;
        private Integer behaviorDirection;
        private Integer carColor;
        private Integer carClass;
        private Integer carSpecial;
        private Integer carBackup;
        private Integer carViewpoint;
        private Integer carplateColor;
        private Integer carplateType;
        private Integer carplateFlag;
        private String carplate;
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

        /** Wire name {@code objectType}. */
        public Builder objectType(Integer objectType) {
            this.objectType = objectType;
            return this;
        }

        /** Wire name {@code behaviorType}. */
        public Builder behaviorType(Integer behaviorType) {
            this.behaviorType = behaviorType;
            return this;
        }

        /** Wire name {@code behaviorDirection}. */
        public Builder behaviorDirection(Integer behaviorDirection) {
            this.behaviorDirection = behaviorDirection;
            return this;
        }

        /** Wire name {@code carColor}. */
        public Builder carColor(Integer carColor) {
            this.carColor = carColor;
            return this;
        }

        /** Wire name {@code carClass}. */
        public Builder carClass(Integer carClass) {
            this.carClass = carClass;
            return this;
        }

        /** Wire name {@code carSpecial}. */
        public Builder carSpecial(Integer carSpecial) {
            this.carSpecial = carSpecial;
            return this;
        }

        /** Wire name {@code carBackup}. */
        public Builder carBackup(Integer carBackup) {
            this.carBackup = carBackup;
            return this;
        }

        /** Wire name {@code carViewpoint}. */
        public Builder carViewpoint(Integer carViewpoint) {
            this.carViewpoint = carViewpoint;
            return this;
        }

        /** Wire name {@code carplateColor}. */
        public Builder carplateColor(Integer carplateColor) {
            this.carplateColor = carplateColor;
            return this;
        }

        /** Wire name {@code carplateType}. */
        public Builder carplateType(Integer carplateType) {
            this.carplateType = carplateType;
            return this;
        }

        /** Wire name {@code carplateFlag}. */
        public Builder carplateFlag(Integer carplateFlag) {
            this.carplateFlag = carplateFlag;
            return this;
        }

        /** Wire name {@code carplate}. */
        public Builder carplate(String carplate) {
            this.carplate = carplate;
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

        public CatAttrSnapPush build() {
            return new CatAttrSnapPush(deviceId, time, objectType, behaviorType, behaviorDirection, carColor, carClass, carSpecial, carBackup, carViewpoint, carplateColor, carplateType, carplateFlag, carplate, pic, unknown);
        }
    }
}
