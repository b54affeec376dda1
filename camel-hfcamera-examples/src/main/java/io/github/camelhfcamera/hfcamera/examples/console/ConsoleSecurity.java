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
package io.github.camelhfcamera.hfcamera.examples.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelhfcamera.hfcamera.protocol.DeviceIds;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.spi.PropertiesComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The login in front of the REST facade and the console. Every path of the HTTP server needs a credential except
 * the console's static files under {@code /console/} (they carry no data; the page asks for the login itself) and
 * the health probes. The cameras download the HR photos from the component's photo server instead, behind one-time
 * URLs, not from here.
 * <p>
 * A request is let through with one of:
 * <ul>
 * <li>{@code Authorization: Basic} with {@code examples.auth.user} [{@code admin}] and {@code examples.auth.password}
 * (else the environment variable {@value #PASSWORD_ENV});</li>
 * <li>{@code Authorization: Bearer} with {@code examples.auth.token} (when set);</li>
 * <li>the session cookie {@value #COOKIE} that {@code POST /api/login} (itself behind the two above) hands out:
 * {@code HttpOnly}, {@code SameSite=Strict}, valid {@code examples.auth.sessionHours} [8] hours. The browser sends
 * it with the event stream and the thumbnails, which cannot carry an {@code Authorization} header.</li>
 * </ul>
 * Anything else answers 401. Without a password nor a token the application does not start.
 * <p>
 * It is a handler on the Vert.x router of Camel Main's HTTP server ({@code camel.server.*}), ordered before every
 * route, so that it also guards the YAML routes and the paths no route serves. Camel Main's own
 * {@code camel.server.authenticationEnabled} guards one path pattern from a properties file of plain passwords, which
 * would leave the console's page or the health probes behind a login they cannot give.
 */
public final class ConsoleSecurity {

    /** The environment variable read when {@code examples.auth.password} is not set. */
    public static final String PASSWORD_ENV = "HFCAMERA_CONSOLE_PASSWORD";
    /** The session cookie's name. */
    public static final String COOKIE = "hfconsole";
    /** A request carrying this header (the console's) gets a 401 without {@code WWW-Authenticate}. */
    public static final String NO_CHALLENGE = "X-HfConsole";

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleSecurity.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String user;
    private final byte[] password;
    private final byte[] token;
    private final Duration sessionTtl;
    private final Map<String, Instant> sessions = new ConcurrentHashMap<>();

    public ConsoleSecurity(String user, String password, String token, Duration sessionTtl) {
        if (user == null || user.isBlank() || user.contains(":")) {
            throw new IllegalArgumentException("examples.auth.user must be a non-empty name without ':'");
        }
        boolean noPassword = password == null || password.isEmpty();
        boolean noToken = token == null || token.isEmpty();
        if (noPassword && noToken) {
            throw new IllegalArgumentException("examples.auth.password (or the environment variable " + PASSWORD_ENV
                    + ", or examples.auth.token) is required: the REST facade and the console answer only with a "
                    + "login");
        }
        if (!noPassword && password.length() < 8) {
            throw new IllegalArgumentException("examples.auth.password must have at least 8 characters, had "
                    + password.length());
        }
        if (!noToken && token.length() < 16) {
            throw new IllegalArgumentException("examples.auth.token must have at least 16 characters, had "
                    + token.length());
        }
        this.user = user;
        this.password = noPassword ? null : password.getBytes(StandardCharsets.UTF_8);
        this.token = noToken ? null : token.getBytes(StandardCharsets.UTF_8);
        this.sessionTtl = sessionTtl;
    }

    /** From {@code examples.auth.user}, {@code examples.auth.password}, {@code examples.auth.token}, ... */
    public static ConsoleSecurity fromProperties(PropertiesComponent pc) {
        String hours = pc.resolveProperty("examples.auth.sessionHours").orElse("8");
        long h;
        try {
            h = Long.parseLong(hours.trim());
        } catch (NumberFormatException e) {
            h = -1;
        }
        if (h < 1 || h > 24 * 30) {
            throw new IllegalArgumentException("examples.auth.sessionHours must be 1..720, was '"
                    + DeviceIds.printable(hours) + "'");
        }
        return new ConsoleSecurity(pc.resolveProperty("examples.auth.user").orElse("admin"),
                pc.resolveProperty("examples.auth.password").orElseGet(() -> System.getenv(PASSWORD_ENV)),
                pc.resolveProperty("examples.auth.token").orElse(null), Duration.ofHours(h));
    }

    /** A random password of 20 characters (letters and digits), for the demo. */
    public static String generatePassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        StringBuilder b = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    public String user() {
        return user;
    }

    /**
     * Puts the login in front of every route of the HTTP server on {@code port}, and adds {@code POST /api/login}
     * and {@code POST /api/logout}. Called once Camel Main's HTTP server exists, before the routes start.
     */
    public void install(CamelContext context, int port) {
        VertxPlatformHttpRouter router = VertxPlatformHttpRouter.lookup(context,
                VertxPlatformHttpRouter.getRouterNameFromPort(port));
        if (router == null) {
            throw new IllegalStateException("no platform-http router for port " + port
                    + ": camel.server.enabled must be true");
        }
        install(router);
    }

    public void install(Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::guard);
        router.post("/api/login").order(Integer.MIN_VALUE + 1).handler(rc -> {
            String id = newSession();
            rc.response().addCookie(Cookie.cookie(COOKIE, id).setHttpOnly(true).setPath("/")
                    .setSameSite(CookieSameSite.STRICT).setMaxAge(sessionTtl.toSeconds()));
            rc.response().putHeader("Content-Type", "application/json")
                    .putHeader("Cache-Control", "no-store")
                    .end("{\"user\":\"" + user + "\",\"expiresInSeconds\":" + sessionTtl.toSeconds() + "}");
        });
        router.post("/api/logout").order(Integer.MIN_VALUE + 1).handler(rc -> {
            Cookie c = rc.request().getCookie(COOKIE);
            if (c != null) {
                sessions.remove(c.getValue());
            }
            rc.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setMaxAge(0)).setStatusCode(204).end();
        });
    }

    private void guard(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (isPublic(path) || allowed(rc.request())) {
            rc.next();
            return;
        }
        LOG.info("401 for {} {} from {}", rc.request().method(), DeviceIds.printable(path),
                rc.request().remoteAddress());
        var response = rc.response().setStatusCode(401).putHeader("Content-Type", "application/json");
        if (rc.request().getHeader(NO_CHALLENGE) == null) {
            response.putHeader("WWW-Authenticate", "Basic realm=\"camel-hfcamera\", charset=\"UTF-8\"");
        }
        response.end("{\"error\":\"authentication required: HTTP Basic, a bearer token or the console's login\"}");
    }

    static boolean isPublic(String path) {
        // /observe/health: the probes of Kubernetes and load balancers, which carry no credential
        return path.equals("/console") || path.startsWith("/console/")
               || path.equals("/") || path.equals("/favicon.ico") || path.equals("/observe/health")
               || path.startsWith("/observe/health/");
    }

    /** Whether the request carries a valid credential. */
    boolean allowed(HttpServerRequest request) {
        String auth = request.getHeader("Authorization");
        if (auth != null) {
            return authorizationValid(auth);
        }
        Cookie c = request.getCookie(COOKIE);
        return c != null && sessionValid(c.getValue());
    }

    boolean authorizationValid(String auth) {
        if (auth.regionMatches(true, 0, "Basic ", 0, 6) && password != null) {
            Optional<String> decoded = decode(auth.substring(6).trim());
            if (decoded.isEmpty()) {
                return false;
            }
            String pair = decoded.get();
            int colon = pair.indexOf(':');
            if (colon < 0) {
                return false;
            }
            // both compared, always, in constant time: no hint which of them was wrong
            boolean userOk = MessageDigest.isEqual(pair.substring(0, colon).getBytes(StandardCharsets.UTF_8),
                    user.getBytes(StandardCharsets.UTF_8));
            boolean passwordOk = MessageDigest.isEqual(pair.substring(colon + 1).getBytes(StandardCharsets.UTF_8),
                    password);
            return userOk & passwordOk;
        }
        if (auth.regionMatches(true, 0, "Bearer ", 0, 7) && token != null) {
            return MessageDigest.isEqual(auth.substring(7).trim().getBytes(StandardCharsets.UTF_8), token);
        }
        return false;
    }

    private static Optional<String> decode(String b64) {
        try {
            return Optional.of(new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    String newSession() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        Instant now = Instant.now();
        sessions.values().removeIf(exp -> exp.isBefore(now));
        sessions.put(id, now.plus(sessionTtl));
        return id;
    }

    boolean sessionValid(String id) {
        Instant exp = sessions.get(id);
        if (exp == null) {
            return false;
        }
        if (exp.isBefore(Instant.now())) {
            sessions.remove(id);
            return false;
        }
        return true;
    }
}
