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
import io.github.camelhfcamera.hfcamera.protocol.HfInfo;
import io.github.camelhfcamera.hfcamera.protocol.Values;

import java.util.List;
import java.util.Map;

/**
 * Detection periods of one weekday (0 Sunday .. 6 Saturday), at most 4.
 * <p>
 * Wire names: {@code day}, {@code times}, {@code enable}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "day", "times", "enable" })
public record TimeConf(
        @JsonProperty("day") Integer day,
        @JsonProperty("times") List<TimeRange> times,
        @JsonProperty("enable") Integer enable,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfInfo {

    /** The most periods of one day. */
    public static final int MAX_PERIODS = 4;

    public TimeConf {
        times = Values.list(times);
        unknown = Values.unknown(unknown);
    }

    /**
     * The limits of a detection schedule (sections 10.10, 10.11): at most 7 days, day 0..6 (Sunday..Saturday), enable
     * 0..1, at most 4 periods a day, each with begin and end {@code hh:mm:ss} and enable 0..1.
     */
    public static void validate(String path, List<TimeConf> days) {
        Checks.maxItems(path, days, 7);
        if (days == null) {
            return;
        }
        for (int i = 0; i < days.size(); i++) {
            String at = path + "[" + i + "]";
            Checks.required(at, days.get(i));
            days.get(i).validate(at);
        }
    }

    /** The limits of one day of a schedule; {@code path} names it, for example {@code info.timeConf[3]}. */
    public void validate(String path) {
        Checks.requiredRange(path + ".day", day, 0, 6);
        Checks.range(path + ".enable", enable, 0, 1);
        Checks.maxItems(path + ".times", times, MAX_PERIODS);
        if (times != null) {
            for (int j = 0; j < times.size(); j++) {
                String at = path + ".times[" + j + "]";
                Checks.required(at, times.get(j));
                times.get(j).validate(at);
            }
        }
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.day = day;
        b.times = times;
        b.enable = enable;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link TimeConf} values. */
    public static final class Builder {
        private Integer day;
        private List<TimeRange> times;
        private Integer enable;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code day}. */
        public Builder day(Integer day) {
            this.day = day;
            return this;
        }

        /** Wire name {@code times}. */
        public Builder times(List<TimeRange> times) {
            this.times = times;
            return this;
        }

        /** Wire name {@code enable}. */
        public Builder enable(Integer enable) {
            this.enable = enable;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public TimeConf build() {
            return new TimeConf(day, times, enable, unknown);
        }
    }
}
