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
import io.github.camelhfcamera.hfcamera.protocol.Values;

import java.util.Map;

/**
 * PushAck-Ack (section 8): the device confirms a PushAck. The document spells the id key facesluicId and facesluiceld.
 * <p>
 * Wire names: {@code facesluicId} (so spelt in the document's examples 8.2 and 8.4; read also as {@code facesluiceId}
 * and {@code facesluiceld}), {@code result}, {@code PushAckType}, {@code SnapOrRecordID}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "facesluicId", "result", "PushAckType", "SnapOrRecordID" })
public record PushAckAck(
        @JsonProperty("facesluicId") @JsonAlias({ "facesluiceId", "facesluiceld" }) String deviceId,
        @JsonProperty("result") String result,
        @JsonProperty("PushAckType") Integer pushAckType,
        @JsonProperty("SnapOrRecordID") Long snapOrRecordId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfEvent {

    public PushAckAck {
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
        b.result = result;
        b.pushAckType = pushAckType;
        b.snapOrRecordId = snapOrRecordId;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link PushAckAck} values. */
    public static final class Builder {
        private String deviceId;
        private String result;
        private Integer pushAckType;
        private Long snapOrRecordId;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code facesluicId}. */
        public Builder deviceId(String deviceId) {
            this.deviceId = deviceId;
            return this;
        }

        /** Wire name {@code result}. */
        public Builder result(String result) {
            this.result = result;
            return this;
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

        public PushAckAck build() {
            return new PushAckAck(deviceId, result, pushAckType, snapOrRecordId, unknown);
        }
    }
}
