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
 * Algorithm parameters: detection sizes for deployment rules (10.8), sensitivity and targets for line / area intrusion (10.10, 10.11).
 * <p>
 * Wire names: {@code version}, {@code scale}, {@code minDetectWidth}, {@code minDetectHeight}, {@code maxDetectWidth}, {@code maxDetectHeight}, {@code sensitive}, {@code detectionTarget}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "version", "scale", "minDetectWidth", "minDetectHeight", "maxDetectWidth", "maxDetectHeight", "sensitive", "detectionTarget" })
public record AlgConf(
        @JsonProperty("version") String version,
        @JsonProperty("scale") Integer scale,
        @JsonProperty("minDetectWidth") Integer minDetectWidth,
        @JsonProperty("minDetectHeight") Integer minDetectHeight,
        @JsonProperty("maxDetectWidth") Integer maxDetectWidth,
        @JsonProperty("maxDetectHeight") Integer maxDetectHeight,
        @JsonProperty("sensitive") Integer sensitive,
        @JsonProperty("detectionTarget") List<String> detectionTarget,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfInfo {

    public AlgConf {
        detectionTarget = Values.list(detectionTarget);
        unknown = Values.unknown(unknown);
    }

    /**
     * The limits of the deployment rules' algorithm parameters (section 10.8): scale fixed at 10000, minDetectWidth and
     * minDetectHeight 218..5000, maxDetectWidth and maxDetectHeight 218..10000.
     */
    public void validateForDeploymentRules(String path) {
        Checks.fixed(path + ".scale", scale, 10000);
        Checks.range(path + ".minDetectWidth", minDetectWidth, 218, 5000);
        Checks.range(path + ".minDetectHeight", minDetectHeight, 218, 5000);
        Checks.range(path + ".maxDetectWidth", maxDetectWidth, 218, 10000);
        Checks.range(path + ".maxDetectHeight", maxDetectHeight, 218, 10000);
    }

    /** The limits of the line / area intrusion algorithm parameters (sections 10.10, 10.11): sensitive 1..100. */
    public void validateForIntrusion(String path) {
        Checks.range(path + ".sensitive", sensitive, 1, 100);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.version = version;
        b.scale = scale;
        b.minDetectWidth = minDetectWidth;
        b.minDetectHeight = minDetectHeight;
        b.maxDetectWidth = maxDetectWidth;
        b.maxDetectHeight = maxDetectHeight;
        b.sensitive = sensitive;
        b.detectionTarget = detectionTarget;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link AlgConf} values. */
    public static final class Builder {
        private String version;
        private Integer scale;
        private Integer minDetectWidth;
        private Integer minDetectHeight;
        private Integer maxDetectWidth;
        private Integer maxDetectHeight;
        private Integer sensitive;
        private List<String> detectionTarget;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code version}. */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /** Wire name {@code scale}. */
        public Builder scale(Integer scale) {
            this.scale = scale;
            return this;
        }

        /** Wire name {@code minDetectWidth}. */
        public Builder minDetectWidth(Integer minDetectWidth) {
            this.minDetectWidth = minDetectWidth;
            return this;
        }

        /** Wire name {@code minDetectHeight}. */
        public Builder minDetectHeight(Integer minDetectHeight) {
            this.minDetectHeight = minDetectHeight;
            return this;
        }

        /** Wire name {@code maxDetectWidth}. */
        public Builder maxDetectWidth(Integer maxDetectWidth) {
            this.maxDetectWidth = maxDetectWidth;
            return this;
        }

        /** Wire name {@code maxDetectHeight}. */
        public Builder maxDetectHeight(Integer maxDetectHeight) {
            this.maxDetectHeight = maxDetectHeight;
            return this;
        }

        /** Wire name {@code sensitive}. */
        public Builder sensitive(Integer sensitive) {
            this.sensitive = sensitive;
            return this;
        }

        /** Wire name {@code detectionTarget}. */
        public Builder detectionTarget(List<String> detectionTarget) {
            this.detectionTarget = detectionTarget;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public AlgConf build() {
            return new AlgConf(version, scale, minDetectWidth, minDetectHeight, maxDetectWidth, maxDetectHeight, sensitive, detectionTarget, unknown);
        }
    }
}
