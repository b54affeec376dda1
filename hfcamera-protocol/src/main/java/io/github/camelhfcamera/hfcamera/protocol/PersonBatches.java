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
package io.github.camelhfcamera.hfcamera.protocol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.camelhfcamera.hfcamera.protocol.model.DeletePersonsRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.protocol.model.PersonBatch;

/**
 * Splits any number of persons or customIds into batches the device takes: AddPersons / EditPersonsNew carry 1 to
 * {@value PersonBatch#MAX_PERSONS} persons (section 4.2, 4.3), DeletePersons 1 to
 * {@value DeletePersonsRequest#MAX_IDS} customIds (section 4.6).
 * <p>
 * Order is kept: batch n holds the entries that come before those of batch n + 1, so sending the batches in order
 * applies the changes in the order given. A customId that appears again is put in a later batch than its first
 * appearance (one batch never names a person twice, and the later entry still wins). Nothing else is checked here:
 * validate each batch before sending it.
 */
public final class PersonBatches {

    private PersonBatches() {
    }

    /** Batches of at most {@value PersonBatch#MAX_PERSONS} persons; an empty list for no persons. */
    public static List<PersonBatch> of(List<Person> persons) {
        return of(persons, PersonBatch.MAX_PERSONS);
    }

    /**
     * Batches of at most {@code size} persons (1..{@value PersonBatch#MAX_PERSONS}), for devices that answer a full
     * batch too slowly.
     */
    public static List<PersonBatch> of(List<Person> persons, int size) {
        checkSize(size, PersonBatch.MAX_PERSONS, "PersonNum");
        List<PersonBatch> batches = new ArrayList<>();
        List<Person> current = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < persons.size(); i++) {
            Person p = persons.get(i);
            if (p == null) {
                throw new HfValidationException("persons[" + i + "]", "is null");
            }
            if (current.size() == size || !ids.add(p.customId())) {
                batches.add(new PersonBatch(current));
                current = new ArrayList<>();
                ids.clear();
                ids.add(p.customId());
            }
            current.add(p);
        }
        if (!current.isEmpty()) {
            batches.add(new PersonBatch(current));
        }
        return List.copyOf(batches);
    }

    /** DeletePersons requests of at most {@value DeletePersonsRequest#MAX_IDS} customIds; empty for no ids. */
    public static List<DeletePersonsRequest> deletions(List<String> customIds) {
        return deletions(customIds, DeletePersonsRequest.MAX_IDS);
    }

    /** DeletePersons requests of at most {@code size} customIds (1..{@value DeletePersonsRequest#MAX_IDS}). */
    public static List<DeletePersonsRequest> deletions(List<String> customIds, int size) {
        checkSize(size, DeletePersonsRequest.MAX_IDS, "PersonNum");
        List<DeletePersonsRequest> requests = new ArrayList<>();
        for (int from = 0; from < customIds.size(); from += size) {
            requests.add(new DeletePersonsRequest(customIds.subList(from, Math.min(customIds.size(), from + size))));
        }
        return List.copyOf(requests);
    }

    private static void checkSize(int size, int max, String field) {
        if (size < 1 || size > max) {
            throw new HfValidationException(field, "a batch size of " + size + " is outside 1.." + max);
        }
    }
}
