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

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.camelhfcamera.hfcamera.protocol.HfCommand;
import io.github.camelhfcamera.hfcamera.protocol.HfValidationException;
import io.github.camelhfcamera.hfcamera.protocol.Operator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code info} array of AddPersons and EditPersonsNew (sections 4.2, 4.3): 1 to 1000 persons, photos by
 * {@code picURI} only. {@code PersonNum}, {@code DataBegin} and {@code DataEnd} are written by the codec from this
 * list, so they always agree with it.
 */
public record PersonBatch(@JsonValue List<Person> persons) implements HfCommand {

    /** The most persons one batch may carry. */
    public static final int MAX_PERSONS = 1000;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PersonBatch {
        persons = persons == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(persons));
    }

    /** The {@code PersonNum} written beside this batch. */
    @JsonIgnore
    public int personNum() {
        return persons.size();
    }

    @Override
    @JsonIgnore
    public Map<String, Object> unknown() {
        return Map.of();
    }

    @Override
    public void validate() {
        if (persons.isEmpty() || persons.size() > MAX_PERSONS) {
            throw new HfValidationException("PersonNum",
                    "a batch holds 1 to " + MAX_PERSONS + " persons, got " + persons.size());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < persons.size(); i++) {
            Person p = persons.get(i);
            if (p == null) {
                throw new HfValidationException("info[" + i + "]", "is null");
            }
            p.validateForBatch("info[" + i + "].");
            if (!seen.add(p.customId())) {
                throw new HfValidationException("info[" + i + "].customId",
                        "'" + p.customId() + "' appears twice in one batch");
            }
        }
    }

    /**
     * {@link #validate()}, and for AddPersons also a picURI for every person: the device adds no person without a
     * photo (errcode 463 of table 29.6). EditPersonsNew leaves picURI out when the photo does not change.
     */
    @Override
    public void validate(Operator operator) {
        HfCommand.super.validate(operator);
        if (operator == Operator.ADD_PERSONS) {
            for (int i = 0; i < persons.size(); i++) {
                if (persons.get(i).picUri() == null || persons.get(i).picUri().isEmpty()) {
                    throw new HfValidationException("info[" + i + "].picURI",
                            "is required: AddPersons adds a person only with a photo by picURI");
                }
            }
        }
    }
}
