package io.github.camelhfcamera.hfcamera.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Immutable copies for the model's record components: lists and the map of fields the document does not list.
 */
public final class Values {

    private Values() {
    }

    /** An unmodifiable copy of the list, or {@code null} when absent (absent and empty differ on the wire). */
    public static <T> List<T> list(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** An unmodifiable copy of the unknown fields, never {@code null}. */
    public static Map<String, Object> unknown(Map<String, Object> unknown) {
        return unknown == null || unknown.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(unknown));
    }
}
