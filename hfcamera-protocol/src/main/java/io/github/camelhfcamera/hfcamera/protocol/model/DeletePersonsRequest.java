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
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelhfcamera.hfcamera.protocol.Checks;
import io.github.camelhfcamera.hfcamera.protocol.HfCommand;
import io.github.camelhfcamera.hfcamera.protocol.HfValidationException;
import io.github.camelhfcamera.hfcamera.protocol.Values;

import java.util.List;
import java.util.Map;

/**
 * The {@code info} of DeletePersons (section 4.6): {@code {"customId": [...]}}, 1 to 200 ids. {@code PersonNum},
 * {@code DataBegin} and {@code DataEnd} are written by the codec from this list.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeletePersonsRequest(
        @JsonProperty("customId") List<String> customIds,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfCommand {

    /** The most ids one DeletePersons may carry. */
    public static final int MAX_IDS = 200;

    public DeletePersonsRequest {
        customIds = customIds == null ? List.of() : Values.list(customIds);
        unknown = Values.unknown(unknown);
    }

    public DeletePersonsRequest(List<String> customIds) {
        this(customIds, Map.of());
    }

    /** The {@code PersonNum} written beside this request. */
    @JsonIgnore
    public int personNum() {
        return customIds.size();
    }

    @Override
    public void validate() {
        if (customIds.isEmpty() || customIds.size() > MAX_IDS) {
            throw new HfValidationException("PersonNum",
                    "DeletePersons takes 1 to " + MAX_IDS + " customIds, got " + customIds.size());
        }
        for (int i = 0; i < customIds.size(); i++) {
            Checks.customId("info.customId[" + i + "]", customIds.get(i));
        }
    }
}
