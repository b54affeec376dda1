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
import io.github.camelhfcamera.hfcamera.protocol.HfInfo;
import io.github.camelhfcamera.hfcamera.protocol.Values;

import java.util.Map;

/**
 * One area's temperature alarm of a TemHighSnapPush.
 * <p>
 * Wire names: {@code areaId}, {@code messageType}, {@code alarmType}, {@code temRise}, {@code durationTime}, {@code temRiseDuration}, {@code temperature}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "areaId", "messageType", "alarmType", "temRise", "durationTime", "temRiseDuration", "temperature" })
public record TemperatureMessage(
        @JsonProperty("areaId") Integer areaId,
        @JsonProperty("messageType") Integer messageType,
        @JsonProperty("alarmType") Integer alarmType,
        @JsonProperty("temRise") Integer temRise,
        @JsonProperty("durationTime") Integer durationTime,
        @JsonProperty("temRiseDuration") Integer temRiseDuration,
        @JsonProperty("temperature") Double temperature,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfInfo {

    public TemperatureMessage {
        unknown = Values.unknown(unknown);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.areaId = areaId;
        b.messageType = messageType;
        b.alarmType = alarmType;
        b.temRise = temRise;
        b.durationTime = durationTime;
        b.temRiseDuration = temRiseDuration;
        b.temperature = temperature;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link TemperatureMessage} values. */
    public static final class Builder {
        private Integer areaId;
        private Integer messageType;
        private Integer alarmType;
        private Integer temRise;
        private Integer durationTime;
        private Integer temRiseDuration;
        private Double temperature;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code areaId}. */
        public Builder areaId(Integer areaId) {
            this.areaId = areaId;
            return this;
        }

        /** Wire name {@code messageType}. */
        public Builder messageType(Integer messageType) {
            this.messageType = messageType;
            return this;
        }

        /** Wire name {@code alarmType}. */
        public Builder alarmType(Integer alarmType) {
            this.alarmType = alarmType;
            return this;
        }

        /** Wire name {@code temRise}. */
        public Builder temRise(Integer temRise) {
            this.temRise = temRise;
            return this;
        }

        /** Wire name {@code durationTime}. */
        public Builder durationTime(Integer durationTime) {
            this.durationTime = durationTime;
            return this;
        }

        /** Wire name {@code temRiseDuration}. */
        public Builder temRiseDuration(Integer temRiseDuration) {
            this.temRiseDuration = temRiseDuration;
            return this;
        }

        /** Wire name {@code temperature}. */
        public Builder temperature(Double temperature) {
            this.temperature = temperature;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public TemperatureMessage build() {
            return new TemperatureMessage(areaId, messageType, alarmType, temRise, durationTime, temRiseDuration, temperature, unknown);
        }
    }
}
