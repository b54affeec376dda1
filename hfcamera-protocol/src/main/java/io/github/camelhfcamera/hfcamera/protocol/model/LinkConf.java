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
import io.github.camelhfcamera.hfcamera.protocol.HfInfo;
import io.github.camelhfcamera.hfcamera.protocol.Values;

import java.util.Map;

/**
 * Linkage configuration: what the camera does when a rule fires.
 * <p>
 * Wire names: {@code audio}, {@code ioOut}, {@code light}, {@code mail}, {@code ftp}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "audio", "ioOut", "light", "mail", "ftp" })
public record LinkConf(
        @JsonProperty("audio") LinkAudio audio,
        @JsonProperty("ioOut") LinkIoOut ioOut,
        @JsonProperty("light") LinkLight light,
        @JsonProperty("mail") LinkToggle mail,
        @JsonProperty("ftp") LinkToggle ftp,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfInfo {

    public LinkConf {
        unknown = Values.unknown(unknown);
    }

    /** The limits of the linkage (sections 10.10, 10.11); {@code path} names this object, e.g. {@code info.linkConf}. */
    public void validate(String path) {
        if (audio != null) {
            audio.validate(path + ".audio");
        }
        if (ioOut != null) {
            ioOut.validate(path + ".ioOut");
        }
        if (light != null) {
            light.validate(path + ".light");
        }
        if (mail != null) {
            mail.validate(path + ".mail");
        }
        if (ftp != null) {
            ftp.validate(path + ".ftp");
        }
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.audio = audio;
        b.ioOut = ioOut;
        b.light = light;
        b.mail = mail;
        b.ftp = ftp;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link LinkConf} values. */
    public static final class Builder {
        private LinkAudio audio;
        private LinkIoOut ioOut;
        private LinkLight light;
        private LinkToggle mail;
        private LinkToggle ftp;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code audio}. */
        public Builder audio(LinkAudio audio) {
            this.audio = audio;
            return this;
        }

        /** Wire name {@code ioOut}. */
        public Builder ioOut(LinkIoOut ioOut) {
            this.ioOut = ioOut;
            return this;
        }

        /** Wire name {@code light}. */
        public Builder light(LinkLight light) {
            this.light = light;
            return this;
        }

        /** Wire name {@code mail}. */
        public Builder mail(LinkToggle mail) {
            this.mail = mail;
            return this;
        }

        /** Wire name {@code ftp}. */
        public Builder ftp(LinkToggle ftp) {
            this.ftp = ftp;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public LinkConf build() {
            return new LinkConf(audio, ioOut, light, mail, ftp, unknown);
        }
    }
}
