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
 * System time (section 10.3): the body of SetSysTime and of the GetSysTime-Ack reply.
 * <p>
 * Wire names: {@code facesluiceId}, {@code SysTime}, {@code result}, {@code detail}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "facesluiceId", "SysTime", "result", "detail" })
public record SysTime(
        @JsonProperty("facesluiceId") @JsonAlias({ "facesluicId", "facesluiceld" }) String deviceId,
        @JsonProperty("SysTime") String sysTime,
        @JsonProperty("result") String result,
        @JsonProperty("detail") String detail,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfCommand, HfReply {

    public SysTime {
        unknown = Values.unknown(unknown);
    }

    /**
     * The limits of SetSysTime (section 10.3, 29.11): SysTime required, {@code YYYY-MM-DD hh:mm:ss}.
     */
    @Override
    public void validate() {
        Checks.requiredDateTime("info.SysTime", sysTime);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.deviceId = deviceId;
        b.sysTime = sysTime;
        b.result = result;
        b.detail = detail;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link SysTime} values. */
    public static final class Builder {
        private String deviceId;
        private String sysTime;
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

        /** Wire name {@code SysTime}. */
        public Builder sysTime(String sysTime) {
            this.sysTime = sysTime;
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

        public SysTime build() {
            return new SysTime(deviceId, sysTime, result, detail, unknown);
        }
    }
}
