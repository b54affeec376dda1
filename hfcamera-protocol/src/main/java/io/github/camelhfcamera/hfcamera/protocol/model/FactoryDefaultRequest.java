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
 * SetFactoryDefault (section 10.5). The table spells DefaltNetPar / DefaltPerson, the example DefaultNetPar: both are read, the example's spelling is written.
 * <p>
 * Wire names: {@code DefaultNetPar}, {@code DefaultPerson}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "DefaultNetPar", "DefaultPerson" })
public record FactoryDefaultRequest(
        @JsonProperty("DefaultNetPar") @JsonAlias({ "DefaltNetPar" }) Integer defaultNetParameters,
        @JsonProperty("DefaultPerson") @JsonAlias({ "DefaltPerson" }) Integer defaultPersons,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfCommand {

    public FactoryDefaultRequest {
        unknown = Values.unknown(unknown);
    }

    /**
     * The limits of SetFactoryDefault (section 10.5): DefaultNetPar and DefaultPerson 0..1.
     */
    @Override
    public void validate() {
        Checks.range("info.DefaultNetPar", defaultNetParameters, 0, 1);
        Checks.range("info.DefaultPerson", defaultPersons, 0, 1);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.defaultNetParameters = defaultNetParameters;
        b.defaultPersons = defaultPersons;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link FactoryDefaultRequest} values. */
    public static final class Builder {
        private Integer defaultNetParameters;
        private Integer defaultPersons;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code DefaultNetPar}. */
        public Builder defaultNetParameters(Integer defaultNetParameters) {
            this.defaultNetParameters = defaultNetParameters;
            return this;
        }

        /** Wire name {@code DefaultPerson}. */
        public Builder defaultPersons(Integer defaultPersons) {
            this.defaultPersons = defaultPersons;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public FactoryDefaultRequest build() {
            return new FactoryDefaultRequest(defaultNetParameters, defaultPersons, unknown);
        }
    }
}
