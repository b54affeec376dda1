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
package io.github.camelhfcamera.hfcamera.kamelets;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.Jpegs;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A new user's first day: a fresh Maven project with nothing but the dependencies, properties and routes of
 * docs/kamelets/README.md ("What to add to a project", "Camel Main"), run with Camel Main against a simulated camera
 * on an embedded broker. Each Kamelet must work from what camel-hfcamera-kamelets brings by itself.
 * <p>
 * The project's own artifacts reach the throw-away build through a local repository of its own under target/: this
 * build's jars and poms (parent included), and links to everything else of ~/.m2 (what the inner build downloads
 * goes there too).
 */
class KameletDependenciesIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern FILE = Pattern.compile("`(src/main/resources/[^`]+)`");

    private final Path work = Path.of(System.getProperty("it.dir", "target/kamelet-dependencies-it"));
    private final String version = System.getProperty("project.version");

    @Test
    void theDocumentedProjectRunsEachKameletAgainstACamera() throws Exception {
        deleteTree(work);
        Path repo = repository();
        Path project = project();
        String classPath = resolve(project, repo);
        assertThat(classPath).as("the Kamelets bring their runtime")
                .contains("camel-hfcamera-component-" + version + ".jar", "camel-kamelet-", "camel-yaml-dsl-",
                        "camel-jackson-")
                .doesNotContain("camel-hfcamera-simulator");

        byte[] jpeg = Jpegs.jpeg(20_000);
        HttpServer photos = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        photos.createContext("/photos/", ex -> {
            ex.getResponseHeaders().add("Content-Type", "image/jpeg");
            ex.sendResponseHeaders(200, jpeg.length);
            ex.getResponseBody().write(jpeg);
            ex.close();
        });
        photos.start();
        Path log = work.resolve("app.log");
        try (EmbeddedBroker broker = EmbeddedBroker.create();
             SimulatedFleet fleet = CameraSimulator.builder().brokerUrl(broker.brokerUrl()).deviceIds("door-1")
                     .heartbeatInterval(Duration.ofMillis(500)).fastBatches().resumeMode(true)
                     .resendInterval(Duration.ofSeconds(1)).start()) {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            // the documented properties stay as written; the test's broker and photo server override them
            cmd.add("-Dhfcamera.broker=" + broker.brokerUrl());
            cmd.add("-Dstaff.photos=http://127.0.0.1:" + photos.getAddress().getPort() + "/photos");
            cmd.add("-cp");
            cmd.add(project.resolve("src/main/resources") + File.pathSeparator + classPath);
            cmd.add("org.apache.camel.main.Main");
            Process running = new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            try {
                flows(running, fleet, log);
            } finally {
                // before the broker stops
                running.destroy();
                if (!running.waitFor(20, TimeUnit.SECONDS)) {
                    running.destroyForcibly();
                }
            }
        } finally {
            photos.stop(0);
        }
    }

    /** Each Kamelet at work: the persons sink, the events source (a record, the status), the command action. */
    private static void flows(Process running, SimulatedFleet fleet, Path log) throws IOException {
        // persons sink: the person reached the camera
        await().atMost(WAIT).until(() -> fleet.camera("door-1").person("E1001").isPresent() || !isAlive(running));
        assertThat(output(log)).as("the application runs").doesNotContain("Exception");
        assertThat(fleet.camera("door-1").person("E1001")).map(Person::name).hasValue("Ada Lovelace");

        // events source: a record and the status, as the event JSON
        long id = fleet.camera("door-1").pushRecord().id();
        await().atMost(WAIT).until(() -> output(log).contains("\"operator\":\"RecPush\"") || !isAlive(running));
        String out = output(log);
        assertThat(out).contains("\"recordId\":" + id, "\"deviceId\":\"door-1\"", "\"group\":\"recognition\"");
        await().atMost(WAIT).until(() -> output(log).contains("\"operator\":\"DeviceOnline\"") || !isAlive(running));
        // command action: the clock's reply
        await().atMost(WAIT).until(() -> output(log).contains("SysTime") || !isAlive(running));
        // the Pipe: the alarms in a log of their own
        fleet.camera("door-1").pushEvent(Operator.FIRE_SMOKE_SNAP_PUSH);
        await().atMost(WAIT).until(() -> output(log).contains("INFO alarms - ") || !isAlive(running));
        assertThat(output(log).lines().filter(l -> l.contains("INFO alarms - ")).toList())
                .allMatch(l -> l.contains("\"operator\":\"FireSmokeSnapPush\"") && l.contains("\"group\":\"alarm\""));
        assertThat(output(log)).contains("SysTime", "\"operator\":\"DeviceOnline\"")
                .doesNotContain("ERROR", "Exception");
        await().atMost(WAIT).until(() -> fleet.camera("door-1").pendingAcks() == 0);
    }

    private static boolean isAlive(Process p) {
        return p.isAlive();
    }

    private static String output(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** The README's dependency blocks, properties and routes, as a user would copy them. */
    private Path project() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("readme", "../docs/kamelets/README.md")));
        String section = readme.substring(readme.indexOf("## What to add to a project"),
                readme.indexOf("## Plain Camel"));
        StringBuilder deps = new StringBuilder();
        Map<String, String> files = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(section);
        int last = 0;
        while (m.find()) {
            if (m.group(1).equals("xml")) {
                deps.append(m.group(2));
            } else if (m.group(1).equals("properties") || m.group(1).equals("yaml")) {
                // the file a block goes to is the last one the text before it names
                Matcher name = FILE.matcher(section.substring(last, m.start()));
                String file = null;
                while (name.find()) {
                    file = name.group(1);
                }
                assertThat(file).as("the file of the block at %d", m.start()).isNotNull();
                files.put(file, m.group(2));
            }
            last = m.end();
        }
        assertThat(deps.toString()).contains("<artifactId>camel-hfcamera-kamelets</artifactId>",
                "<version>" + version + "</version>");
        // the versions the README names are this build's
        Matcher v = Pattern.compile("<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*"
                + "<version>([^<]+)</version>").matcher(deps);
        while (v.find()) {
            String expected = v.group(1).equals("org.apache.camel") ? System.getProperty("camel.version")
                    : v.group(1).equals("org.slf4j") ? System.getProperty("slf4j.version") : version;
            assertThat(v.group(3)).as("the README's version of %s", v.group(2)).isEqualTo(expected);
        }
        assertThat(files).containsKeys("src/main/resources/application.properties",
                "src/main/resources/camel/hfcamera.yaml", "src/main/resources/camel/hfcamera-alarms.pipe.yaml");
        Path project = work.resolve("app");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.createDirectories(project.resolve(f.getKey()).getParent());
            Files.writeString(project.resolve(f.getKey()), f.getValue());
        }
        Files.writeString(project.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>example</groupId>
                  <artifactId>first-day</artifactId>
                  <version>1.0</version>
                  <dependencies>
                %s
                  </dependencies>
                </project>
                """.formatted(deps));
        return project;
    }

    /**
     * One Maven run, online as a new user's would be: the class path of the throw-away project. Offline, it failed on a
     * fresh ~/.m2: the documented project resolves the versions the dependencies declare (HiveMQ's Netty 4.1.127), not
     * the ones this build manages (4.1.128), and only those were there.
     */
    private String resolve(Path project, Path repo) throws Exception {
        Path cp = work.resolve("classpath.txt");
        Path mavenLog = work.resolve("mvn.log");
        String mvn = Path.of(System.getProperty("maven.home", "/usr/share/maven"), "bin", "mvn").toString();
        Process p = new ProcessBuilder(mvn, "-B", "-ntp", "-q", "-Dmaven.repo.local=" + repo.toAbsolutePath(),
                "org.apache.maven.plugins:maven-dependency-plugin:"
                        + System.getProperty("it.dependency-plugin.version", "3.8.1") + ":build-classpath",
                "-Dmdep.outputFile=" + cp.toAbsolutePath(), "-Dmdep.includeScope=runtime")
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(mavenLog.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("mvn build-classpath finished").isTrue();
        assertThat(p.exitValue()).as("mvn build-classpath: %s", Files.readString(mavenLog)).isZero();
        return Files.readString(cp).trim();
    }

    /**
     * A local repository: this build's artifacts of the project under io/github/camelhfcamera, a link to each other
     * entry of ~/.m2/repository (the inner build installs nothing; what it downloads lands in ~/.m2 through the links).
     */
    private Path repository() throws IOException {
        Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository");
        Path repo = work.resolve("repository");
        Path own = linkAllBut(m2, repo, List.of("io", "github", "camelhfcamera"));
        Path root = Path.of(System.getProperty("root.dir", ".."));
        install(own, "camel-hfcamera-parent", root.resolve("pom.xml"), null);
        install(own, "hfcamera-protocol", root.resolve("hfcamera-protocol/pom.xml"),
                root.resolve("hfcamera-protocol/target/hfcamera-protocol-" + version + ".jar"));
        install(own, "hfcamera-client", root.resolve("hfcamera-client/pom.xml"),
                root.resolve("hfcamera-client/target/hfcamera-client-" + version + ".jar"));
        install(own, "camel-hfcamera-component", root.resolve("camel-hfcamera-component/pom.xml"),
                root.resolve("camel-hfcamera-component/target/camel-hfcamera-component-" + version + ".jar"));
        install(own, "camel-hfcamera-kamelets", root.resolve("kamelets/pom.xml"),
                root.resolve("kamelets/target/camel-hfcamera-kamelets-" + version + ".jar"));
        return repo;
    }

    private static Path linkAllBut(Path from, Path to, List<String> path) throws IOException {
        Files.createDirectories(to);
        if (path.isEmpty()) {
            return to;
        }
        try (Stream<Path> entries = Files.list(from)) {
            for (Path e : entries.toList()) {
                String name = e.getFileName().toString();
                if (!name.equals(path.get(0))) {
                    Files.createSymbolicLink(to.resolve(name), e.toAbsolutePath());
                }
            }
        }
        return linkAllBut(from.resolve(path.get(0)), to.resolve(path.get(0)), path.subList(1, path.size()));
    }

    private void install(Path own, String artifactId, Path pom, Path jar) throws IOException {
        Path dir = own.resolve(artifactId).resolve(version);
        Files.createDirectories(dir);
        Files.copy(pom, dir.resolve(artifactId + "-" + version + ".pom"));
        if (jar != null) {
            assertThat(jar).as("packaged by this build (run the kamelets module with -am)").exists();
            Files.copy(jar, dir.resolve(artifactId + "-" + version + ".jar"));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // links are deleted, never followed: ~/.m2 stays as it is
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
