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
 * Area configuration of the deployment rules (10.8) and of area intrusion (10.11).
 * <p>
 * Wire names: {@code areaMaxNum}, {@code areaType}, {@code scale}, {@code crossDirection}, {@code areas}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "areaMaxNum", "areaType", "scale", "crossDirection", "areas" })
public record AreaConf(
        @JsonProperty("areaMaxNum") Integer areaMaxNum,
        @JsonProperty("areaType") Integer areaType,
        @JsonProperty("scale") Integer scale,
        @JsonProperty("crossDirection") List<Integer> crossDirection,
        @JsonProperty("areas") List<List<Point>> areas,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfInfo {

    /** The most areas area intrusion takes ({@code areaMaxNum}, fixed at 4). */
    public static final int MAX_AREAS = 4;
    /** The coordinate scale, fixed at 10000: coordinates run 0..10000. */
    public static final int SCALE = 10000;

    public AreaConf {
        crossDirection = Values.list(crossDirection);
        areas = Values.list(areas);
        unknown = Values.unknown(unknown);
    }

    /**
     * The limits of an area intrusion configuration (section 10.11): areaMaxNum fixed at 4, areaType 1, scale 10000, at
     * most 4 areas and crossDirection entries, crossDirection 0..2 and the same for every area, points within
     * 0..scale.
     */
    public void validateForAreaIntrusion(String path) {
        Checks.fixed(path + ".areaMaxNum", areaMaxNum, MAX_AREAS);
        Checks.fixed(path + ".areaType", areaType, 1);
        Checks.fixed(path + ".scale", scale, SCALE);
        Checks.maxItems(path + ".crossDirection", crossDirection, MAX_AREAS);
        Checks.eachInRange(path + ".crossDirection", crossDirection, 0, 2);
        Checks.allEqual(path + ".crossDirection", crossDirection, "every area must be crossed in the same direction");
        Checks.maxItems(path + ".areas", areas, MAX_AREAS);
        Point.validateShapes(path + ".areas", areas, scale == null ? SCALE : scale);
    }

    /** The limits of the deployment rules' area (section 10.8): scale fixed at 10000, points within 0..scale. */
    public void validateForDeploymentRules(String path) {
        Checks.fixed(path + ".scale", scale, SCALE);
        Point.validateShapes(path + ".areas", areas, scale == null ? SCALE : scale);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.areaMaxNum = areaMaxNum;
        b.areaType = areaType;
        b.scale = scale;
        b.crossDirection = crossDirection;
        b.areas = areas;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link AreaConf} values. */
    public static final class Builder {
        private Integer areaMaxNum;
        private Integer areaType;
        private Integer scale;
        private List<Integer> crossDirection;
        private List<List<Point>> areas;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code areaMaxNum}. */
        public Builder areaMaxNum(Integer areaMaxNum) {
            this.areaMaxNum = areaMaxNum;
            return this;
        }

        /** Wire name {@code areaType}. */
        public Builder areaType(Integer areaType) {
            this.areaType = areaType;
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

        /** Wire name {@code areas}. */
        public Builder areas(List<List<Point>> areas) {
            this.areas = areas;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public AreaConf build() {
            return new AreaConf(areaMaxNum, areaType, scale, crossDirection, areas, unknown);
        }
    }
}
