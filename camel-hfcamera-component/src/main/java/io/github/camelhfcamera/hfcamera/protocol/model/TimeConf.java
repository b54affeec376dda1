package io.github.camelhfcamera.hfcamera.protocol.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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

    public TimeConf {
        times = Values.list(times);
        unknown = Values.unknown(unknown);
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
