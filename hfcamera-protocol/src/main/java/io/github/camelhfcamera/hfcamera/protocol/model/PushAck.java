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
import io.github.camelhfcamera.hfcamera.protocol.Values;

import java.util.Map;

/**
 * PushAck (section 8): the platform confirms a record in resume mode.
 * <p>
 * Wire names: {@code PushAckType}, {@code SnapOrRecordID}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "PushAckType", "SnapOrRecordID" })
public record PushAck(
        @JsonProperty("PushAckType") Integer pushAckType,
        @JsonProperty("SnapOrRecordID") Long snapOrRecordId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfCommand {

    public PushAck {
        unknown = Values.unknown(unknown);
    }

    /**
     * The limits of PushAck (section 8): PushAckType required, 1..3 (1 stranger, 2 record, 3 generic);
     * SnapOrRecordID required, 0 or more.
     */
    @Override
    public void validate() {
        Checks.requiredRange("info.PushAckType", pushAckType, 1, 3);
        Checks.required("info.SnapOrRecordID", snapOrRecordId);
        Checks.notNegative("info.SnapOrRecordID", snapOrRecordId);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.pushAckType = pushAckType;
        b.snapOrRecordId = snapOrRecordId;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link PushAck} values. */
    public static final class Builder {
        private Integer pushAckType;
        private Long snapOrRecordId;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code PushAckType}. */
        public Builder pushAckType(Integer pushAckType) {
            this.pushAckType = pushAckType;
            return this;
        }

        /** Wire name {@code SnapOrRecordID}. */
        public Builder snapOrRecordId(Long snapOrRecordId) {
            this.snapOrRecordId = snapOrRecordId;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public PushAck build() {
            return new PushAck(pushAckType, snapOrRecordId, unknown);
        }
    }
}
