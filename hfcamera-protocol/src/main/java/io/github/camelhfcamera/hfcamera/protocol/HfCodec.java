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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.camelhfcamera.hfcamera.protocol.model.DeletePersonsRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.EmptyInfo;
import io.github.camelhfcamera.hfcamera.protocol.model.PersonBatch;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonReply;

/**
 * Reads and writes protocol messages.
 * <p>
 * Reading is tolerant the way real firmware demands: numbers may come as strings ({@code "RecordID": "389"}),
 * empty strings stand for absent numbers, misspelled keys are read under both spellings, fields the model does not
 * declare are kept, fields the document sends beside {@code info} (the {@code pic} of SearchPerson-Ack) are moved
 * into it, and images are windows on the payload, decoded only when asked for.
 * <p>
 * Writing is strict: the document's wire names, numbers as numbers, absent fields left out, and the batch envelope
 * ({@code DataBegin}, {@code PersonNum}, {@code DataEnd}) derived from the batch itself, the photo of SearchPerson-Ack
 * beside {@code info} where the document puts it. {@link #encodeAsDevice}
 * writes numbers as strings, the way the firmware answers.
 * <p>
 * Thread-safe; share one instance.
 */
public final class HfCodec {

    /** Deepest JSON nesting accepted; the deepest message of the document nests 6 levels. */
    public static final int MAX_NESTING_DEPTH = 32;

    /** Top-level keys read as {@link Image} when they appear beside {@code info}. */
    private static final Set<String> IMAGE_KEYS = Set.of("pic", "scene", "scenePic", "tempic", "ImgData");

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return RecordShape.of(type);
        }
    };

    private final ObjectMapper mapper;
    private final ObjectMapper deviceMapper;
    private final ObjectReader reader;

    public HfCodec() {
        this.mapper = newMapper(false);
        this.deviceMapper = newMapper(true);
        this.reader = mapper.reader();
    }

    private static ObjectMapper newMapper(boolean numbersAsStrings) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                // error messages must not quote payload content (it may be an image)
                .errorReportConfiguration(ErrorReportConfiguration.builder()
                        .maxErrorTokenLength(32).maxRawContentLength(0).build())
                .configure(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS, numbersAsStrings)
                .build();
        JsonMapper m = JsonMapper.builder(factory)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        for (LogicalType t : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean }) {
            m.coercionConfigFor(t).setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
        }
        return m;
    }

    /** The mapper behind this codec, configured for the protocol (for converting maps and JSON into model types). */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** Converts a Map, a JSON string or bytes, or an instance into {@code type}. */
    public <T> T convert(Object value, Class<T> type) {
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        try {
            if (value instanceof String s) {
                return mapper.readValue(s, type);
            }
            if (value instanceof byte[] b) {
                return reader.forType(type).withAttribute(Image.PAYLOAD_ATTRIBUTE, b).readValue(b);
            }
            return mapper.convertValue(value, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new HfProtocolException("cannot read " + type.getSimpleName() + ": " + describe(e), e);
        }
    }

    // ---------------------------------------------------------------------------------------------- writing

    /** Writes a command (or platform reply) of the table with its info. */
    public byte[] encode(Operator operator, String messageId, Object info) {
        return encode(new HfMessage<>(operator.wireName(), messageId, null, info, Map.of()));
    }

    /** Writes a message the platform's way: numbers as numbers. */
    public byte[] encode(HfMessage<?> message) {
        return write(mapper, message, false);
    }

    /** Writes a message the firmware's way: numbers as strings (used by the simulator). */
    public byte[] encodeAsDevice(HfMessage<?> message) {
        return write(deviceMapper, message, true);
    }

    private static byte[] write(ObjectMapper m, HfMessage<?> message, boolean device) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        Object info = message.info();
        // SearchPerson-Ack carries its photo beside info, as the document shows it (section 4.4.2)
        Image picBesideInfo = null;
        if (info instanceof SearchPersonReply r && r.pic() != null) {
            picBesideInfo = r.pic();
            info = r.toBuilder().pic(null).build();
        }
        boolean batch = info instanceof PersonBatch || info instanceof DeletePersonsRequest;
        boolean command = message.operator().map(o -> o.direction() != Operator.Direction.EVENT
                && o.wireName().equals(message.operatorName())).orElse(false);
        try (JsonGenerator g = m.createGenerator(out)) {
            g.writeStartObject();
            if (message.messageId() != null) {
                g.writeStringField("messageId", message.messageId());
            }
            g.writeStringField("operator", message.operatorName());
            if (message.code() != null) {
                g.writeNumberField("code", message.code());
            }
            if (batch) {
                g.writeStringField("DataBegin", "BeginFlag");
                g.writeNumberField("PersonNum",
                        info instanceof PersonBatch pb ? pb.personNum() : ((DeletePersonsRequest) info).personNum());
            }
            if (info != null) {
                g.writeFieldName("info");
                m.writeValue(g, info);
            } else if (command && !device) {
                g.writeFieldName("info");
                m.writeValue(g, EmptyInfo.INSTANCE);
            }
            if (batch) {
                g.writeStringField("DataEnd", "EndFlag");
            }
            if (picBesideInfo != null) {
                g.writeFieldName("pic");
                m.writeValue(g, picBesideInfo);
            }
            for (Map.Entry<String, Object> e : message.envelope().entrySet()) {
                String k = e.getKey();
                if (batch && (k.equals("DataBegin") || k.equals("DataEnd") || k.equals("PersonNum"))
                        || picBesideInfo != null && k.equals("pic")) {
                    continue;
                }
                g.writeFieldName(k);
                m.writeValue(g, e.getValue());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new HfProtocolException("cannot write " + message.operatorName() + ": " + describe(e), e);
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------------------------------------- reading

    /**
     * Reads a message, typing its info by the operator it names: a command, platform reply or event of the table
     * by its name, a reply ({@code X-Ack}) by its command's reply type, anything else as a {@code Map}.
     *
     * @throws HfProtocolException when the payload is not a JSON object of the protocol
     */
    public HfMessage<Object> decode(byte[] payload) {
        return read(payload, null);
    }

    /** Reads a message whose info type the caller knows (the reply of a command it sent). */
    public HfMessage<Object> decode(byte[] payload, Class<?> infoType) {
        return read(payload, infoType);
    }

    /** Reads the device's reply to {@code command}, whatever operator name the reply carries. */
    public HfMessage<Object> decodeReply(byte[] payload, Operator command) {
        return read(payload, command.replyType() == null ? Map.class : command.replyType());
    }

    /** The info type of a wire operator name when nothing else is known. */
    public static Class<?> infoTypeOf(String operatorName) {
        if (operatorName == null) {
            return Map.class;
        }
        var op = Operator.of(operatorName);
        if (op.isPresent()) {
            return op.get().infoType();
        }
        return Operator.ofReplyName(operatorName).<Class<?>> map(Operator::replyType).orElse(Map.class);
    }

    private HfMessage<Object> read(byte[] payload, Class<?> knownType) {
        ObjectReader r = reader.withAttribute(Image.PAYLOAD_ATTRIBUTE, payload);
        String operator = null;
        String messageId = null;
        Integer code = null;
        Object info = null;
        boolean infoRead = false;
        boolean infoSkipped = false;
        Class<?> type = knownType;
        Map<String, Object> envelope = new LinkedHashMap<>();
        String field = null;
        try (JsonParser p = r.createParser(payload)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new HfProtocolException("payload is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                field = p.currentName();
                JsonToken t = p.nextToken();
                switch (field) {
                    case "operator" -> operator = scalar(p, t, field);
                    case "messageId" -> messageId = scalar(p, t, field);
                    case "code" -> code = code(p, t);
                    case "info" -> {
                        if (type == null && operator != null) {
                            type = infoTypeOf(operator);
                        }
                        if (type != null) {
                            info = t == JsonToken.VALUE_NULL ? null : r.forType(type).readValue(p);
                            infoRead = true;
                        } else {
                            p.skipChildren();
                            infoSkipped = true;
                        }
                    }
                    default -> envelope.put(field, IMAGE_KEYS.contains(field) && t == JsonToken.VALUE_STRING
                            ? r.forType(Image.class).readValue(p) : r.forType(Object.class).readValue(p));
                }
            }
            field = null;
        } catch (JsonProcessingException e) {
            throw new HfProtocolException((field == null ? "" : "field '" + field + "': ") + describe(e), e);
        } catch (IOException e) {
            throw new HfProtocolException("cannot read payload: " + e.getMessage(), e);
        }
        if (operator == null) {
            throw new HfProtocolException("payload has no 'operator'");
        }
        if (infoSkipped && !infoRead) {
            info = readInfoOnly(r, payload, infoTypeOf(operator));
        }
        if (info != null && !envelope.isEmpty()) {
            info = SHAPES.get(info.getClass()).merge(info, envelope, mapper);
        }
        return new HfMessage<>(operator, messageId, code, info, envelope);
    }

    /** Second pass for a payload whose info came before its operator. */
    private static Object readInfoOnly(ObjectReader r, byte[] payload, Class<?> type) {
        try (JsonParser p = r.createParser(payload)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals("info")) {
                    return t == JsonToken.VALUE_NULL ? null : r.forType(type).readValue(p);
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException e) {
            throw new HfProtocolException("field 'info': " + describe(e), e);
        }
    }

    private static String scalar(JsonParser p, JsonToken t, String field) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!t.isScalarValue()) {
            p.skipChildren();
            throw new HfProtocolException("field '" + field + "' must be a string, got " + t.asString());
        }
        return p.getValueAsString();
    }

    private static Integer code(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return p.getIntValue();
        }
        if (t == JsonToken.VALUE_STRING) {
            String s = p.getText().trim();
            if (s.isEmpty()) {
                return null;
            }
            try {
                return Integer.valueOf(s);
            } catch (NumberFormatException e) {
                throw new HfProtocolException("field 'code' is not a number");
            }
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        p.skipChildren();
        throw new HfProtocolException("field 'code' is not a number");
    }

    /** A description of a parse error that names the field path but never quotes the payload. */
    static String describe(Exception e) {
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : jme.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            String target = jme instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mie
                    && mie.getTargetType() != null ? " as " + mie.getTargetType().getSimpleName() : "";
            return "'" + path + "' cannot be read" + target;
        }
        if (e instanceof JsonProcessingException jpe) {
            var loc = jpe.getLocation();
            return "invalid JSON" + (loc == null ? "" : " at line " + loc.getLineNr() + " column " + loc.getColumnNr())
                    + ": " + jpe.getOriginalMessage();
        }
        return e.getMessage();
    }

    /**
     * Wire names of a record type's components, to move fields the firmware sent beside {@code info} into it.
     */
    private record RecordShape(Constructor<?> constructor, RecordComponent[] components, String[][] names) {

        static RecordShape of(Class<?> type) {
            if (!type.isRecord()) {
                return new RecordShape(null, new RecordComponent[0], new String[0][]);
            }
            RecordComponent[] comps = type.getRecordComponents();
            String[][] names = new String[comps.length][];
            Class<?>[] types = new Class<?>[comps.length];
            for (int i = 0; i < comps.length; i++) {
                types[i] = comps[i].getType();
                JsonProperty jp = comps[i].getAccessor().getAnnotation(JsonProperty.class);
                JsonAlias alias = comps[i].getAccessor().getAnnotation(JsonAlias.class);
                String[] aliases = alias == null ? new String[0] : alias.value();
                names[i] = new String[aliases.length + 1];
                names[i][0] = jp == null ? null : jp.value();
                System.arraycopy(aliases, 0, names[i], 1, aliases.length);
            }
            try {
                return new RecordShape(type.getDeclaredConstructor(types), comps, names);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        Object merge(Object info, Map<String, Object> envelope, ObjectMapper mapper) {
            if (constructor == null) {
                return info;
            }
            Object[] args = null;
            for (int i = 0; i < components.length; i++) {
                for (String name : names[i]) {
                    if (name == null || !envelope.containsKey(name)) {
                        continue;
                    }
                    try {
                        if (args == null) {
                            args = new Object[components.length];
                            for (int j = 0; j < components.length; j++) {
                                args[j] = components[j].getAccessor().invoke(info);
                            }
                        }
                        if (args[i] == null) {
                            Object v = envelope.remove(name);
                            JavaType jt = mapper.constructType(components[i].getGenericType());
                            args[i] = jt.getRawClass().isInstance(v) ? v : mapper.convertValue(v, jt);
                        }
                    } catch (ReflectiveOperationException | IllegalArgumentException e) {
                        throw new HfProtocolException("field '" + name + "' beside info cannot be read", e);
                    }
                }
            }
            if (args == null) {
                return info;
            }
            try {
                return constructor.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new HfProtocolException("cannot rebuild " + info.getClass().getSimpleName(), e);
            }
        }
    }
}
