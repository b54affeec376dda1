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
 * Tripwire configuration (section 10.10).
 * <p>
 * Wire names: {@code lineMaxNum}, {@code lineType}, {@code scale}, {@code crossDirection}, {@code lines}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "lineMaxNum", "lineType", "scale", "crossDirection", "lines" })
public record LineConf(
        @JsonProperty("lineMaxNum") Integer lineMaxNum,
        @JsonProperty("lineType") Integer lineType,
        @JsonProperty("scale") Integer scale,
        @JsonProperty("crossDirection") List<Integer> crossDirection,
        @JsonProperty("lines") List<List<Point>> lines,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfInfo {

    /** The most tripwires a device takes ({@code lineMaxNum}, fixed at 4). */
    public static final int MAX_LINES = 4;
    /** The coordinate scale, fixed at 10000: coordinates run 0..10000. */
    public static final int SCALE = 10000;

    public LineConf {
        crossDirection = Values.list(crossDirection);
        lines = Values.list(lines);
        unknown = Values.unknown(unknown);
    }

    /**
     * The limits of a tripwire configuration (section 10.10): lineMaxNum fixed at 4, lineType 2, scale 10000, at most
     * 4 lines and crossDirection entries, crossDirection 0..2 and the same for every line, points within 0..scale.
     */
    public void validate(String path) {
        Checks.fixed(path + ".lineMaxNum", lineMaxNum, MAX_LINES);
        Checks.fixed(path + ".lineType", lineType, 2);
        Checks.fixed(path + ".scale", scale, SCALE);
        Checks.maxItems(path + ".crossDirection", crossDirection, MAX_LINES);
        Checks.eachInRange(path + ".crossDirection", crossDirection, 0, 2);
        Checks.allEqual(path + ".crossDirection", crossDirection, "every line must cross in the same direction");
        Checks.maxItems(path + ".lines", lines, MAX_LINES);
        Point.validateShapes(path + ".lines", lines, scale == null ? SCALE : scale);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.lineMaxNum = lineMaxNum;
        b.lineType = lineType;
        b.scale = scale;
        b.crossDirection = crossDirection;
        b.lines = lines;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link LineConf} values. */
    public static final class Builder {
        private Integer lineMaxNum;
        private Integer lineType;
        private Integer scale;
        private List<Integer> crossDirection;
        private List<List<Point>> lines;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code lineMaxNum}. */
        public Builder lineMaxNum(Integer lineMaxNum) {
            this.lineMaxNum = lineMaxNum;
            return this;
        }

        /** Wire name {@code lineType}. */
        public Builder lineType(Integer lineType) {
            this.lineType = lineType;
            return this;
        }

        /** Wire name {@code scale}. */
        public Builder scale(Integer scale) {
            this.scale = scale;
            return this;
        }

        /** Wire name {@code crossDirection}. */
        public Builder crossDirection(List<Integer> crossDirection) {
            this.crossDirection = crossDirection;
            return this;
        }

        /** Wire name {@code lines}. */
        public Builder lines(List<List<Point>> lines) {
            this.lines = lines;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public LineConf build() {
            return new LineConf(lineMaxNum, lineType, scale, crossDirection, lines, unknown);
        }
    }
}
