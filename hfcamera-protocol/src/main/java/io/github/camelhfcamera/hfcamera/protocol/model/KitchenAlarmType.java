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

import java.util.List;
import java.util.Map;

/**
 * The kitchen violation kinds: cook (0..5), animal (0..2), object (0).
 * <p>
 * Wire names: {@code CookAlarmType}, {@code AnimalAlarmType}, {@code ObjectAlarmType}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "CookAlarmType", "AnimalAlarmType", "ObjectAlarmType" })
public record KitchenAlarmType(
        @JsonProperty("CookAlarmType") List<Integer> cookAlarmType,
        @JsonProperty("AnimalAlarmType") List<Integer> animalAlarmType,
        @JsonProperty("ObjectAlarmType") List<Integer> objectAlarmType,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfInfo {

    public KitchenAlarmType {
        cookAlarmType = Values.list(cookAlarmType);
        animalAlarmType = Values.list(animalAlarmType);
        objectAlarmType = Values.list(objectAlarmType);
        unknown = Values.unknown(unknown);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.cookAlarmType = cookAlarmType;
        b.animalAlarmType = animalAlarmType;
        b.objectAlarmType = objectAlarmType;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link KitchenAlarmType} values. */
    public static final class Builder {
        private List<Integer> cookAlarmType;
        private List<Integer> animalAlarmType;
        private List<Integer> objectAlarmType;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code CookAlarmType}. */
        public Builder cookAlarmType(List<Integer> cookAlarmType) {
            this.cookAlarmType = cookAlarmType;
            return this;
        }

        /** Wire name {@code AnimalAlarmType}. */
        public Builder animalAlarmType(List<Integer> animalAlarmType) {
            this.animalAlarmType = animalAlarmType;
            return this;
        }

        /** Wire name {@code ObjectAlarmType}. */
        public Builder objectAlarmType(List<Integer> objectAlarmType) {
            this.objectAlarmType = objectAlarmType;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public KitchenAlarmType build() {
            return new KitchenAlarmType(cookAlarmType, animalAlarmType, objectAlarmType, unknown);
        }
    }
}
