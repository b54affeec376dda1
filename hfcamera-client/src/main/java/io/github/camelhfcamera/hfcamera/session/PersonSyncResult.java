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
package io.github.camelhfcamera.hfcamera.session;

import java.util.List;

/**
 * What a person sync did on one device (or, for a dry run, would do).
 *
 * @param deviceId  the device
 * @param dryRun    {@code true} when nothing was sent: the lists are the plan
 * @param added     customIds the device did not hold and now holds (confirmed by the device), in the order of the list
 * @param updated   customIds the device held with other content, or with content this repository has no record of,
 *                  and now holds as given (confirmed by the device)
 * @param deleted   customIds the device held that are not in the list, and that it deleted (confirmed)
 * @param unchanged how many persons of the list the device already held with the content last synced: not sent
 * @param refused   the persons the device refused to add, change or delete, with its code and the appendix's text;
 *                  they are sent again on the next sync
 * @param onDevice  how many persons with a customId the device held before the sync (read with SearchPersonList)
 * @param commands  how many person-changing commands were sent (EditPersonsNew, EditPerson, DeletePersons,
 *                  DelPerson); the reads are not counted
 */
public record PersonSyncResult(String deviceId, boolean dryRun, List<String> added, List<String> updated,
                               List<String> deleted, int unchanged, List<PersonFailure> refused, int onDevice,
                               int commands) {

    public PersonSyncResult {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        deleted = List.copyOf(deleted);
        refused = List.copyOf(refused);
    }

    public int addedCount() {
        return added.size();
    }

    public int updatedCount() {
        return updated.size();
    }

    public int deletedCount() {
        return deleted.size();
    }

    public int refusedCount() {
        return refused.size();
    }

    /** Whether anything was (or, for a dry run, would be) added, updated, deleted, or refused. */
    public boolean changed() {
        return !added.isEmpty() || !updated.isEmpty() || !deleted.isEmpty() || !refused.isEmpty();
    }

    /** How many persons of the list the device holds as given after the sync: added, updated and unchanged. */
    public int synced() {
        return added.size() + updated.size() + unchanged;
    }

    /** The counts only: a fleet's lists are long. */
    @Override
    public String toString() {
        return "PersonSyncResult[" + deviceId + (dryRun ? " (dry run)" : "") + ": added " + added.size()
                + ", updated " + updated.size() + ", deleted " + deleted.size() + ", unchanged " + unchanged
                + ", refused " + refused.size() + ", commands " + commands + "]";
    }
}
