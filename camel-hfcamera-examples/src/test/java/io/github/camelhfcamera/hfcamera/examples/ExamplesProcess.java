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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelhfcamera.hfcamera.simulator.Await;

/**
 * The examples application ({@link ExamplesApp#main}) in a JVM of its own, started with the test's classpath and
 * configured by {@code -D} properties, its output in a log file. It listens for the REST facade and the health checks
 * (Camel Main's management server on the same port) on a free port, and can be killed with SIGKILL
 * ({@code kill -9}) and started again with the same properties.
 */
final class ExamplesProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    private final Map<String, String> properties;
    private final Path log;
    private Process process;
    private int starts;

    private ExamplesProcess(String name, int port, Map<String, String> properties, Path log) {
        this.name = name;
        this.port = port;
        this.properties = properties;
        this.log = log;
    }

    /**
     * A process named {@code name} (its MQTT clientId) with these properties and the ones every instance needs:
     * the HTTP port, the login token, the health checks, no HR timer, no events-to-files route.
     */
    static ExamplesProcess create(String name, Map<String, String> properties, Path logDir) throws IOException {
        int port = ExamplesFixture.freePort();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("camel.component.hfcamera.clientId", name);
        p.put("camel.server.port", Integer.toString(port));
        p.put("camel.management.enabled", "true");
        p.put("camel.management.port", Integer.toString(port));
        p.put("camel.management.healthCheckEnabled", "true");
        p.put("camel.health.exposureLevel", "full");
        p.put("examples.auth.token", ExamplesFixture.TOKEN);
        p.put("examples.yamlRoutes", "classpath:routes/snapshot.yaml");
        p.put("examples.console.types", "DeviceOnline");
        p.put("hr.enabled", "false");
        p.putAll(properties);
        return new ExamplesProcess(name, port, p, logDir.resolve(name + ".log"));
    }

    /** Starts the JVM (again, after {@link #kill()}); returns at once, see {@link #awaitReady}. */
    synchronized ExamplesProcess start() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is running");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // small JVMs: three of them, the broker, PostgreSQL or Kafka and the cameras share two cores
        cmd.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.log.io.github.camelhfcamera.hfcamera.examples=info"));
        properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        // the module's test classpath (target/classes, the dependencies), as Surefire gives it to the test JVM
        cmd.addAll(List.of("-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                ExamplesApp.class.getName()));
        starts++;
        Files.writeString(log, "---- start " + starts + " of " + name + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return this;
    }

    /** Waits until {@code /observe/health/ready} answers 200: routes started, the hfcamera checks UP. */
    void awaitReady(Duration timeout) {
        Await.until(() -> {
            if (!isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + "; its log:\n" + log());
            }
            return status("/observe/health/ready") == 200;
        }, timeout, name + " ready on port " + port);
    }

    /** HTTP status of a GET, -1 when nothing answers. */
    int status(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** A POST to the REST facade with the token; the answer. */
    HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + ExamplesFixture.TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    synchronized long pid() {
        return process.pid();
    }

    /** {@code kill -9} of the OS process, and waits until it is gone. */
    void kill() throws InterruptedException {
        ProcessHandle handle;
        synchronized (this) {
            handle = ProcessHandle.of(process.pid()).orElseThrow(() -> new AssertionError(name + " is not running"));
        }
        // SIGKILL on Linux: no shutdown hook, no graceful stop of the routes, the sockets just close
        handle.destroyForcibly();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " (pid " + handle.pid() + ") did not die from SIGKILL within 20 s");
        }
    }

    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Kills the process if it still runs. */
    @Override
    public void close() {
        Process p;
        synchronized (this) {
            p = process;
        }
        if (p != null && p.isAlive()) {
            p.destroyForcibly();
            try {
                p.waitFor(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
