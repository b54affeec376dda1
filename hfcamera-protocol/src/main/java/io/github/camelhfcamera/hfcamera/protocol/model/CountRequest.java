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
import io.github.camelhfcamera.hfcamera.protocol.Values;

import java.util.Map;

/**
 * GetCount (section 17.1.1): target count by type (0 human, 1 vehicle) and direction.
 * <p>
 * Wire names: {@code objectType}, {@code behaviourDirection}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "objectType", "behaviourDirection" })
public record CountRequest(
        @JsonProperty("objectType") Integer objectType,
        @JsonProperty("behaviourDirection") @JsonAlias({ "behaviorDirection" }) Integer behaviourDirection,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfCommand {

    public CountRequest {
        unknown = Values.unknown(unknown);
    }

    /**
     * The limits of GetCount (section 17.1): objectType 0..1 (human, vehicle), behaviourDirection 0..2.
     */
    @Override
    public void validate() {
        Checks.range("info.objectType", objectType, 0, 1);
        Checks.range("info.behaviourDirection", behaviourDirection, 0, 2);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.objectType = objectType;
        b.behaviourDirection = behaviourDirection;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link CountRequest} values. */
    public static final class Builder {
        private Integer objectType;
        private Integer behaviourDirection;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code objectType}. */
        public Builder objectType(Integer objectType) {
            this.objectType = objectType;
            return this;
        }

        /** Wire name {@code behaviourDirection}. */
        public Builder behaviourDirection(Integer behaviourDirection) {
            this.behaviourDirection = behaviourDirection;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public CountRequest build() {
            return new CountRequest(objectType, behaviourDirection, unknown);
        }
    }
}
