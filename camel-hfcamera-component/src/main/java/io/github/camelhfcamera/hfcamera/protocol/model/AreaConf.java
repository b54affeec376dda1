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

    public AreaConf {
        crossDirection = Values.list(crossDirection);
        areas = Values.list(areas);
        unknown = Values.unknown(unknown);
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
