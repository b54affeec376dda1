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
package io.github.camelhfcamera.hfcamera.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.github.camelhfcamera.hfcamera.simulator.Jpegs;

/**
 * An HTTP server on 127.0.0.1 that serves the same real JPEG at every path, for the {@code picURI} of persons: a
 * simulated camera downloads each photo and refuses what is not a picture.
 */
public final class PhotoServer implements AutoCloseable {

    static {
        // without it the JDK's server and client wait out TCP's delayed ACK: about 50 ms a photo instead of 2 ms
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final byte[] photo;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "photo-server");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger requests = new AtomicInteger();

    /** A started server whose photos have {@code bytes} bytes. */
    public PhotoServer(int bytes) {
        this.photo = Jpegs.jpeg(bytes);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
            exchange.sendResponseHeaders(200, photo.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(photo);
            }
            exchange.close();
        });
        server.setExecutor(threads);
        server.start();
    }

    /** The photo's URL under {@code path} (any path serves the photo). */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + (path.startsWith("/") ? path : "/" + path);
    }

    /** The bytes every path serves. */
    public byte[] photo() {
        return photo.clone();
    }

    /** How many downloads were served. */
    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
