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

import com.fasterxml.jackson.annotation.JsonAlias;
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
 * RTSP parameters (section 10.6): the body of SetRTSPCfg and of the GetRTSPCfg-Ack reply. The device reboots after a successful set.
 * <p>
 * Wire names: {@code facesluiceId}, {@code OpenVerify}, {@code PackSize}, {@code RTSPPort}, {@code result}, {@code detail}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "facesluiceId", "OpenVerify", "PackSize", "RTSPPort", "result", "detail" })
public record RtspConfig(
        @JsonProperty("facesluiceId") @JsonAlias({ "facesluicId", "facesluiceld" }) String deviceId,
        @JsonProperty("OpenVerify") Integer openVerify,
        @JsonProperty("PackSize") Integer packSize,
        @JsonProperty("RTSPPort") Integer rtspPort,
        @JsonProperty("result") String result,
        @JsonProperty("detail") String detail,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfCommand, HfReply {

    public RtspConfig {
        unknown = Values.unknown(unknown);
    }

    /**
     * The limits of SetRTSPCfg (section 10.6): OpenVerify 0..1, PackSize 1..1500, RTSPPort a TCP port 1..65535.
     */
    @Override
    public void validate() {
        Checks.range("info.OpenVerify", openVerify, 0, 1);
        Checks.range("info.PackSize", packSize, 1, 1500);
        Checks.range("info.RTSPPort", rtspPort, 1, 65535);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.deviceId = deviceId;
        b.openVerify = openVerify;
        b.packSize = packSize;
        b.rtspPort = rtspPort;
        b.result = result;
        b.detail = detail;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link RtspConfig} values. */
    public static final class Builder {
        private String deviceId;
        private Integer openVerify;
        private Integer packSize;
        private Integer rtspPort;
        private String result;
        private String detail;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code facesluiceId}. */
        public Builder deviceId(String deviceId) {
            this.deviceId = deviceId;
            return this;
        }

        /** Wire name {@code OpenVerify}. */
        public Builder openVerify(Integer openVerify) {
            this.openVerify = openVerify;
            return this;
        }

        /** Wire name {@code PackSize}. */
        public Builder packSize(Integer packSize) {
            this.packSize = packSize;
            return this;
        }

        /** Wire name {@code RTSPPort}. */
        public Builder rtspPort(Integer rtspPort) {
            this.rtspPort = rtspPort;
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

        public RtspConfig build() {
            return new RtspConfig(deviceId, openVerify, packSize, rtspPort, result, detail, unknown);
        }
    }
}
