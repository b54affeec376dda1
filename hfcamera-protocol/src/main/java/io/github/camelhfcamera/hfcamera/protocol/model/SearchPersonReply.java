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
import io.github.camelhfcamera.hfcamera.protocol.HfReply;
import io.github.camelhfcamera.hfcamera.protocol.Image;
import io.github.camelhfcamera.hfcamera.protocol.Values;

import java.util.Map;

/**
 * SearchPerson-Ack (section 4.4.2). The document sends pic beside info; the codec accepts it in either place.
 * <p>
 * Wire names: {@code facesluiceId}, {@code personId}, {@code customId}, {@code name}, {@code gender}, {@code idCard}, {@code birthday}, {@code address}, {@code creatTime}, {@code telnum1}, {@code personType}, {@code tempValid}, {@code validBegin}, {@code validEnd}, {@code effectNumber}, {@code pic}, {@code result}, {@code detail}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "facesluiceId", "personId", "customId", "name", "gender", "idCard", "birthday", "address", "creatTime", "telnum1", "personType", "tempValid", "validBegin", "validEnd", "effectNumber", "pic", "result", "detail" })
public record SearchPersonReply(
        @JsonProperty("facesluiceId") @JsonAlias({ "facesluicId", "facesluiceld" }) String deviceId,
        @JsonProperty("personId") String personId,
        @JsonProperty("customId") String customId,
        @JsonProperty("name") String name,
        @JsonProperty("gender") Integer gender,
        @JsonProperty("idCard") String idCard,
        @JsonProperty("birthday") String birthday,
        @JsonProperty("address") String address,
        @JsonProperty("creatTime") @JsonAlias({ "createTime" }) String createTime,
        @JsonProperty("telnum1") String telnum1,
        @JsonProperty("personType") Integer personType,
        @JsonProperty("tempValid") Integer tempValid,
        @JsonProperty("validBegin") String validBegin,
        @JsonProperty("validEnd") String validEnd,
        @JsonProperty("effectNumber") Integer effectNumber,
        @JsonProperty("pic") Image pic,
        @JsonProperty("result") String result,
        @JsonProperty("detail") String detail,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfReply {

    public SearchPersonReply {
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
        b.personId = personId;
        b.customId = customId;
        b.name = name;
        b.gender = gender;
        b.idCard = idCard;
        b.birthday = birthday;
        b.address = address;
        b.createTime = createTime;
        b.telnum1 = telnum1;
        b.personType = personType;
        b.tempValid = tempValid;
        b.validBegin = validBegin;
        b.validEnd = validEnd;
        b.effectNumber = effectNumber;
        b.pic = pic;
        b.result = result;
        b.detail = detail;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link SearchPersonReply} values. */
    public static final class Builder {
        private String deviceId;
        private String personId;
        private String customId;
        private String name;
        private Integer gender;
        private String idCard;
        private String birthday;
        private String address;
        private String createTime;
        private String telnum1;
        private Integer personType;
        private Integer tempValid;
        private String validBegin;
        private String validEnd;
        private Integer effectNumber;
        private Image pic;
        private String result;
        private String detail;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code facesluiceId}. */
        public Builder deviceId(String deviceId) {
            this.deviceId = deviceId;
            return this;
        }

        /** Wire name {@code personId}. */
        public Builder personId(String personId) {
            this.personId = personId;
            return this;
        }

        /** Wire name {@code customId}. */
        public Builder customId(String customId) {
            this.customId = customId;
            return this;
        }

        /** Wire name {@code name}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Wire name {@code gender}. */
        public Builder gender(Integer gender) {
            this.gender = gender;
            return this;
        }

        /** Wire name {@code idCard}. */
        public Builder idCard(String idCard) {
            this.idCard = idCard;
            return this;
        }

        /** Wire name {@code birthday}. */
        public Builder birthday(String birthday) {
            this.birthday = birthday;
            return this;
        }

        /** Wire name {@code address}. */
        public Builder address(String address) {
            this.address = address;
            return this;
        }

        /** Wire name {@code creatTime}. */
        public Builder createTime(String createTime) {
            this.createTime = createTime;
            return this;
        }

        /** Wire name {@code telnum1}. */
        public Builder telnum1(String telnum1) {
            this.telnum1 = telnum1;
            return this;
        }

        /** Wire name {@code personType}. */
        public Builder personType(Integer personType) {
            this.personType = personType;
            return this;
        }

        /** Wire name {@code tempValid}. */
        public Builder tempValid(Integer tempValid) {
            this.tempValid = tempValid;
            return this;
        }

        /** Wire name {@code validBegin}. */
        public Builder validBegin(String validBegin) {
            this.validBegin = validBegin;
            return this;
        }

        /** Wire name {@code validEnd}. */
        public Builder validEnd(String validEnd) {
            this.validEnd = validEnd;
            return this;
        }

        /** Wire name {@code effectNumber}. */
        public Builder effectNumber(Integer effectNumber) {
            this.effectNumber = effectNumber;
            return this;
        }

        /** Wire name {@code pic}. */
        public Builder pic(Image pic) {
            this.pic = pic;
            return this;
        }

        /** Wire name {@code result}. */
        public Builder result(String result) {
            this.result = result;
            return this;
        }

        /** Wire name {@code detail}. */
        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public SearchPersonReply build() {
            return new SearchPersonReply(deviceId, personId, customId, name, gender, idCard, birthday, address, createTime, telnum1, personType, tempValid, validBegin, validEnd, effectNumber, pic, result, detail, unknown);
        }
    }
}
