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
import io.github.camelhfcamera.hfcamera.protocol.Values;

import java.util.Map;

/**
 * GetCount-Ack (section 17.1.2). The document's reply spells behaviorDirection; both spellings are read.
 * <p>
 * Wire names: {@code deviceId}, {@code deviceName}, {@code objectType}, {@code num}, {@code behaviorDirection}, {@code time}, {@code result}, {@code detail}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "deviceId", "deviceName", "objectType", "num", "behaviorDirection", "time", "result", "detail" })
public record CountReply(
        @JsonProperty("deviceId") String deviceId,
        @JsonProperty("deviceName") String deviceName,
        @JsonProperty("objectType") Integer objectType,
        @JsonProperty("num") Integer num,
        @JsonProperty("behaviorDirection") @JsonAlias({ "behaviourDirection" }) Integer behaviourDirection,
        @JsonProperty("time") String time,
        @JsonProperty("result") String result,
        @JsonProperty("detail") String detail,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfReply {

    public CountReply {
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
        b.deviceName = deviceName;
        b.objectType = objectType;
        b.num = num;
        b.behaviourDirection = behaviourDirection;
        b.time = time;
        b.result = result;
        b.detail = detail;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link CountReply} values. */
    public static final class Builder {
        private String deviceId;
        private String deviceName;
        private Integer objectType;
        private Integer num;
        private Integer behaviourDirection;
        private String time;
        private String result;
        private String detail;
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

        /** Wire name {@code objectType}. */
        public Builder objectType(Integer objectType) {
            this.objectType = objectType;
            return this;
        }

        /** Wire name {@code num}. */
        public Builder num(Integer num) {
            this.num = num;
            return this;
        }

        /** Wire name {@code behaviorDirection}. */
        public Builder behaviourDirection(Integer behaviourDirection) {
            this.behaviourDirection = behaviourDirection;
            return this;
        }

        /** Wire name {@code time}. */
        public Builder time(String time) {
            this.time = time;
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

        public CountReply build() {
            return new CountReply(deviceId, deviceName, objectType, num, behaviourDirection, time, result, detail, unknown);
        }
    }
}
