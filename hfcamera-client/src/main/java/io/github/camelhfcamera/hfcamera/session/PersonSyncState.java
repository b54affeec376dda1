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

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a person sync keeps what it last synced: for each device and person a content hash (of every field sent,
 * the photo included) under a key of {@link HfPersonSync#stateKey(String, String)}. An empty value means "nothing
 * synced" (a person deleted or refused). The Camel component adapts Camel's {@code StateRepository} to it; an
 * implementation may offer the bulk methods to save round trips.
 */
public interface PersonSyncState {

    /** The value of a key, {@code null} (or empty) when there is none. */
    String get(String key);

    /** Stores a value (empty to forget). */
    void put(String key, String value);

    /** The values of several keys; keys without a value may be left out. */
    default Map<String, String> getAll(Collection<String> keys) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : keys) {
            String v = get(k);
            if (v != null) {
                out.put(k, v);
            }
        }
        return out;
    }

    /** Stores several values (what a batch confirmed), in one go where the store can. */
    default void putAll(Map<String, String> entries) {
        entries.forEach(this::put);
    }

    /** A state in memory: forgotten when the JVM stops. */
    static PersonSyncState inMemory() {
        java.util.concurrent.ConcurrentMap<String, String> m = new java.util.concurrent.ConcurrentHashMap<>();
        return new PersonSyncState() {
            @Override
            public String get(String key) {
                return m.get(key);
            }

            @Override
            public void put(String key, String value) {
                m.put(key, value);
            }
        };
    }
}
