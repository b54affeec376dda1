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
package io.github.camelhfcamera.hfcamera;

import java.util.Arrays;

/**
 * What {@code hfcamera:persons} does with the persons in the body: the {@code operation} option, the
 * {@code CamelHfCameraOperation} header (this enum or its name) and the persons Kamelet's {@code operation} property.
 */
public enum HfCameraOperation {
    /** One person as EditPerson, several as EditPersonsNew batches: added or replaced. */
    upsert,
    /** AddPersons batches: added, refused for a customId the device has. */
    add,
    /** One customId as DelPerson, several as DeletePersons. */
    delete,
    /** DeleteAllPerson: every person of the device; needs confirm=true. */
    deleteAll,
    /** SearchPerson: one person by customId, with its photo when withPicture is set. */
    get,
    /** QueryPerson: the customIds on the device, duplicates removed. */
    listIds,
    /** SearchPersonList: the persons matching the criteria in the body, page by page. */
    search,
    /**
     * The body is the complete list each device must hold: the device's list is read, new and changed persons are
     * upserted and missing ones deleted, in batches; what was synced is remembered in the syncStateRepository.
     */
    sync;

    /**
     * The operation a header or option value names: this enum, or its name (case as written).
     *
     * @throws IllegalArgumentException naming the value and the operations
     */
    public static HfCameraOperation of(Object value) {
        if (value instanceof HfCameraOperation o) {
            return o;
        }
        String name = String.valueOf(value).trim();
        for (HfCameraOperation o : values()) {
            if (o.name().equals(name)) {
                return o;
            }
        }
        throw new IllegalArgumentException("operation '" + name + "' is not one of " + Arrays.toString(values()));
    }
}
