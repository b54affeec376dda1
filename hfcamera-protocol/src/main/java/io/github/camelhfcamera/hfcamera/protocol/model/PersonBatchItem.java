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
import io.github.camelhfcamera.hfcamera.protocol.HfInfo;
import io.github.camelhfcamera.hfcamera.protocol.Values;

import java.util.Map;

/**
 * One entry of a batch reply's success or error list: the customId and, for errors, the errcode.
 * <p>
 * Wire names: {@code customId}, {@code errcode}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "customId", "errcode" })
public record PersonBatchItem(
        @JsonProperty("customId") String customId,
        @JsonProperty("errcode") @JsonAlias({ "errCode" }) Integer errcode,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfInfo {

    public PersonBatchItem {
        unknown = Values.unknown(unknown);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.customId = customId;
        b.errcode = errcode;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link PersonBatchItem} values. */
    public static final class Builder {
        private String customId;
        private Integer errcode;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code customId}. */
        public Builder customId(String customId) {
            this.customId = customId;
            return this;
        }

        /** Wire name {@code errcode}. */
        public Builder errcode(Integer errcode) {
            this.errcode = errcode;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public PersonBatchItem build() {
            return new PersonBatchItem(customId, errcode, unknown);
        }
    }
}
