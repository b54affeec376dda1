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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhfcamera.hfcamera.examples.EventFiles;
import io.vertx.core.Context;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's live feed: every event the {@code console-feed} route receives becomes the demo's event JSON (by
 * {@link EventFiles}, its images written into a cache folder), is kept among the last {@code keep} events, and is
 * sent to every browser on {@code GET /api/console/stream} as a server-sent event ({@code event: hfevent}, the
 * JSON plus {@code seq}, {@code receivedAt} and {@code alarm}). A new stream first gets the last 30 events. The
 * images of events that fell out of the window are deleted.
 */
public class ConsoleFeed {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleFeed.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> GROUPS = Set.of("recognition", "stranger", "alarm", "status");
    private static final Pattern IMAGE = Pattern.compile("[A-Za-z0-9._-]{1,200}\\.jpg");
    private static final int REPLAY = 30;

    private final Path cacheDir;
    private final EventFiles files;
    private final int keep;
    private final Deque<ObjectNode> recent = new ArrayDeque<>();
    private final AtomicLong seq = new AtomicLong();
    private final List<Client> clients = new CopyOnWriteArrayList<>();

    private record Client(HttpServerResponse response, Context context) {
    }

    /**
     * @param cacheDir where the images of the recent events are kept (created; emptied on {@link #close()})
     * @param keep     how many recent events (and their images) are kept, 10..10000
     */
    public ConsoleFeed(Path cacheDir, int keep) {
        if (keep < 10 || keep > 10_000) {
            throw new IllegalArgumentException("examples.console.keep must be 10..10000, was " + keep);
        }
        this.cacheDir = cacheDir;
        this.files = new EventFiles(cacheDir);
        this.keep = keep;
    }

    /** The route's step: never throws, so that the console never holds back a PushAck. */
    public void publish(Exchange exchange) {
        try {
            files.process(exchange);
            ObjectNode event = (ObjectNode) JSON.readTree(exchange.getMessage().getBody(String.class));
            event.put("seq", seq.incrementAndGet());
            event.put("receivedAt", Instant.now().toString());
            event.put("alarm", "alarm".equals(event.path("group").asText()));
            List<ObjectNode> dropped = new ArrayList<>();
            synchronized (recent) {
                recent.addLast(event);
                while (recent.size() > keep) {
                    dropped.add(recent.removeFirst());
                }
            }
            dropped.forEach(this::deleteImages);
            String frame = "id: " + event.get("seq").asLong() + "\nevent: hfevent\ndata: "
                           + JSON.writeValueAsString(event) + "\n\n";
            clients.forEach(c -> send(c, frame));
        } catch (RuntimeException | IOException e) {
            LOG.warn("console feed: event of {} left out: {}", exchange.getMessage().getHeader(
                    io.github.camelhfcamera.hfcamera.HfCameraConstants.DEVICE_ID), e.toString());
        }
    }

    /** The last events, oldest first. */
    public List<JsonNode> recent(int max) {
        synchronized (recent) {
            List<JsonNode> all = new ArrayList<>(recent);
            return all.subList(Math.max(0, all.size() - max), all.size());
        }
    }

    /** Event counts per group since the start. */
    public java.util.Map<String, Long> countsByGroup() {
        return files.countsByGroup();
    }

    /**
     * The JPEG of {@code group/file}, or {@code null} when there is none (any more), or the name is not one this feed
     * writes.
     */
    public byte[] image(String group, String file) {
        if (group == null || file == null || !GROUPS.contains(group) || !IMAGE.matcher(file).matches()) {
            return null;
        }
        try {
            return Files.readAllBytes(cacheDir.resolve(group).resolve(file));
        } catch (IOException e) {
            return null;
        }
    }

    /** Adds {@code GET /api/console/stream} to the router (behind {@link ConsoleSecurity}'s guard). */
    public void install(Router router) {
        router.get("/api/console/stream").handler(rc -> {
            HttpServerResponse r = rc.response();
            r.setChunked(true)
                    .putHeader("Content-Type", "text/event-stream; charset=utf-8")
                    .putHeader("Cache-Control", "no-store")
                    .putHeader("X-Accel-Buffering", "no");
            Client client = new Client(r, rc.vertx().getOrCreateContext());
            StringBuilder replay = new StringBuilder("retry: 2000\n\n");
            for (JsonNode e : recent(REPLAY)) {
                try {
                    replay.append("id: ").append(e.get("seq").asLong()).append("\nevent: hfevent\ndata: ")
                            .append(JSON.writeValueAsString(e)).append("\n\n");
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
            r.write(replay.toString());
            long ping = rc.vertx().setPeriodic(15_000, id -> send(client, ": ping\n\n"));
            r.closeHandler(v -> {
                clients.remove(client);
                rc.vertx().cancelTimer(ping);
            });
            clients.add(client);
        });
    }

    /** How many browsers are on the stream. */
    public int clients() {
        return clients.size();
    }

    private void send(Client c, String frame) {
        c.context().runOnContext(v -> {
            if (c.response().closed() || c.response().ended()) {
                clients.remove(c);
            } else if (!c.response().writeQueueFull()) {
                c.response().write(frame);
            }
            // a browser that does not keep up misses events rather than filling the memory
        });
    }

    private void deleteImages(JsonNode event) {
        event.path("pictureFiles").forEach(f -> {
            try {
                Files.deleteIfExists(cacheDir.resolve(f.asText()).normalize());
            } catch (IOException e) {
                LOG.debug("cannot delete {}: {}", f.asText(), e.toString());
            }
        });
    }

    /** Ends the streams and deletes the cached images. */
    public void close() {
        clients.forEach(c -> c.context().runOnContext(v -> {
            if (!c.response().closed() && !c.response().ended()) {
                c.response().end();
            }
        }));
        clients.clear();
        if (Files.isDirectory(cacheDir)) {
            try (Stream<Path> s = Files.walk(cacheDir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                LOG.debug("cannot empty {}: {}", cacheDir, e.toString());
            }
        }
    }
}
