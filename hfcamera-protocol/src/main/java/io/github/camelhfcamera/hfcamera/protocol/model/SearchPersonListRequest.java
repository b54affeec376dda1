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
import io.github.camelhfcamera.hfcamera.protocol.Checks;
import io.github.camelhfcamera.hfcamera.protocol.HfCommand;
import io.github.camelhfcamera.hfcamera.protocol.HfValidationException;
import io.github.camelhfcamera.hfcamera.protocol.Values;

import java.util.Map;

/**
 * SearchPersonList (section 4.4.3): paged search by time, name, type or gender.
 * <p>
 * Wire names: {@code facesluiceId}, {@code personType}, {@code BeginTime}, {@code EndTime}, {@code gender}, {@code name}, {@code BeginNO}, {@code RequestCount}, {@code Picture}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "facesluiceId", "personType", "BeginTime", "EndTime", "gender", "name", "BeginNO", "RequestCount", "Picture" })
public record SearchPersonListRequest(
        @JsonProperty("facesluiceId") String deviceId,
        @JsonProperty("personType") Integer personType,
        @JsonProperty("BeginTime") String beginTime,
        @JsonProperty("EndTime") String endTime,
        @JsonProperty("gender") Integer gender,
        @JsonProperty("name") String name,
        @JsonProperty("BeginNO") Integer beginNo,
        @JsonProperty("RequestCount") Integer requestCount,
        @JsonProperty("Picture") Integer picture,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfCommand {

    /** The RequestCount the device uses when none is given. */
    public static final int DEFAULT_REQUEST_COUNT = 100;

    public SearchPersonListRequest {
        unknown = Values.unknown(unknown);
    }

    /**
     * The limits of SearchPersonList (section 4.4.3): personType 0..2, gender 0..2, BeginTime / EndTime
     * {@code YYYY-MM-DD hh:mm:ss}, name within 32 bytes, RequestCount 1..2000, BeginNO 0 or a multiple of
     * RequestCount (100 when absent), Picture 0..1.
     */
    @Override
    public void validate() {
        Checks.range("info.personType", personType, 0, 2);
        Checks.range("info.gender", gender, 0, 2);
        Checks.dateTime("info.BeginTime", beginTime);
        Checks.dateTime("info.EndTime", endTime);
        Checks.text("info.name", name, 32);
        Checks.range("info.RequestCount", requestCount, 1, 2000);
        Checks.notNegative("info.BeginNO", beginNo);
        int pageSize = requestCount == null ? DEFAULT_REQUEST_COUNT : requestCount;
        if (beginNo != null && beginNo % pageSize != 0) {
            throw new HfValidationException("info.BeginNO",
                    "is " + beginNo + "; must be 0 or a multiple of RequestCount (" + pageSize + ")");
        }
        Checks.range("info.Picture", picture, 0, 1);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.deviceId = deviceId;
        b.personType = personType;
        b.beginTime = beginTime;
        b.endTime = endTime;
        b.gender = gender;
        b.name = name;
        b.beginNo = beginNo;
        b.requestCount = requestCount;
        b.picture = picture;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link SearchPersonListRequest} values. */
    public static final class Builder {
        private String deviceId;
        private Integer personType;
        private String beginTime;
        private String endTime;
        private Integer gender;
        private String name;
        private Integer beginNo;
        private Integer requestCount;
        private Integer picture;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code facesluiceId}. */
        public Builder deviceId(String deviceId) {
            this.deviceId = deviceId;
            return this;
        }

        /** Wire name {@code personType}. */
        public Builder personType(Integer personType) {
            this.personType = personType;
            return this;
        }

        /** Wire name {@code BeginTime}. */
        public Builder beginTime(String beginTime) {
            this.beginTime = beginTime;
            return this;
        }

        /** Wire name {@code EndTime}. */
        public Builder endTime(String endTime) {
            this.endTime = endTime;
            return this;
        }

        /** Wire name {@code gender}. */
        public Builder gender(Integer gender) {
            this.gender = gender;
            return this;
        }

        /** Wire name {@code name}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Wire name {@code BeginNO}. */
        public Builder beginNo(Integer beginNo) {
            this.beginNo = beginNo;
            return this;
        }

        /** Wire name {@code RequestCount}. */
        public Builder requestCount(Integer requestCount) {
            this.requestCount = requestCount;
            return this;
        }

        /** Wire name {@code Picture}. */
        public Builder picture(Integer picture) {
            this.picture = picture;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public SearchPersonListRequest build() {
            return new SearchPersonListRequest(deviceId, personType, beginTime, endTime, gender, name, beginNo, requestCount, picture, unknown);
        }
    }
}
