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
package io.github.camelhfcamera.hfcamera.springboot;

import java.util.LinkedHashSet;
import java.util.Set;

import io.github.camelhfcamera.hfcamera.HfCameraConfiguration;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * The object options of {@code camel.component.hfcamera.*} given as a bean reference, {@code #bean:name} or
 * {@code #name}: every option of type object in the component's metadata ({@code sslContextParameters},
 * {@code idempotentRepository}, {@code syncStateRepository}, {@code configuration}, ...). A value that is not a
 * reference, or names no bean of the type, fails the binding with the property's name.
 */
@AutoConfiguration
@ConfigurationPropertiesBinding
public class HfCameraComponentConverter implements GenericConverter {

    private final ApplicationContext applicationContext;

    public HfCameraComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    /**
     * A reference for every object option of the component, read from its own metadata ({@code hfcamera.json}), so
     * that an option added to the component is bound without a change here.
     */
    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        Set<ConvertiblePair> types = new LinkedHashSet<>();
        String json = "META-INF/io/github/camelhfcamera/hfcamera/hfcamera.json";
        try (java.io.InputStream in = HfCameraConfiguration.class.getClassLoader().getResourceAsStream(json)) {
            if (in == null) {
                throw new IllegalStateException(json + " is not on the classpath");
            }
            com.fasterxml.jackson.databind.JsonNode options = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(in).path("componentProperties");
            for (com.fasterxml.jackson.databind.JsonNode option : options) {
                if ("object".equals(option.path("type").asText())) {
                    String javaType = option.path("javaType").asText();
                    int generic = javaType.indexOf('<');
                    types.add(new ConvertiblePair(String.class, Class.forName(
                            generic < 0 ? javaType : javaType.substring(0, generic), false,
                            HfCameraConfiguration.class.getClassLoader())));
                }
            }
        } catch (java.io.IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read the object options of " + json + ": " + e, e);
        }
        return types;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String ref = source.toString().trim();
        if (!ref.startsWith("#")) {
            throw new IllegalArgumentException("'" + ref + "' is not a bean reference: a "
                    + targetType.getType().getSimpleName() + " option takes #bean:name (or #name)");
        }
        ref = ref.startsWith("#bean:") ? ref.substring("#bean:".length()) : ref.substring(1);
        try {
            return applicationContext.getBean(ref, targetType.getType());
        } catch (NoSuchBeanDefinitionException e) {
            throw new IllegalArgumentException("no bean named '" + ref + "' of type "
                    + targetType.getType().getName() + " in the application context", e);
        }
    }
}
