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
import io.github.camelhfcamera.hfcamera.protocol.HfReply;
import io.github.camelhfcamera.hfcamera.protocol.Values;

import java.util.Map;

/**
 * Defense (deployment) rule parameters (section 10.8): SetDeploymentRulesconfig body and GetDeploymentRulesconfig-Ack reply.
 * <p>
 * Wire names: {@code deviceId}, {@code objectType}, {@code areaConf}, {@code algConf}, {@code result}, {@code detail}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "deviceId", "objectType", "areaConf", "algConf", "result", "detail" })
public record DeploymentRulesConfig(
        @JsonProperty("deviceId") String deviceId,
        @JsonProperty("objectType") Integer objectType,
        @JsonProperty("areaConf") AreaConf areaConf,
        @JsonProperty("algConf") AlgConf algConf,
        @JsonProperty("result") String result,
        @JsonProperty("detail") String detail,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfCommand, HfReply {

    public DeploymentRulesConfig {
        unknown = Values.unknown(unknown);
    }

    /**
     * The limits of SetDeploymentRulesconfig (section 10.8): objectType 0..1, scales fixed at 10000,
     * area points within 0..scale, minDetectWidth / minDetectHeight 218..5000, maxDetectWidth / maxDetectHeight
     * 218..10000.
     */
    @Override
    public void validate() {
        Checks.range("info.objectType", objectType, 0, 1);
        if (areaConf != null) {
            areaConf.validateForDeploymentRules("info.areaConf");
        }
        if (algConf != null) {
            algConf.validateForDeploymentRules("info.algConf");
        }
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.deviceId = deviceId;
        b.objectType = objectType;
        b.areaConf = areaConf;
        b.algConf = algConf;
        b.result = result;
        b.detail = detail;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link DeploymentRulesConfig} values. */
    public static final class Builder {
        private String deviceId;
        private Integer objectType;
        private AreaConf areaConf;
        private AlgConf algConf;
        private String result;
        private String detail;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code deviceId}. */
        public Builder deviceId(String deviceId) {
            this.deviceId = deviceId;
            return this;
        }

        /** Wire name {@code objectType}. */
        public Builder objectType(Integer objectType) {
            this.objectType = objectType;
            return this;
        }

        /** Wire name {@code areaConf}. */
        public Builder areaConf(AreaConf areaConf) {
            this.areaConf = areaConf;
            return this;
        }

        /** Wire name {@code algConf}. */
        public Builder algConf(AlgConf algConf) {
            this.algConf = algConf;
            return this;
        }

        /** Wire name {@code result}. */
        public Builder result(String result) {
            this.result = result;
            return this;
        }

        /** Wire name {@code detail}. */
        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public DeploymentRulesConfig build() {
            return new DeploymentRulesConfig(deviceId, objectType, areaConf, algConf, result, detail, unknown);
        }
    }
}
