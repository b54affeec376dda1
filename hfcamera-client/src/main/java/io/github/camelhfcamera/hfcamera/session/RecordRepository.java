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

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the records already routed, by {@code deviceId/operator/recordId}, so that a record the device sends
 * again is acknowledged but not routed twice. The Camel layer adapts Camel's IdempotentRepository to it.
 */
public interface RecordRepository {

    /** Adds the key; false when it was already there. */
    boolean add(String key);

    /** The record was processed: keep the key. */
    void confirm(String key);

    /** The record was not processed: forget the key so that the device's resend is routed. */
    void remove(String key);

    /** An unbounded in-memory repository (for plain Java use and tests). */
    static RecordRepository inMemory() {
        Set<String> keys = ConcurrentHashMap.newKeySet();
        return new RecordRepository() {
            @Override
            public boolean add(String key) {
                return keys.add(key);
            }

            @Override
            public void confirm(String key) {
            }

            @Override
            public void remove(String key) {
                keys.remove(key);
            }
        };
    }
}
