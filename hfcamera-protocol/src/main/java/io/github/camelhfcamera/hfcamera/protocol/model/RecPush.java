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
 * RecPush (section 5): a recognition record.
 * <p>
 * Wire names: {@code customId}, {@code personId}, {@code RecordID}, {@code VerifyStatus}, {@code PersonType}, {@code similarity1}, {@code Sendintime}, {@code personName}, {@code facesluiceId}, {@code facesluiceName}, {@code idCard}, {@code telnum}, {@code time}, {@code isNoMask}, {@code PushType}, {@code targetPosInScene}, {@code pic}, {@code scene}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "customId", "personId", "RecordID", "VerifyStatus", "PersonType", "similarity1", "Sendintime", "personName", "facesluiceId", "facesluiceName", "idCard", "telnum", "time", "isNoMask", "PushType", "targetPosInScene", "pic", "scene" })
public record RecPush(
        @JsonProperty("customId") String customId,
        @JsonProperty("personId") String personId,
        @JsonProperty("RecordID") Long recordId,
        @JsonProperty("VerifyStatus") Integer verifyStatus,
        @JsonProperty("PersonType") Integer personType,
        @JsonProperty("similarity1") Double similarity,
        @JsonProperty("Sendintime") Integer sendInTime,
        @JsonProperty("personName") @JsonAlias({ "persionName" }) String personName,
        @JsonProperty("facesluiceId") @JsonAlias({ "facesluicId", "facesluiceld" }) String deviceId,
        @JsonProperty("facesluiceName") String deviceName,
        @JsonProperty("idCard") String idCard,
        @JsonProperty("telnum") String telnum,
        @JsonProperty("time") String time,
        @JsonProperty("isNoMask") Integer noMask,
        @JsonProperty("PushType") Integer pushType,
        @JsonProperty("targetPosInScene") List<Integer> targetPosInScene,
        @JsonProperty("pic") Image pic,
        @JsonProperty("scene") Image scene,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfEvent {

    public RecPush {
        targetPosInScene = Values.list(targetPosInScene);
        unknown = Values.unknown(unknown);
    }

    @Override
    public Long recordId() {
        return recordId;
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.customId = customId;
        b.personId = personId;
        b.recordId = recordId;
        b.verifyStatus = verifyStatus;
        b.personType = personType;
        b.similarity = similarity;
        b.sendInTime = sendInTime;
        b.personName = personName;
        b.deviceId = deviceId;
        b.deviceName = deviceName;
        b.idCard = idCard;
        b.telnum = telnum;
        b.time = time;
        b.noMask = noMask;
        b.pushType = pushType;
        b.targetPosInScene = targetPosInScene;
        b.pic = pic;
        b.scene = scene;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link RecPush} values. */
    public static final class Builder {
        private String customId;
        private String personId;
        private Long recordId;
        private Integer verifyStatus;
        private Integer personType;
        private Double similarity;
        private Integer sendInTime;
        private String personName;
        private String deviceId;
        private String deviceName;
        private String idCard;
        private String telnum;
        private String time;
        private Integer noMask;
        private Integer pushType;
        private List<Integer> targetPosInScene;
        private Image pic;
        private Image scene;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code customId}. */
        public Builder customId(String customId) {
            this.customId = customId;
            return this;
        }

        /** Wire name {@code personId}. */
        public Builder personId(String personId) {
            this.personId = personId;
            return this;
        }

        /** Wire name {@code RecordID}. */
        public Builder recordId(Long recordId) {
            this.recordId = recordId;
            return this;
        }

        /** Wire name {@code VerifyStatus}. */
        public Builder verifyStatus(Integer verifyStatus) {
            this.verifyStatus = verifyStatus;
            return this;
        }

        /** Wire name {@code PersonType}. */
        public Builder personType(Integer personType) {
            this.personType = personType;
            return this;
        }

        /** Wire name {@code similarity1}. */
        public Builder similarity(Double similarity) {
            this.similarity = similarity;
            return this;
        }

        /** Wire name {@code Sendintime}. */
        public Builder sendInTime(Integer sendInTime) {
            this.sendInTime = sendInTime;
            return this;
        }

        /** Wire name {@code personName}. */
        public Builder personName(String personName) {
            this.personName = personName;
            return this;
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

        /** Wire name {@code idCard}. */
        public Builder idCard(String idCard) {
            this.idCard = idCard;
            return this;
        }

        /** Wire name {@code telnum}. */
        public Builder telnum(String telnum) {
            this.telnum = telnum;
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

        public RecPush build() {
            return new RecPush(customId, personId, recordId, verifyStatus, personType, similarity, sendInTime, personName, deviceId, deviceName, idCard, telnum, time, noMask, pushType, targetPosInScene, pic, scene, unknown);
        }
    }
}
