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

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import org.apache.camel.spi.UriParam;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shared option either selects the connection (it is in the connection key, so an endpoint overriding it gets
 * a connection with that value) or is a per-request option the producers read themselves: an option added to
 * HfCameraConfiguration and forgotten in the key would silently use another endpoint's connection.
 */
class HfCameraConnectionKeyTest {

    /**
     * Read by the producers and consumers per endpoint, never by the connection (the photo server options select
     * the photo server, HfCameraConfiguration.photoServerKey, not the connection).
     */
    private static final Set<String> PER_REQUEST = Set.of("requestTimeout", "batchTimeout", "busyRetryDelay",
            "dropImages", "sendToOfflineDevices", "syncStateRepository", "maxDeletes", "preparePhotos", "photoServer",
            "photoServerHost", "photoServerPort", "photoServerAdvertisedHost", "photoServerSslContextParameters");

    @Test
    void everyOptionIsInTheConnectionKeyOrPerRequest() throws Exception {
        Set<String> notInKey = new TreeSet<>();
        for (Field f : HfCameraConfiguration.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.getAnnotation(UriParam.class) == null) {
                continue;
            }
            HfCameraConfiguration base = new HfCameraConfiguration();
            HfCameraConfiguration changed = base.copy();
            f.setAccessible(true);
            f.set(changed, otherValue(f, f.get(base)));
            if (base.connectionKey().equals(changed.connectionKey())) {
                notInKey.add(f.getName());
            }
        }
        assertThat(notInKey).as("options that do not select the connection").isEqualTo(new TreeSet<>(PER_REQUEST));
    }

    private static Object otherValue(Field f, Object current) {
        Class<?> t = f.getType();
        if (t == String.class) {
            return current + "-other";
        } else if (t == boolean.class) {
            return !(Boolean) current;
        } else if (t == int.class) {
            return (Integer) current + 1;
        } else if (t == long.class) {
            return (Long) current + 1;
        } else if (t == SSLContextParameters.class) {
            return new SSLContextParameters();
        } else if (t == org.apache.camel.spi.IdempotentRepository.class) {
            return new MemoryIdempotentRepository();
        } else if (t == org.apache.camel.spi.StateRepository.class) {
            return new org.apache.camel.support.processor.state.MemoryStateRepository();
        }
        throw new AssertionError("add a value for " + f.getName() + " of type " + t);
    }
}
