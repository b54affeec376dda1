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
package io.github.camelhfcamera.hfcamera.session;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the photos of the persons in flight to the cameras, which download them from their {@code picURI}: each
 * photo behind a one-time URL {@code http(s)://{advertisedHost}:{port}/hfcamera/photos/{token}.jpg}, the token 256
 * random bits of {@link SecureRandom}. A URL serves its photo once, and no longer once its batch is answered
 * ({@link #revoke}) or its time is up; every other request (another path, a wrong, used or expired token, another
 * method than GET or HEAD) gets 404 and is counted ({@link #refused()}). Nothing is listed, nothing is guessable:
 * staff photos are never served to whoever asks.
 * <p>
 * On the JDK's {@code com.sun.net.httpserver} (HTTPS with an {@link SSLContext}); bound to the address given
 * (127.0.0.1 unless told otherwise).
 */
public final class HfPhotoServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HfPhotoServer.class);

    /** The path under which the photos are served. */
    public static final String PATH = "/hfcamera/photos/";
    /** Random bytes per token: 256 bits. */
    static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    static {
        // without it, each small response waits for the client's delayed ACK (Nagle): some 40 ms per photo. Read
        // once by the JDK's server; set only when the application did not choose
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private record Entry(byte[] bytes, String mimeType, long expiresAt) {
    }

    /**
     * A photo offered.
     *
     * @param token the token in its URL (to revoke it)
     * @param url   the URL a camera downloads it from
     */
    public record Offer(String token, String url) {

        /** Never the token. */
        @Override
        public String toString() {
            return "Offer[" + PATH + "...]";
        }
    }

    private final String bindHost;
    private final int port;
    private final String advertisedHost;
    private final SSLContext ssl;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Entry> photos = new ConcurrentHashMap<>();
    private final AtomicLong offered = new AtomicLong();
    private final AtomicLong served = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong expired = new AtomicLong();
    private volatile long lastPurge = System.nanoTime();
    private HttpServer server;
    private ExecutorService threads;
    private String baseUrl;

    /**
     * @param bindHost       the address to listen on (127.0.0.1, or 0.0.0.0 for every interface)
     * @param port           the port, 0 for a free one
     * @param advertisedHost the host name or address the cameras reach this machine by; {@code null} for bindHost
     *                       (required when bindHost is a wildcard address)
     * @param ssl            TLS for https URLs, or {@code null} for http
     */
    public HfPhotoServer(String bindHost, int port, String advertisedHost, SSLContext ssl) {
        this.bindHost = bindHost == null || bindHost.isBlank() ? "127.0.0.1" : bindHost.trim();
        this.port = port;
        boolean wildcard = this.bindHost.equals("0.0.0.0") || this.bindHost.equals("::")
                || this.bindHost.equals("[::]");
        if ((advertisedHost == null || advertisedHost.isBlank()) && wildcard) {
            throw new IllegalArgumentException("photoServerAdvertisedHost is required when the photo server listens"
                    + " on every interface (photoServerHost=" + this.bindHost + "): the cameras need an address to"
                    + " download from");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("photoServerPort must be 0..65535, got " + port);
        }
        this.advertisedHost = advertisedHost == null || advertisedHost.isBlank() ? this.bindHost
                : advertisedHost.trim();
        this.ssl = ssl;
    }

    /** Starts listening. */
    public synchronized HfPhotoServer start() throws IOException {
        if (server != null) {
            return this;
        }
        InetSocketAddress address = new InetSocketAddress(bindHost, port);
        HttpServer s;
        if (ssl != null) {
            HttpsServer https = HttpsServer.create(address, 0);
            https.setHttpsConfigurator(new HttpsConfigurator(ssl));
            s = https;
        } else {
            s = HttpServer.create(address, 0);
        }
        threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "hfcamera-photos");
            t.setDaemon(true);
            return t;
        });
        s.setExecutor(threads);
        s.createContext("/", this::handle);
        s.start();
        server = s;
        String host = advertisedHost.contains(":") && !advertisedHost.startsWith("[") ? "[" + advertisedHost + "]"
                : advertisedHost;
        baseUrl = (ssl != null ? "https" : "http") + "://" + host + ":" + s.getAddress().getPort() + PATH;
        LOG.info("Photo server listening on {}:{}, photos offered as {}{token}.jpg", bindHost,
                s.getAddress().getPort(), baseUrl);
        return this;
    }

    /** The URL before the token: {@code http://host:port/hfcamera/photos/}. */
    public String baseUrl() {
        if (baseUrl == null) {
            throw new IllegalStateException("the photo server is not started");
        }
        return baseUrl;
    }

    /** The port it listens on (the free one chosen for port 0). */
    public int port() {
        return server == null ? port : server.getAddress().getPort();
    }

    /**
     * Offers a photo for one download within {@code ttl}.
     *
     * @param mimeType {@code image/jpeg} or {@code image/png}
     */
    public Offer offer(byte[] photo, String mimeType, Duration ttl) {
        purgeNowAndThen();
        byte[] b = new byte[TOKEN_BYTES];
        random.nextBytes(b);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        photos.put(token, new Entry(photo, mimeType, System.nanoTime() + ttl.toNanos()));
        offered.incrementAndGet();
        return new Offer(token, baseUrl() + token + (mimeType.endsWith("png") ? ".png" : ".jpg"));
    }

    /**
     * A URL of the same length as the ones {@link #offer} gives, that serves nothing: stands for a photo in a plan
     * until the command is sent (so that the command's size is known when batches are split).
     */
    public String placeholder(long id, String mimeType) {
        String digits = Long.toString(id);
        String padded = "~" + "0".repeat(Math.max(0, 42 - digits.length())) + digits;
        return baseUrl() + padded + (mimeType.endsWith("png") ? ".png" : ".jpg");
    }

    /** Whether {@code uri} is a {@link #placeholder}. */
    public boolean isPlaceholder(String uri) {
        return uri != null && baseUrl != null && uri.startsWith(baseUrl + "~");
    }

    /** The id of a {@link #placeholder}. */
    public long placeholderId(String uri) {
        String rest = uri.substring(baseUrl.length() + 1);
        return Long.parseLong(rest.substring(0, rest.indexOf('.')));
    }

    /** The photos of these tokens are no longer served (their batch was answered). */
    public void revoke(Collection<String> tokens) {
        for (String t : tokens) {
            photos.remove(t);
        }
    }

    private void purgeNowAndThen() {
        long now = System.nanoTime();
        if (now - lastPurge < 1_000_000_000L) {
            return;
        }
        lastPurge = now;
        photos.entrySet().removeIf(e -> {
            if (now - e.getValue().expiresAt() > 0) {
                expired.incrementAndGet();
                return true;
            }
            return false;
        });
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            Entry entry = null;
            String token = null;
            if (("GET".equals(method) || "HEAD".equals(method)) && path != null && path.startsWith(PATH)) {
                String file = path.substring(PATH.length());
                int dot = file.lastIndexOf('.');
                token = dot < 0 ? file : file.substring(0, dot);
                if (TOKEN.matcher(token).matches()) {
                    entry = "GET".equals(method) ? photos.remove(token) : photos.get(token);
                }
            }
            if (entry != null && System.nanoTime() - entry.expiresAt() > 0) {
                expired.incrementAndGet();
                entry = null;
            }
            if (entry == null) {
                refused.incrementAndGet();
                // never the token: it is a credential while it lives
                LOG.debug("Photo request refused (404): {} {} chars from {}", method, path == null ? 0 : path.length(),
                        exchange.getRemoteAddress());
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", entry.mimeType());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if ("HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Content-Length", Integer.toString(entry.bytes().length));
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, entry.bytes().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(entry.bytes());
            }
            served.incrementAndGet();
        } finally {
            exchange.close();
        }
    }

    /** Photos offered since the start. */
    public long offered() {
        return offered.get();
    }

    /** Photos downloaded. */
    public long served() {
        return served.get();
    }

    /** Requests answered 404: unknown path, wrong, used, revoked or expired token, other method. */
    public long refused() {
        return refused.get();
    }

    /** Photos whose time ran out before they were downloaded or revoked. */
    public long expired() {
        return expired.get();
    }

    /** Photos offered and not yet downloaded, revoked or expired. */
    public int waiting() {
        return photos.size();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
        if (threads != null) {
            threads.shutdownNow();
            threads = null;
        }
        photos.clear();
    }
}
