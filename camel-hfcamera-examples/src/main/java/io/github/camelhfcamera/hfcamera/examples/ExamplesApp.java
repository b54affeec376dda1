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
package io.github.camelhfcamera.hfcamera.examples;

import java.util.Map;

import org.apache.camel.main.Main;

/**
 * The examples as one Camel Main application: HR sync (Java DSL), REST facade (Java DSL), snapshots (YAML DSL) and
 * events to an output folder (YAML DSL) or to Kafka (Java DSL, {@code examples.kafka=true}). Configuration is
 * Camel Main's: {@code application.properties} on the classpath, then system properties and environment
 * variables ({@code camel.component.hfcamera.brokerUrl}, {@code hr.source}, ...).
 */
public final class ExamplesApp {

    private ExamplesApp() {
    }

    /** Camel Main with the example routes and the given properties; start it with {@code start()} or {@code run()}. */
    public static Main create(Map<String, String> properties) {
        Main main = new Main();
        properties.forEach(main::addInitialProperty);
        main.addInitialProperty("camel.server.enabled", "true");
        main.configure().withRoutesIncludePattern(properties.getOrDefault("examples.yamlRoutes",
                // named, not a wildcard: scanning the 60 MB demo jar for *.yaml takes half a minute
                "classpath:routes/events-to-files.yaml,classpath:routes/snapshot.yaml"));
        main.configure().addRoutesBuilder(new HrSyncRoutes());
        main.configure().addRoutesBuilder(new RestFacadeRoutes());
        if (Boolean.parseBoolean(properties.getOrDefault("examples.kafka", "false"))) {
            main.configure().addRoutesBuilder(new EventsToKafkaRoutes());
        }
        String eventsDir = properties.getOrDefault("events.dir", "hfcamera-events");
        main.bind("eventFiles", new EventFiles(eventsDir));
        main.addInitialProperty("events.dir", eventsDir);
        return main;
    }

    /** Runs the examples; configure them with -D system properties (the prefixes camel., hr., events., ...). */
    public static void main(String[] args) throws Exception {
        Map<String, String> props = new java.util.LinkedHashMap<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.matches("(camel|examples|events|hr|snapshot|kafka)\\..+")) {
                props.put(name, System.getProperty(name));
            }
        }
        Main main = create(props);
        main.run(args);
    }
}
