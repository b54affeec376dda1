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
 * TargetCountStatsCfg (section 22): head count statistics and their automatic reset.
 * <p>
 * Wire names: {@code deviceId}, {@code enable}, {@code autoResetMode}, {@code resetDay}, {@code resetTime}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "deviceId", "enable", "autoResetMode", "resetDay", "resetTime" })
public record TargetCountStatsConfig(
        @JsonProperty("deviceId") String deviceId,
        @JsonProperty("enable") Integer enable,
        @JsonProperty("autoResetMode") Integer autoResetMode,
        @JsonProperty("resetDay") Integer resetDay,
        @JsonProperty("resetTime") String resetTime,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfCommand {

    public TargetCountStatsConfig {
        unknown = Values.unknown(unknown);
    }

    /**
     * The limits of TargetCountStatsCfg (section 22, 29.15): deviceId, enable (0..1), autoResetMode
     * (0..3), resetDay and resetTime ({@code hh:mm:ss}) required; resetDay 0..6 for a weekly reset (autoResetMode 2),
     * 1..31 for a monthly one (autoResetMode 3).
     */
    @Override
    public void validate() {
        Checks.required("info.deviceId", deviceId);
        Checks.requiredRange("info.enable", enable, 0, 1);
        Checks.requiredRange("info.autoResetMode", autoResetMode, 0, 3);
        Checks.required("info.resetDay", resetDay);
        if (autoResetMode == 2 && (resetDay < 0 || resetDay > 6)) {
            throw new HfValidationException("info.resetDay",
                    "is " + resetDay + "; a weekly reset (autoResetMode 2) takes a weekday 0..6 (Sunday..Saturday)");
        }
        if (autoResetMode == 3 && (resetDay < 1 || resetDay > 31)) {
            throw new HfValidationException("info.resetDay",
                    "is " + resetDay + "; a monthly reset (autoResetMode 3) takes a day of the month 1..31");
        }
        Checks.requiredTime("info.resetTime", resetTime);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.deviceId = deviceId;
        b.enable = enable;
        b.autoResetMode = autoResetMode;
        b.resetDay = resetDay;
        b.resetTime = resetTime;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link TargetCountStatsConfig} values. */
    public static final class Builder {
        private String deviceId;
        private Integer enable;
        private Integer autoResetMode;
        private Integer resetDay;
        private String resetTime;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code deviceId}. */
        public Builder deviceId(String deviceId) {
            this.deviceId = deviceId;
            return this;
        }

        /** Wire name {@code enable}. */
        public Builder enable(Integer enable) {
            this.enable = enable;
            return this;
        }

        /** Wire name {@code autoResetMode}. */
        public Builder autoResetMode(Integer autoResetMode) {
            this.autoResetMode = autoResetMode;
            return this;
        }

        /** Wire name {@code resetDay}. */
        public Builder resetDay(Integer resetDay) {
            this.resetDay = resetDay;
            return this;
        }

        /** Wire name {@code resetTime}. */
        public Builder resetTime(String resetTime) {
            this.resetTime = resetTime;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public TargetCountStatsConfig build() {
            return new TargetCountStatsConfig(deviceId, enable, autoResetMode, resetDay, resetTime, unknown);
        }
    }
}
