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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.github.camelhfcamera.hfcamera.examples.console.ConsoleFeed;
import io.github.camelhfcamera.hfcamera.examples.console.ConsoleRoutes;
import io.github.camelhfcamera.hfcamera.examples.console.ConsoleSecurity;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.component.platform.http.main.MainHttpServer;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * The examples as one Camel Main application: HR sync (Java DSL), REST facade and fleet console (Java DSL, behind
 * the login of {@link ConsoleSecurity}: {@code examples.auth.password} or {@code HFCAMERA_CONSOLE_PASSWORD}),
 * snapshots (YAML DSL) and events to an output folder (YAML DSL), to Kafka (Java DSL, {@code examples.kafka=true}),
 * to PostgreSQL exactly once across instances (Java DSL, {@code examples.jdbc=true}, {@link EventsToJdbcRoutes}), to an
 * HTTP service ({@code webhook.url}) or to an MQTT 5 broker ({@code bridge.brokerUrl}). Several instances split one
 * fleet with {@code camel.component.hfcamera.clientId} (one per instance) and the same
 * {@code camel.component.hfcamera.sharedSubscriptionGroup} (docs/scaling.md). The HTTP server
 * listens on {@code 127.0.0.1} unless {@code camel.server.host} is set. Configuration is
 * Camel Main's: {@code application.properties} on the classpath, then system properties and environment
 * variables ({@code camel.component.hfcamera.brokerUrl}, {@code hr.source}, ...).
 */
public final class ExamplesApp {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExamplesApp.class);

    private ExamplesApp() {
    }

    /** Camel Main with the example routes and the given properties; start it with {@code start()} or {@code run()}. */
    public static Main create(Map<String, String> properties) {
        Main main = new Main();
        properties.forEach(main::addInitialProperty);
        main.addInitialProperty("camel.server.enabled", "true");
        // this machine only, unless an address is configured
        main.addInitialProperty("camel.server.host", properties.getOrDefault("camel.server.host", "127.0.0.1"));
        main.configure().withRoutesIncludePattern(properties.getOrDefault("examples.yamlRoutes",
                // named, not a wildcard: scanning the 60 MB demo jar for *.yaml takes half a minute
                "classpath:routes/events-to-files.yaml,classpath:routes/snapshot.yaml"));
        main.configure().addRoutesBuilder(new HrSyncRoutes());
        main.configure().addRoutesBuilder(new RestFacadeRoutes());
        ConsoleFeed feed = new ConsoleFeed(consoleDir(properties),
                Integer.parseInt(properties.getOrDefault("examples.console.keep", "200")));
        main.bind("consoleFeed", feed);
        main.configure().addRoutesBuilder(new ConsoleRoutes(feed));
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport m) {
                CamelContext context = m.getCamelContext();
                // the login and the event stream go onto the HTTP server before any route serves a request
                ConsoleSecurity security = ConsoleSecurity.fromProperties(context.getPropertiesComponent());
                context.getRegistry().bind("consoleSecurity", security);
                try {
                    context.addStartupListener(new StartupListener() {
                    @Override
                    public void onCamelContextStarted(CamelContext ctx, boolean alreadyStarted) {
                        // called before the routes start (its javadoc: "about to be fully started")
                        installOnServer(ctx, security, feed);
                    }

                    @Override
                    public void onCamelContextFullyStarted(CamelContext ctx, boolean alreadyStarted) {
                        LOG.info("REST facade on {}/api/, console on {}/console/ (login: user {})",
                                boundAddress(ctx), boundAddress(ctx), security.user());
                    }
                    });
                } catch (Exception e) {
                    throw new IllegalStateException("cannot install the console's login", e);
                }
            }

            @Override
            public void afterStop(BaseMainSupport m) {
                feed.close();
            }
        });
        if (properties.containsKey("webhook.url")) {
            main.configure().addRoutesBuilder(new EventsToWebhookRoutes());
        }
        if (properties.containsKey("bridge.brokerUrl")) {
            main.configure().addRoutesBuilder(new EventsToMqttRoutes());
        }
        if (Boolean.parseBoolean(properties.getOrDefault("examples.kafka", "false"))) {
            main.configure().addRoutesBuilder(new EventsToKafkaRoutes());
        }
        if (Boolean.parseBoolean(properties.getOrDefault("examples.jdbc", "false"))) {
            main.configure().addRoutesBuilder(new EventsToJdbcRoutes());
        }
        String eventsDir = properties.getOrDefault("events.dir", "hfcamera-events");
        main.bind("eventFiles", new EventFiles(eventsDir));
        main.addInitialProperty("events.dir", eventsDir);
        return main;
    }

    private static void installOnServer(CamelContext context, ConsoleSecurity security, ConsoleFeed feed) {
        MainHttpServer server = context.hasService(MainHttpServer.class);
        if (server == null || server.getRouter() == null) {
            throw new IllegalStateException("Camel Main's HTTP server is not there (camel.server.enabled=true)");
        }
        security.install(server.getRouter());
        feed.install(server.getRouter());
    }

    /** The address the HTTP server is bound to, {@code http://host:port}, once started. */
    public static String boundAddress(CamelContext context) {
        MainHttpServer server = context.hasService(MainHttpServer.class);
        if (server == null) {
            throw new IllegalStateException("Camel Main's HTTP server is not there");
        }
        String host = server.getHost();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.getPort();
    }

    private static Path consoleDir(Map<String, String> properties) {
        String dir = properties.get("examples.console.dir");
        try {
            return dir != null ? Path.of(dir) : Files.createTempDirectory("hfcamera-console");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the console's image cache", e);
        }
    }

    /** Runs the examples; configure them with -D system properties (the prefixes camel., hr., events., ...). */
    public static void main(String[] args) throws Exception {
        Map<String, String> props = new java.util.LinkedHashMap<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.matches("(camel|examples|events|hr|snapshot|kafka|jdbc|webhook|bridge)\\..+")) {
                props.put(name, System.getProperty(name));
            }
        }
        Main main = create(props);
        main.run(args);
    }
}
