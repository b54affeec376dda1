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
package io.github.camelhfcamera.hfcamera.protocol.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.camelhfcamera.hfcamera.protocol.Checks;
import io.github.camelhfcamera.hfcamera.protocol.HfInfo;
import io.github.camelhfcamera.hfcamera.protocol.Values;

import java.util.List;
import java.util.Map;

/**
 * A point of an area or a line, in units of the config's scale (0..scale).
 * <p>
 * Wire names: {@code x}, {@code y}. Fields the document does not list are kept in
 * {@link #unknown()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "x", "y" })
public record Point(
        @JsonProperty("x") Integer x,
        @JsonProperty("y") Integer y,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfInfo {

    public Point {
        unknown = Values.unknown(unknown);
    }

    /**
     * Checks lines or areas: every point present, with x and y within 0..scale; errors name the point, for example
     * {@code info.lineConf.lines[2][0].x}.
     */
    public static void validateShapes(String path, List<List<Point>> shapes, int scale) {
        if (shapes == null) {
            return;
        }
        for (int i = 0; i < shapes.size(); i++) {
            List<Point> shape = shapes.get(i);
            Checks.required(path + "[" + i + "]", shape);
            for (int j = 0; j < shape.size(); j++) {
                String at = path + "[" + i + "][" + j + "]";
                Checks.required(at, shape.get(j));
                shape.get(j).validate(at, scale);
            }
        }
    }

    /** Checks that x and y are given and within 0..scale; {@code path} names this point, e.g. {@code info.lineConf.lines[2][0]}. */
    public void validate(String path, int scale) {
        Checks.requiredRange(path + ".x", x, 0, scale);
        Checks.requiredRange(path + ".y", y, 0, scale);
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.x = x;
        b.y = y;
        b.unknown = unknown;
        return b;
    }

    /** Builds {@link Point} values. */
    public static final class Builder {
        private Integer x;
        private Integer y;
        private Map<String, Object> unknown;

        private Builder() {
        }

        /** Wire name {@code x}. */
        public Builder x(Integer x) {
            this.x = x;
            return this;
        }

        /** Wire name {@code y}. */
        public Builder y(Integer y) {
            this.y = y;
            return this;
        }

        /** Fields the document does not list, written as given. */
        public Builder unknown(Map<String, Object> unknown) {
            this.unknown = unknown;
            return this;
        }

        public Point build() {
            return new Point(x, y, unknown);
        }
    }
}
