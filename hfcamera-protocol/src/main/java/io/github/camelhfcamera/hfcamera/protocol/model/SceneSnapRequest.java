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
import io.github.camelhfcamera.hfcamera.protocol.Values;

import java.util.Map;

/**
 * GetSceneSnap (section 11.1). Without a device id every camera on the topic answers.
 * <p>
 * Wire names: {@code facesluiceId}, {@code ImgType}, {@code ImgQuality}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "facesluiceId", "ImgType", "ImgQuality" })
public record SceneSnapRequest(
        @JsonProperty("facesluiceId") String deviceId,
        @JsonProperty("ImgType") Integer imgType,
        @JsonProperty("ImgQuality") Integer imgQuality,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfCommand {

    public SceneSnapRequest {
        unknown = Values.unknown(unknown);
    }

    /**
     * The limits of GetSceneSnap (section 11): ImgType 0..2, ImgQuality 55..100.
     */
    @Override
    public void validate() {
        Checks.range("info.ImgType", imgType, 0, 2);
        Checks.range("info.ImgQuality", imgQuality, 55, 100);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.deviceId = deviceId;
        b.imgType = imgType;
        b.imgQuality = imgQuality;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link SceneSnapRequest} values. */
    public static final class Builder {
        private String deviceId;
        private Integer imgType;
        private Integer imgQuality;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code facesluiceId}. */
        public Builder deviceId(String deviceId) {
            this.deviceId = deviceId;
            return this;
        }

        /** Wire name {@code ImgType}. */
        public Builder imgType(Integer imgType) {
            this.imgType = imgType;
            return this;
        }

        /** Wire name {@code ImgQuality}. */
        public Builder imgQuality(Integer imgQuality) {
            this.imgQuality = imgQuality;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public SceneSnapRequest build() {
            return new SceneSnapRequest(deviceId, imgType, imgQuality, unknown);
        }
    }
}
