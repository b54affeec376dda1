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
 * SearchPerson (section 4.4.2): one person by customId; picture=1 asks for the photo.
 * <p>
 * Wire names: {@code customId}, {@code Picture}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "customId", "Picture" })
public record SearchPersonRequest(
        @JsonProperty("customId") String customId,
        @JsonProperty("Picture") Integer picture,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfCommand {

    public SearchPersonRequest {
        unknown = Values.unknown(unknown);
    }

    /**
     * The limits of SearchPerson (section 4.4.2, 29.2): customId required (at most 47 bytes), Picture 0..1.
     */
    @Override
    public void validate() {
        Checks.customId("info.customId", customId);
        Checks.range("info.Picture", picture, 0, 1);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.customId = customId;
        b.picture = picture;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link SearchPersonRequest} values. */
    public static final class Builder {
        private String customId;
        private Integer picture;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code customId}. */
        public Builder customId(String customId) {
            this.customId = customId;
            return this;
        }

        /** Wire name {@code Picture}. */
        public Builder picture(Integer picture) {
            this.picture = picture;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public SearchPersonRequest build() {
            return new SearchPersonRequest(customId, picture, unknown);
        }
    }
}
