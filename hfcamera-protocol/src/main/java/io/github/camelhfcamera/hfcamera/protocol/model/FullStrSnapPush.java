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

import java.util.List;
import java.util.Map;

/**
 * FullStrSnapPush (section 16): person or vehicle capture.
 * <p>
 * Wire names: {@code SnapID}, {@code deviceId}, {@code deviceName}, {@code time}, {@code objectType}, {@code objectAttr}, {@code targetPosInScene}, {@code pic}, {@code scene}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "SnapID", "deviceId", "deviceName", "time", "objectType", "objectAttr", "targetPosInScene", "pic", "scene" })
public record FullStrSnapPush(
        @JsonProperty("SnapID") Long snapId,
        @JsonProperty("deviceId") String deviceId,
        @JsonProperty("deviceName") String deviceName,
        @JsonProperty("time") String time,
        @JsonProperty("objectType") Integer objectType,
        @JsonProperty("objectAttr") ObjectAttr objectAttr,
        @JsonProperty("targetPosInScene") List<Integer> targetPosInScene,
        @JsonProperty("pic") Image pic,
        @JsonProperty("scene") Image scene,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfEvent {

    public FullStrSnapPush {
        targetPosInScene = Values.list(targetPosInScene);
        unknown = Values.unknown(unknown);
    }

    @Override
    public Long recordId() {
        return snapId;
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.snapId = snapId;
        b.deviceId = deviceId;
        b.deviceName = deviceName;
        b.time = time;
        b.objectType = objectType;
        b.objectAttr = objectAttr;
        b.targetPosInScene = targetPosInScene;
        b.pic = pic;
        b.scene = scene;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link FullStrSnapPush} values. */
    public static final class Builder {
        private Long snapId;
        private String deviceId;
        private String deviceName;
        private String time;
        private Integer objectType;
        private ObjectAttr objectAttr;
        private List<Integer> targetPosInScene;
        private Image pic;
        private Image scene;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code SnapID}. */
        public Builder snapId(Long snapId) {
            this.snapId = snapId;
            return this;
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

        /** Wire name {@code objectType}. */
        public Builder objectType(Integer objectType) {
            this.objectType = objectType;
            return this;
        }

        /** Wire name {@code objectAttr}. */
        public Builder objectAttr(ObjectAttr objectAttr) {
            this.objectAttr = objectAttr;
            return this;
        }

        /** Wire name {@code targetPosInScene}. */
        public Builder targetPosInScene(List<Integer> targetPosInScene) {
            this.targetPosInScene = targetPosInScene;
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

        public FullStrSnapPush build() {
            return new FullStrSnapPush(snapId, deviceId, deviceName, time, objectType, objectAttr, targetPosInScene, pic, scene, unknown);
        }
    }
}
