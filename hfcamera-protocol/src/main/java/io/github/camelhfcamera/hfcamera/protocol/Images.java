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

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;

import io.github.camelhfcamera.hfcamera.protocol.Image;

/** Drops the image fields of a model record, so that an event no longer holds its payload's image data. */
public final class Images {

    private static final ClassValue<Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return null;
            }
            RecordComponent[] comps = type.getRecordComponents();
            Class<?>[] types = new Class<?>[comps.length];
            boolean hasImage = false;
            for (int i = 0; i < comps.length; i++) {
                types[i] = comps[i].getType();
                hasImage |= types[i] == Image.class;
            }
            if (!hasImage) {
                return null;
            }
            try {
                return type.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
    };

    private Images() {
    }

    /** The same record with every {@link Image} component set to {@code null}; other values are returned as they are. */
    @SuppressWarnings("unchecked")
    public static <T> T strip(T value) {
        if (value == null) {
            return null;
        }
        Constructor<?> ctor = CONSTRUCTORS.get(value.getClass());
        if (ctor == null) {
            return value;
        }
        RecordComponent[] comps = value.getClass().getRecordComponents();
        Object[] args = new Object[comps.length];
        try {
            for (int i = 0; i < comps.length; i++) {
                args[i] = comps[i].getType() == Image.class ? null : comps[i].getAccessor().invoke(value);
            }
            return (T) ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot drop the images of " + value.getClass().getSimpleName(), e);
        }
    }
}
