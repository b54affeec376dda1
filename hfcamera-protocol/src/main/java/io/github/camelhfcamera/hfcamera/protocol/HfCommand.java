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

/**
 * The {@code info} of a message the platform sends to a device: a command, or the platform's Online-Ack / PushAck.
 */
public interface HfCommand extends HfInfo {

    /**
     * Checks every limit the document states for this message before anything is sent.
     *
     * @throws HfValidationException naming the field, the problem and the limit
     */
    default void validate() {
    }

    /**
     * Checks this info as the info of {@code operator}: that the operator takes this type, then every limit, including
     * those that depend on the command (AddPersons needs a picURI for every person, EditPersonsNew does not).
     *
     * @throws HfValidationException naming the field, the problem and the limit
     */
    default void validate(Operator operator) {
        if (operator.infoType() != null && !operator.infoType().isInstance(this)) {
            throw new HfValidationException("info", operator.wireName() + " takes " + operator.infoType().getSimpleName()
                    + ", not " + getClass().getSimpleName());
        }
        validate();
    }
}
