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

import java.util.List;
import java.util.Map;

/**
 * Area intrusion parameters (section 10.11): SetFieldDetectionConfig body and GetFieldDetectionConfig-Ack reply.
 * <p>
 * Wire names: {@code deviceId}, {@code enable}, {@code areaConf}, {@code timeConf}, {@code linkConf}, {@code algConf}, {@code result}, {@code detail}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "deviceId", "enable", "areaConf", "timeConf", "linkConf", "algConf", "result", "detail" })
public record FieldDetectionConfig(
        @JsonProperty("deviceId") String deviceId,
        @JsonProperty("enable") Integer enable,
        @JsonProperty("areaConf") AreaConf areaConf,
        @JsonProperty("timeConf") List<TimeConf> timeConf,
        @JsonProperty("linkConf") LinkConf linkConf,
        @JsonProperty("algConf") AlgConf algConf,
        @JsonProperty("result") String result,
        @JsonProperty("detail") String detail,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfCommand, HfReply {

    public FieldDetectionConfig {
        timeConf = Values.list(timeConf);
        unknown = Values.unknown(unknown);
    }

    /**
     * The limits of SetFieldDetectionConfig (section 10.11): enable 0..1, the areaConf, the detection times, the linkage
     * and the sensitivity (1..100); each error names its path, for example {@code info.areaConf.areas[1][3].y}.
     */
    @Override
    public void validate() {
        Checks.range("info.enable", enable, 0, 1);
        if (areaConf != null) {
            areaConf.validateForAreaIntrusion("info.areaConf");
        }
        TimeConf.validate("info.timeConf", timeConf);
        if (linkConf != null) {
            linkConf.validate("info.linkConf");
        }
        if (algConf != null) {
            algConf.validateForIntrusion("info.algConf");
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
        b.enable = enable;
        b.areaConf = areaConf;
        b.timeConf = timeConf;
        b.linkConf = linkConf;
        b.algConf = algConf;
        b.result = result;
        b.detail = detail;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link FieldDetectionConfig} values. */
    public static final class Builder {
        private String deviceId;
        private Integer enable;
        private AreaConf areaConf;
        private List<TimeConf> timeConf;
        private LinkConf linkConf;
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

        /** Wire name {@code enable}. */
        public Builder enable(Integer enable) {
            this.enable = enable;
            return this;
        }

        /** Wire name {@code areaConf}. */
        public Builder areaConf(AreaConf areaConf) {
            this.areaConf = areaConf;
            return this;
        }

        /** Wire name {@code timeConf}. */
        public Builder timeConf(List<TimeConf> timeConf) {
            this.timeConf = timeConf;
            return this;
        }

        /** Wire name {@code linkConf}. */
        public Builder linkConf(LinkConf linkConf) {
            this.linkConf = linkConf;
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

        public FieldDetectionConfig build() {
            return new FieldDetectionConfig(deviceId, enable, areaConf, timeConf, linkConf, algConf, result, detail, unknown);
        }
    }
}
