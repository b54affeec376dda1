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
 * A message refused before it was sent because a field breaks a limit of the protocol document. The message names
 * the field, what is wrong with its value and the limit.
 */
public class HfValidationException extends IllegalArgumentException {

    private final String field;

    public HfValidationException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The wire name of the offending field, with its path when nested (for example {@code info[3].customId}). */
    public String getField() {
        return field;
    }
}
