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
 * Upgrade (section 12.1): firmware (.udx) or licence (.lic, upgradeType 5) downloaded from path.
 * <p>
 * Wire names: {@code facesluiceId}, {@code name}, {@code upgradeType}, {@code path}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "facesluiceId", "name", "upgradeType", "path" })
public record UpgradeRequest(
        @JsonProperty("facesluiceId") String deviceId,
        @JsonProperty("name") String name,
        @JsonProperty("upgradeType") Integer upgradeType,
        @JsonProperty("path") String path,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfCommand {

    public UpgradeRequest {
        unknown = Values.unknown(unknown);
    }

    /**
     * The limits of Upgrade (section 12.1): name and path required, upgradeType 1..5, path ending in
     * {@code .udx} (firmware) or {@code .lic} when upgradeType is 5 (licence).
     */
    @Override
    public void validate() {
        Checks.required("info.name", name);
        Checks.required("info.path", path);
        Checks.range("info.upgradeType", upgradeType, 1, 5);
        if (upgradeType != null && upgradeType == 5) {
            Checks.endsWith("info.path", path, ".lic", "a licence upgrade (upgradeType 5) takes a .lic file");
        } else {
            Checks.endsWith("info.path", path, ".udx", "a firmware upgrade (upgradeType 1..4) takes a .udx file");
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
        b.name = name;
        b.upgradeType = upgradeType;
        b.path = path;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link UpgradeRequest} values. */
    public static final class Builder {
        private String deviceId;
        private String name;
        private Integer upgradeType;
        private String path;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code facesluiceId}. */
        public Builder deviceId(String deviceId) {
            this.deviceId = deviceId;
            return this;
        }

        /** Wire name {@code name}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Wire name {@code upgradeType}. */
        public Builder upgradeType(Integer upgradeType) {
            this.upgradeType = upgradeType;
            return this;
        }

        /** Wire name {@code path}. */
        public Builder path(String path) {
            this.path = path;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public UpgradeRequest build() {
            return new UpgradeRequest(deviceId, name, upgradeType, path, unknown);
        }
    }
}
