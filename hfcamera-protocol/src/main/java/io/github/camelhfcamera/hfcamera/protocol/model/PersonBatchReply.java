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

import java.util.List;
import java.util.Map;

/**
 * AddPersons-Ack and EditPersonsNew-Ack (sections 4.2.2, 4.3.2).
 * <p>
 * Wire names: {@code facesluiceId}, {@code AddErrNum}, {@code AddSucNum}, {@code AddErrInfo}, {@code AddSucInfo}, {@code result}, {@code detail}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "facesluiceId", "AddErrNum", "AddSucNum", "AddErrInfo", "AddSucInfo", "result", "detail" })
public record PersonBatchReply(
        @JsonProperty("facesluiceId") @JsonAlias({ "facesluicId", "facesluiceld" }) String deviceId,
        @JsonProperty("AddErrNum") Integer errorCount,
        @JsonProperty("AddSucNum") Integer successCount,
        @JsonProperty("AddErrInfo") List<PersonBatchItem> errors,
        @JsonProperty("AddSucInfo") List<PersonBatchItem> successes,
        @JsonProperty("result") String result,
        @JsonProperty("detail") String detail,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfReply {

    public PersonBatchReply {
        errors = Values.list(errors);
        successes = Values.list(successes);
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
        b.errorCount = errorCount;
        b.successCount = successCount;
        b.errors = errors;
        b.successes = successes;
        b.result = result;
        b.detail = detail;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link PersonBatchReply} values. */
    public static final class Builder {
        private String deviceId;
        private Integer errorCount;
        private Integer successCount;
        private List<PersonBatchItem> errors;
        private List<PersonBatchItem> successes;
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

        /** Wire name {@code AddErrNum}. */
        public Builder errorCount(Integer errorCount) {
            this.errorCount = errorCount;
            return this;
        }

        /** Wire name {@code AddSucNum}. */
        public Builder successCount(Integer successCount) {
            this.successCount = successCount;
            return this;
        }

        /** Wire name {@code AddErrInfo}. */
        public Builder errors(List<PersonBatchItem> errors) {
            this.errors = errors;
            return this;
        }

        /** Wire name {@code AddSucInfo}. */
        public Builder successes(List<PersonBatchItem> successes) {
            this.successes = successes;
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

        public PersonBatchReply build() {
            return new PersonBatchReply(deviceId, errorCount, successCount, errors, successes, result, detail, unknown);
        }
    }
}
