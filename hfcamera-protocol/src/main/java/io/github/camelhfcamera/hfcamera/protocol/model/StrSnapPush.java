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

import java.util.List;
import java.util.Map;

/**
 * StrSnapPush (section 6): a stranger snapshot.
 * <p>
 * Wire names: {@code facesluiceId}, {@code facesluiceName}, {@code SnapID}, {@code time}, {@code isNoMask}, {@code PushType}, {@code targetPosInScene}, {@code pic}, {@code scene}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "facesluiceId", "facesluiceName", "SnapID", "time", "isNoMask", "PushType", "targetPosInScene", "pic", "scene" })
public record StrSnapPush(
        @JsonProperty("facesluiceId") @JsonAlias({ "facesluicId", "facesluiceld" }) String deviceId,
        @JsonProperty("facesluiceName") String deviceName,
        @JsonProperty("SnapID") Long snapId,
        @JsonProperty("time") String time,
        @JsonProperty("isNoMask") Integer noMask,
        @JsonProperty("PushType") Integer pushType,
        @JsonProperty("targetPosInScene") List<Integer> targetPosInScene,
        @JsonProperty("pic") Image pic,
        @JsonProperty("scene") Image scene,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfEvent {

    public StrSnapPush {
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
        b.deviceId = deviceId;
        b.deviceName = deviceName;
        b.snapId = snapId;
        b.time = time;
        b.noMask = noMask;
        b.pushType = pushType;
        b.targetPosInScene = targetPosInScene;
        b.pic = pic;
        b.scene = scene;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link StrSnapPush} values. */
    public static final class Builder {
        private String deviceId;
        private String deviceName;
        private Long snapId;
        private String time;
        private Integer noMask;
        private Integer pushType;
        private List<Integer> targetPosInScene;
        private Image pic;
        private Image scene;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code facesluiceId}. */
        public Builder deviceId(String deviceId) {
            this.deviceId = deviceId;
            return this;
        }

        /** Wire name {@code facesluiceName}. */
        public Builder deviceName(String deviceName) {
            this.deviceName = deviceName;
            return this;
        }

        /** Wire name {@code SnapID}. */
        public Builder snapId(Long snapId) {
            this.snapId = snapId;
            return this;
        }

        /** Wire name {@code time}. */
        public Builder time(String time) {
            this.time = time;
            return this;
        }

        /** Wire name {@code isNoMask}. */
        public Builder noMask(Integer noMask) {
            this.noMask = noMask;
            return this;
        }

        /** Wire name {@code PushType}. */
        public Builder pushType(Integer pushType) {
            this.pushType = pushType;
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

        public StrSnapPush build() {
            return new StrSnapPush(deviceId, deviceName, snapId, time, noMask, pushType, targetPosInScene, pic, scene, unknown);
        }
    }
}
