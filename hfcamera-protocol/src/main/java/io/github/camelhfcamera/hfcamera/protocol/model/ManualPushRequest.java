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
 * ManualPushRecords / ManualPushSnaps (sections 20, 21): re-push the records of a time window with PushType 2.
 * <p>
 * Wire names: {@code facesluiceId}, {@code TimeS}, {@code TimeE}, {@code Name}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "facesluiceId", "TimeS", "TimeE", "Name" })
public record ManualPushRequest(
        @JsonProperty("facesluiceId") String deviceId,
        @JsonProperty("TimeS") String timeStart,
        @JsonProperty("TimeE") String timeEnd,
        @JsonProperty("Name") String name,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfCommand {

    public ManualPushRequest {
        unknown = Values.unknown(unknown);
    }

    /**
     * The limits of ManualPushRecords / ManualPushSnaps (sections 20, 21; 29.13, 29.14): TimeS and TimeE
     * required, {@code YYYY-MM-DD hh:mm:ss}, TimeS not after TimeE.
     */
    @Override
    public void validate() {
        Checks.requiredDateTime("info.TimeS", timeStart);
        Checks.requiredDateTime("info.TimeE", timeEnd);
        Checks.notAfter("info.TimeS", timeStart, "info.TimeE", timeEnd);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.deviceId = deviceId;
        b.timeStart = timeStart;
        b.timeEnd = timeEnd;
        b.name = name;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link ManualPushRequest} values. */
    public static final class Builder {
        private String deviceId;
        private String timeStart;
        private String timeEnd;
        private String name;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code facesluiceId}. */
        public Builder deviceId(String deviceId) {
            this.deviceId = deviceId;
            return this;
        }

        /** Wire name {@code TimeS}. */
        public Builder timeStart(String timeStart) {
            this.timeStart = timeStart;
            return this;
        }

        /** Wire name {@code TimeE}. */
        public Builder timeEnd(String timeEnd) {
            this.timeEnd = timeEnd;
            return this;
        }

        /** Wire name {@code Name}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public ManualPushRequest build() {
            return new ManualPushRequest(deviceId, timeStart, timeEnd, name, unknown);
        }
    }
}
