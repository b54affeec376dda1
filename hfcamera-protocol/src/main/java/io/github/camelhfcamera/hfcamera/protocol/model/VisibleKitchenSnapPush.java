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
 * VisibleKitchenSnapPush (section 13): cook, animal or dumpster violation.
 * <p>
 * Wire names: {@code deviceId}, {@code deviceName}, {@code time}, {@code SnapOrRecordID}, {@code targetType}, {@code alarmType}, {@code pic}, {@code targetPos}, {@code scenePic}, {@code targetPosInScene}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "deviceId", "deviceName", "time", "SnapOrRecordID", "targetType", "alarmType", "pic", "targetPos", "scenePic", "targetPosInScene" })
public record VisibleKitchenSnapPush(
        @JsonProperty("deviceId") String deviceId,
        @JsonProperty("deviceName") String deviceName,
        @JsonProperty("time") String time,
        @JsonProperty("SnapOrRecordID") @JsonAlias({ "snapOrRecordID" }) Long snapOrRecordId,
        @JsonProperty("targetType") Integer targetType,
        @JsonProperty("alarmType") KitchenAlarmType alarmType,
        @JsonProperty("pic") Image pic,
        @JsonProperty("targetPos") List<Integer> targetPos,
        @JsonProperty("scenePic") Image scenePic,
        @JsonProperty("targetPosInScene") List<Integer> targetPosInScene,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfEvent {

    public VisibleKitchenSnapPush {
        targetPos = Values.list(targetPos);
        targetPosInScene = Values.list(targetPosInScene);
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
        b.targetType = targetType;
        b.alarmType = alarmType;
        b.pic = pic;
        b.targetPos = targetPos;
        b.scenePic = scenePic;
        b.targetPosInScene = targetPosInScene;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link VisibleKitchenSnapPush} values. */
    public static final class Builder {
        private String deviceId;
        private String deviceName;
        private String time;
        private Long snapOrRecordId;
        private Integer targetType;
        private KitchenAlarmType alarmType;
        private Image pic;
        private List<Integer> targetPos;
        private Image scenePic;
        private List<Integer> targetPosInScene;
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

        /** Wire name {@code targetType}. */
        public Builder targetType(Integer targetType) {
            this.targetType = targetType;
            return this;
        }

        /** Wire name {@code alarmType}. */
        public Builder alarmType(KitchenAlarmType alarmType) {
            this.alarmType = alarmType;
            return this;
        }

        /** Wire name {@code pic}. */
        public Builder pic(Image pic) {
            this.pic = pic;
            return this;
        }

        /** Wire name {@code targetPos}. */
        public Builder targetPos(List<Integer> targetPos) {
            this.targetPos = targetPos;
            return this;
        }

        /** Wire name {@code scenePic}. */
        public Builder scenePic(Image scenePic) {
            this.scenePic = scenePic;
            return this;
        }

        /** Wire name {@code targetPosInScene}. */
        public Builder targetPosInScene(List<Integer> targetPosInScene) {
            this.targetPosInScene = targetPosInScene;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public VisibleKitchenSnapPush build() {
            return new VisibleKitchenSnapPush(deviceId, deviceName, time, snapOrRecordId, targetType, alarmType, pic, targetPos, scenePic, targetPosInScene, unknown);
        }
    }
}
