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
 * QueryPerson-Ack (section 4.4.1): every customId on the device, comma separated.
 * <p>
 * Wire names: {@code facesluiceId}, {@code totalPersonNum}, {@code queryPersonNum}, {@code customId}, {@code result}, {@code detail}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "facesluiceId", "totalPersonNum", "queryPersonNum", "customId", "result", "detail" })
public record QueryPersonReply(
        @JsonProperty("facesluiceId") @JsonAlias({ "facesluicId", "facesluiceld" }) String deviceId,
        @JsonProperty("totalPersonNum") Integer totalPersonNum,
        @JsonProperty("queryPersonNum") Integer queryPersonNum,
        @JsonProperty("customId") String customIdList,
        @JsonProperty("result") String result,
        @JsonProperty("detail") String detail,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfReply {

    public QueryPersonReply {
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
        b.totalPersonNum = totalPersonNum;
        b.queryPersonNum = queryPersonNum;
        b.customIdList = customIdList;
        b.result = result;
        b.detail = detail;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link QueryPersonReply} values. */
    public static final class Builder {
        private String deviceId;
        private Integer totalPersonNum;
        private Integer queryPersonNum;
        private String customIdList;
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

        /** Wire name {@code totalPersonNum}. */
        public Builder totalPersonNum(Integer totalPersonNum) {
            this.totalPersonNum = totalPersonNum;
            return this;
        }

        /** Wire name {@code queryPersonNum}. */
        public Builder queryPersonNum(Integer queryPersonNum) {
            this.queryPersonNum = queryPersonNum;
            return this;
        }

        /** Wire name {@code customId}. */
        public Builder customIdList(String customIdList) {
            this.customIdList = customIdList;
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

        public QueryPersonReply build() {
            return new QueryPersonReply(deviceId, totalPersonNum, queryPersonNum, customIdList, result, detail, unknown);
        }
    }
}
