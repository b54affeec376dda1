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

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A broker URL as the component's users write it: {@code tcp://host:port}, {@code ssl://host:port},
 * {@code ws://host:port/path} or {@code wss://host:port/path}, the port defaulting to 1883, 8883, 80 and 443.
 */
record BrokerAddress(String scheme, String host, int port, String path) {

    static BrokerAddress parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("brokerUrl is required");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("brokerUrl '" + url + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        int defaultPort;
        if ("tcp".equals(scheme) || "mqtt".equals(scheme)) {
            scheme = "tcp";
            defaultPort = 1883;
        } else if ("ssl".equals(scheme) || "mqtts".equals(scheme) || "tls".equals(scheme)) {
            scheme = "ssl";
            defaultPort = 8883;
        } else if ("ws".equals(scheme)) {
            defaultPort = 80;
        } else if ("wss".equals(scheme)) {
            defaultPort = 443;
        } else {
            throw new IllegalArgumentException("brokerUrl '" + url + "' has " + (scheme == null ? "no scheme"
                    : "the scheme '" + scheme + "'") + "; use tcp://, ssl://, ws:// or wss://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("brokerUrl '" + url + "' names no host");
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        return new BrokerAddress(scheme, host, uri.getPort() < 0 ? defaultPort : uri.getPort(), path);
    }

    boolean tls() {
        return scheme.equals("ssl") || scheme.equals("wss");
    }

    boolean webSocket() {
        return scheme.startsWith("ws");
    }
}
