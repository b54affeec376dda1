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
import io.github.camelhfcamera.hfcamera.protocol.Checks;
import io.github.camelhfcamera.hfcamera.protocol.HfCommand;
import io.github.camelhfcamera.hfcamera.protocol.HfValidationException;
import io.github.camelhfcamera.hfcamera.protocol.Image;
import io.github.camelhfcamera.hfcamera.protocol.Values;

import java.util.Map;

/**
 * A person of the device's list (sections 4.1-4.4): the platform's customId identifies it.
 * <p>
 * Wire names: {@code personId}, {@code customId}, {@code name}, {@code personType}, {@code gender}, {@code idCard}, {@code birthday}, {@code telnum1}, {@code address}, {@code pic}, {@code picURI}, {@code tempValid}, {@code validBegin}, {@code validEnd}, {@code effectNumber}, {@code isCheckSimilarity}, {@code creatTime}, {@code LibID}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "personId", "customId", "name", "personType", "gender", "idCard", "birthday", "telnum1", "address", "pic", "picURI", "tempValid", "validBegin", "validEnd", "effectNumber", "isCheckSimilarity", "creatTime", "LibID" })
public record Person(
        @JsonProperty("personId") String personId,
        @JsonProperty("customId") String customId,
        @JsonProperty("name") String name,
        @JsonProperty("personType") Integer personType,
        @JsonProperty("gender") Integer gender,
        @JsonProperty("idCard") String idCard,
        @JsonProperty("birthday") String birthday,
        @JsonProperty("telnum1") String telnum1,
        @JsonProperty("address") String address,
        @JsonProperty("pic") Image pic,
        @JsonProperty("picURI") @JsonAlias({ "picUri", "picuri" }) String picUri,
        @JsonProperty("tempValid") Integer tempValid,
        @JsonProperty("validBegin") String validBegin,
        @JsonProperty("validEnd") String validEnd,
        @JsonProperty("effectNumber") Integer effectNumber,
        @JsonProperty("isCheckSimilarity") Integer checkSimilarity,
        @JsonProperty("creatTime") @JsonAlias({ "createTime" }) String createTime,
        @JsonProperty("LibID") Long libId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfCommand {

    public Person {
        unknown = Values.unknown(unknown);
    }

    /** A person with only its customId and name set, the two fields every add needs. */
    public static Person of(String customId, String name) {
        return builder().customId(customId).name(name).build();
    }

    /**
     * The limits of EditPerson (section 4.1): customId and name required, text lengths, personType, gender, dates,
     * effectNumber, and pic / picURI not both (a base64 pic within 1 MB).
     */
    @Override
    public void validate() {
        validateFields("info.");
        if (pic != null && picUri != null) {
            throw new HfValidationException("info.pic", "give pic or picURI, not both");
        }
        Checks.image("info.pic", pic, Checks.ONE_MB);
    }

    /**
     * {@link #validate()} for an EditPerson that adds a person: the document asks for exactly one of pic and picURI
     * when adding (section 4.1; the device answers 472 without either). A change to a known person may leave both out.
     */
    public void validateAsNewPerson() {
        validate();
        if (pic == null && (picUri == null || picUri.isEmpty())) {
            throw new HfValidationException("info.picURI", "give pic or picURI when adding a person (code 472 otherwise)");
        }
    }

    /** The limits of a person inside AddPersons / EditPersonsNew: photos by picURI only. */
    public void validateForBatch(String prefix) {
        validateFields(prefix);
        if (pic != null) {
            throw new HfValidationException(prefix + "pic", "batch commands take photos by picURI only, not base64 pic");
        }
    }

    private void validateFields(String prefix) {
        Checks.customId(prefix + "customId", customId);
        Checks.text(prefix + "name", name, 32);
        Checks.range(prefix + "personType", personType, 0, 1);
        Checks.range(prefix + "gender", gender, 0, 1);
        Checks.text(prefix + "idCard", idCard, 32);
        Checks.text(prefix + "telnum1", telnum1, 32);
        Checks.text(prefix + "address", address, 72);
        Checks.date(prefix + "birthday", birthday);
        Checks.range(prefix + "tempValid", tempValid, 0, 1);
        Checks.dateTime(prefix + "validBegin", validBegin);
        Checks.dateTime(prefix + "validEnd", validEnd);
        if (effectNumber != null && effectNumber != 0xffff && (effectNumber < 1 || effectNumber > 10000)) {
            throw new HfValidationException(prefix + "effectNumber",
                    "is " + effectNumber + "; allowed 1..10000, or 65535 (0xffff) for unlimited");
        }
        Checks.range(prefix + "isCheckSimilarity", checkSimilarity, 0, 1);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.personId = personId;
        b.customId = customId;
        b.name = name;
        b.personType = personType;
        b.gender = gender;
        b.idCard = idCard;
        b.birthday = birthday;
        b.telnum1 = telnum1;
        b.address = address;
        b.pic = pic;
        b.picUri = picUri;
        b.tempValid = tempValid;
        b.validBegin = validBegin;
        b.validEnd = validEnd;
        b.effectNumber = effectNumber;
        b.checkSimilarity = checkSimilarity;
        b.createTime = createTime;
        b.libId = libId;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link Person} values. */
    public static final class Builder {
        private String personId;
        private String customId;
        private String name;
        private Integer personType;
        private Integer gender;
        private String idCard;
        private String birthday;
        private String telnum1;
        private String address;
        private Image pic;
        private String picUri;
        private Integer tempValid;
        private String validBegin;
        private String validEnd;
        private Integer effectNumber;
        private Integer checkSimilarity;
        private String createTime;
        private Long libId;
        private Map<String, Object> unknown;

        private Builder() {
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

        /** Wire name {@code personType}. */
        public Builder personType(Integer personType) {
            this.personType = personType;
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

        /** Wire name {@code telnum1}. */
        public Builder telnum1(String telnum1) {
            this.telnum1 = telnum1;
            return this;
        }

        /** Wire name {@code address}. */
        public Builder address(String address) {
            this.address = address;
            return this;
        }

        /** Wire name {@code pic}. */
        public Builder pic(Image pic) {
            this.pic = pic;
            return this;
        }

        /** Wire name {@code picURI}. */
        public Builder picUri(String picUri) {
            this.picUri = picUri;
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

        /** Wire name {@code isCheckSimilarity}. */
        public Builder checkSimilarity(Integer checkSimilarity) {
            this.checkSimilarity = checkSimilarity;
            return this;
        }

        /** Wire name {@code creatTime}. */
        public Builder createTime(String createTime) {
            this.createTime = createTime;
            return this;
        }

        /** Wire name {@code LibID}. */
        public Builder libId(Long libId) {
            this.libId = libId;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public Person build() {
            return new Person(personId, customId, name, personType, gender, idCard, birthday, telnum1, address, pic, picUri, tempValid, validBegin, validEnd, effectNumber, checkSimilarity, createTime, libId, unknown);
        }
    }
}
