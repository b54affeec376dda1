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

/**
 * How far the sync of one device is, told after each of its batches (and once when its plan is made).
 *
 * @param deviceId  the device
 * @param batch     the batch just answered, from 1; 0 when the plan was just made
 * @param batches   how many batches the plan has (after splitting to the broker's packet limit)
 * @param operator  the batch's command (EditPersonsNew, EditPerson, DeletePersons, DelPerson); {@code null} for 0
 * @param persons   the persons of the batch
 * @param succeeded how many of them the device confirmed
 * @param refused   how many of them it refused
 * @param done      the changes of the plan answered so far (confirmed or refused), all batches together
 * @param total     the changes of the plan: persons to add, update and delete
 * @param finished  {@code true} after the last batch (or at once when there is nothing to send, or a dry run)
 */
public record PersonSyncProgress(String deviceId, int batch, int batches, String operator, int persons,
                                 int succeeded, int refused, int done, int total, boolean finished) {
}
