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
package io.github.camelhfcamera.hfcamera.itest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpServer;
import io.github.camelhfcamera.hfcamera.simulator.Jpegs;

/**
 * Serves face photos for picURI on 127.0.0.1: /photos/{name}.jpg is a 20 KB JPEG (the same one, drawn once), anything
 * else is 404.
 */
final class PhotoServer implements AutoCloseable {

    static {
        // without it, each small response waits for the client's delayed ACK (Nagle): 40 ms per photo
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;

    PhotoServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/photos/") && path.endsWith(".jpg")) {
                byte[] jpeg = Jpegs.jpeg(20_000, "face");
                exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
                exchange.sendResponseHeaders(200, jpeg.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jpeg);
                }
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "photo-server");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** The URI of a photo that exists. */
    String photo(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/photos/" + name + ".jpg";
    }

    /** The URI of a photo that does not exist (the camera's download fails). */
    String missing(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/missing/" + name + ".jpg";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
