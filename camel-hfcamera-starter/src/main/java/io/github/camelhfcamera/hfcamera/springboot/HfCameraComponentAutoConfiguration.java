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

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Configures the {@code hfcamera} component from {@code camel.component.hfcamera.*}, the way Camel's own component
 * starters do: a {@link ComponentCustomizer} that copies the options set in {@link HfCameraComponentConfiguration}
 * onto the component when Camel creates it. Turned off with {@code camel.component.hfcamera.enabled=false} (or
 * {@code camel.component.enabled=false}), the customizer alone with {@code camel.component.hfcamera.customizer
 * .enabled=false}.
 * <p>
 * Only the options that are set are copied, {@code configuration} (a shared HfCameraConfiguration bean) first, so
 * that the other options set change that bean and the unset ones keep its values. The health checks and the meters
 * need nothing here: the component registers its checks in Camel's HealthCheckRegistry, which Camel Spring Boot
 * shows in Actuator's health endpoint, and binds its meters to the MeterRegistry it finds in the Camel registry
 * (the Spring context), which Actuator's Prometheus endpoint scrapes.
 */
@AutoConfiguration(after = { CamelAutoConfiguration.class, HfCameraComponentConverter.class })
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, HfCameraComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.hfcamera" })
public class HfCameraComponentAutoConfiguration {

    private final ApplicationContext applicationContext;
    private final HfCameraComponentConfiguration configuration;

    public HfCameraComponentAutoConfiguration(ApplicationContext applicationContext,
                                              HfCameraComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.configuration = configuration;
    }

    @Lazy
    @Bean
    public ComponentCustomizer configureHfCameraComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelContext context = target.getCamelContext();
                Map<String, Object> options = new LinkedHashMap<>(
                        CamelPropertiesHelper.getNonNullProperties(context, configuration));
                // the switches of the starter, not options of the component
                options.remove("enabled");
                options.remove("customizer");
                Object shared = options.remove("configuration");
                if (shared != null) {
                    CamelPropertiesHelper.setCamelProperties(context, target,
                            new LinkedHashMap<>(Map.of("configuration", shared)), true);
                }
                // every name is an option of the component (the configuration class is generated from them)
                CamelPropertiesHelper.setCamelProperties(context, target, options, true);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.hfcamera.customizer") && target instanceof HfCameraComponent;
            }
        };
    }
}
