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
import io.github.camelhfcamera.hfcamera.protocol.HfValidationException;
import io.github.camelhfcamera.hfcamera.protocol.Values;

import java.util.Map;

/**
 * DeleteAllPerson (section 4.7): deleteall must be 1 to confirm.
 * <p>
 * Wire names: {@code deleteall}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "deleteall" })
public record DeleteAllPersonRequest(
        @JsonProperty("deleteall") Integer deleteAll,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfCommand {

    public DeleteAllPersonRequest {
        unknown = Values.unknown(unknown);
    }

    /**
     * The limits of DeleteAllPerson (section 4.7, 29.5): deleteall required and 1, the confirmation.
     */
    @Override
    public void validate() {
        Checks.required("info.deleteall", deleteAll);
        if (deleteAll != 1) {
            throw new HfValidationException("info.deleteall", "is " + deleteAll + "; must be 1 to confirm deleting every person");
        }
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.deleteAll = deleteAll;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link DeleteAllPersonRequest} values. */
    public static final class Builder {
        private Integer deleteAll;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code deleteall}. */
        public Builder deleteAll(Integer deleteAll) {
            this.deleteAll = deleteAll;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public DeleteAllPersonRequest build() {
            return new DeleteAllPersonRequest(deleteAll, unknown);
        }
    }
}
