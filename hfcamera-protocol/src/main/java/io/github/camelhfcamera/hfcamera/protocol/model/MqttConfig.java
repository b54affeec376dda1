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
import io.github.camelhfcamera.hfcamera.protocol.HfValidationException;
import io.github.camelhfcamera.hfcamera.protocol.Values;

import java.util.Map;

/**
 * MQTT reporting parameters (section 10.1): the body of UpMQTTconfig and of the GetMQTTconfig-Ack reply.
 * <p>
 * Wire names: {@code facesluiceId}, {@code StrangerUploadType}, {@code RecordUploadType}, {@code BehaviorUploadType}, {@code KeepAliveInterval}, {@code OnlineTopic}, {@code HeartbeatTopic}, {@code ResumefromBreakpoint}, {@code BeginTime}, {@code ReConnect}, {@code Reboot}, {@code result}, {@code detail}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "facesluiceId", "StrangerUploadType", "RecordUploadType", "BehaviorUploadType", "KeepAliveInterval", "OnlineTopic", "HeartbeatTopic", "ResumefromBreakpoint", "BeginTime", "ReConnect", "Reboot", "result", "detail" })
public record MqttConfig(
        @JsonProperty("facesluiceId") @JsonAlias({ "facesluicId", "facesluiceld" }) String deviceId,
        @JsonProperty("StrangerUploadType") Integer strangerUploadType,
        @JsonProperty("RecordUploadType") Integer recordUploadType,
        @JsonProperty("BehaviorUploadType") Integer behaviorUploadType,
        @JsonProperty("KeepAliveInterval") Integer keepAliveInterval,
        @JsonProperty("OnlineTopic") String onlineTopic,
        @JsonProperty("HeartbeatTopic") String heartbeatTopic,
        @JsonProperty("ResumefromBreakpoint") Integer resumeFromBreakpoint,
        @JsonProperty("BeginTime") String beginTime,
        @JsonProperty("ReConnect") Integer reconnect,
        @JsonProperty("Reboot") Integer reboot,
        @JsonProperty("result") String result,
        @JsonProperty("detail") String detail,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfCommand, HfReply {

    public MqttConfig {
        unknown = Values.unknown(unknown);
    }

    /**
     * The limits of UpMQTTconfig (section 10.1): StrangerUploadType 0..1, RecordUploadType 0..2,
     * BehaviorUploadType 0..4 or 255, KeepAliveInterval 20..300, ResumefromBreakpoint 0..1, BeginTime
     * {@code YYYY-MM-DD hh:mm:ss}, ReConnect and Reboot 0..1, topics a device can publish to.
     */
    @Override
    public void validate() {
        Checks.range("info.StrangerUploadType", strangerUploadType, 0, 1);
        Checks.range("info.RecordUploadType", recordUploadType, 0, 2);
        if (behaviorUploadType != null && behaviorUploadType != 255 && (behaviorUploadType < 0 || behaviorUploadType > 4)) {
            throw new HfValidationException("info.BehaviorUploadType", "is " + behaviorUploadType + "; allowed 0..4 or 255");
        }
        Checks.range("info.KeepAliveInterval", keepAliveInterval, 20, 300);
        Checks.publishTopic("info.OnlineTopic", onlineTopic);
        Checks.publishTopic("info.HeartbeatTopic", heartbeatTopic);
        Checks.range("info.ResumefromBreakpoint", resumeFromBreakpoint, 0, 1);
        Checks.dateTime("info.BeginTime", beginTime);
        Checks.range("info.ReConnect", reconnect, 0, 1);
        Checks.range("info.Reboot", reboot, 0, 1);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.deviceId = deviceId;
        b.strangerUploadType = strangerUploadType;
        b.recordUploadType = recordUploadType;
        b.behaviorUploadType = behaviorUploadType;
        b.keepAliveInterval = keepAliveInterval;
        b.onlineTopic = onlineTopic;
        b.heartbeatTopic = heartbeatTopic;
        b.resumeFromBreakpoint = resumeFromBreakpoint;
        b.beginTime = beginTime;
        b.reconnect = reconnect;
        b.reboot = reboot;
        b.result = result;
        b.detail = detail;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link MqttConfig} values. */
    public static final class Builder {
        private String deviceId;
        private Integer strangerUploadType;
        private Integer recordUploadType;
        private Integer behaviorUploadType;
        private Integer keepAliveInterval;
        private String onlineTopic;
        private String heartbeatTopic;
        private Integer resumeFromBreakpoint;
        private String beginTime;
        private Integer reconnect;
        private Integer reboot;
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

        /** Wire name {@code StrangerUploadType}. */
        public Builder strangerUploadType(Integer strangerUploadType) {
            this.strangerUploadType = strangerUploadType;
            return this;
        }

        /** Wire name {@code RecordUploadType}. */
        public Builder recordUploadType(Integer recordUploadType) {
            this.recordUploadType = recordUploadType;
            return this;
        }

        /** Wire name {@code BehaviorUploadType}. */
        public Builder behaviorUploadType(Integer behaviorUploadType) {
            this.behaviorUploadType = behaviorUploadType;
            return this;
        }

        /** Wire name {@code KeepAliveInterval}. */
        public Builder keepAliveInterval(Integer keepAliveInterval) {
            this.keepAliveInterval = keepAliveInterval;
            return this;
        }

        /** Wire name {@code OnlineTopic}. */
        public Builder onlineTopic(String onlineTopic) {
            this.onlineTopic = onlineTopic;
            return this;
        }

        /** Wire name {@code HeartbeatTopic}. */
        public Builder heartbeatTopic(String heartbeatTopic) {
            this.heartbeatTopic = heartbeatTopic;
            return this;
        }

        /** Wire name {@code ResumefromBreakpoint}. */
        public Builder resumeFromBreakpoint(Integer resumeFromBreakpoint) {
            this.resumeFromBreakpoint = resumeFromBreakpoint;
            return this;
        }

        /** Wire name {@code BeginTime}. */
        public Builder beginTime(String beginTime) {
            this.beginTime = beginTime;
            return this;
        }

        /** Wire name {@code ReConnect}. */
        public Builder reconnect(Integer reconnect) {
            this.reconnect = reconnect;
            return this;
        }

        /** Wire name {@code Reboot}. */
        public Builder reboot(Integer reboot) {
            this.reboot = reboot;
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

        public MqttConfig build() {
            return new MqttConfig(deviceId, strangerUploadType, recordUploadType, behaviorUploadType, keepAliveInterval, onlineTopic, heartbeatTopic, resumeFromBreakpoint, beginTime, reconnect, reboot, result, detail, unknown);
        }
    }
}
