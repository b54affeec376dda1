package io.github.camelhfcamera.hfcamera.protocol.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.camelhfcamera.hfcamera.protocol.HfInfo;
import io.github.camelhfcamera.hfcamera.protocol.Values;

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
