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
 * SetAlarmReset (section 10.12): silence the alarms now firing for eliminateTime seconds.
 * <p>
 * Wire names: {@code facesluiceId}, {@code EliminateTime}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "facesluiceId", "EliminateTime" })
public record AlarmResetRequest(
        @JsonProperty("facesluiceId") String deviceId,
        @JsonProperty("EliminateTime") Integer eliminateTime,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfCommand {

    public AlarmResetRequest {
        unknown = Values.unknown(unknown);
    }

    /**
     * The limits of SetAlarmReset (section 10.12, 29.17): EliminateTime required, in seconds, greater than 0.
     */
    @Override
    public void validate() {
        Checks.required("info.EliminateTime", eliminateTime);
        Checks.positive("info.EliminateTime", eliminateTime);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.deviceId = deviceId;
        b.eliminateTime = eliminateTime;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link AlarmResetRequest} values. */
    public static final class Builder {
        private String deviceId;
        private Integer eliminateTime;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code facesluiceId}. */
        public Builder deviceId(String deviceId) {
            this.deviceId = deviceId;
            return this;
        }

        /** Wire name {@code EliminateTime}. */
        public Builder eliminateTime(Integer eliminateTime) {
            this.eliminateTime = eliminateTime;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public AlarmResetRequest build() {
            return new AlarmResetRequest(deviceId, eliminateTime, unknown);
        }
    }
}
