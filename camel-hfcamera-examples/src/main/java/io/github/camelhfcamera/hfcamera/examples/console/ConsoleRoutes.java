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
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.HfCameraConstants;
import io.github.camelhfcamera.hfcamera.examples.HrSync;
import io.github.camelhfcamera.hfcamera.protocol.DeviceIds;
import io.github.camelhfcamera.hfcamera.protocol.model.SysTime;
import io.github.camelhfcamera.hfcamera.session.DeviceStatus;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * The fleet console (plain HTML, CSS and JavaScript under {@code classpath:console/}, nothing fetched from
 * elsewhere) and what it reads, all behind {@link ConsoleSecurity}:
 * <ul>
 * <li>{@code GET /console/} the page; {@code GET /} goes there;</li>
 * <li>route {@code console-feed}: the cameras' events ({@code examples.console.types}) into the {@link ConsoleFeed},
 * which streams them on {@code GET /api/console/stream} (server-sent events);</li>
 * <li>{@code GET /api/console/fleet}: every device with its state, last seen, persons synced and clock offset (once
 * measured), the person sync's progress and the event counts;</li>
 * <li>{@code GET /api/console/images/{group}/{file}}: the thumbnails of the recent events;</li>
 * <li>{@code POST /api/console/devices/{deviceId}/clock}: asks the camera its time (GetSysTime) and keeps the
 * offset to this machine's clock.</li>
 * </ul>
 * Snapshot and reboot go through the REST facade ({@code POST /api/devices/{deviceId}/commands/...}).
 */
public class ConsoleRoutes extends RouteBuilder {

    private static final Set<String> FILES = Set.of("index.html", "console.css", "console.js");
    private static final DateTimeFormatter[] DEVICE_TIME = {
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss"), DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss") };

    private final ConsoleFeed feed;
    private final Map<String, Long> clockOffsets = new ConcurrentHashMap<>();

    public ConsoleRoutes(ConsoleFeed feed) {
        this.feed = feed;
    }

    @Override
    public void configure() {
        // the REST facade's answers (its routes direct:rest-error-*): 400 with the field, 502, 504
        onException(io.github.camelhfcamera.hfcamera.protocol.HfValidationException.class,
                IllegalArgumentException.class).handled(true).to("direct:rest-error-400");
        onException(io.github.camelhfcamera.hfcamera.session.HfCameraDeviceException.class)
                .handled(true).to("direct:rest-error-502");
        onException(io.github.camelhfcamera.hfcamera.session.HfCameraTimeoutException.class)
                .handled(true).to("direct:rest-error-504");

        // dropImages=false, the default, said out loud: the console shows the pictures, and the URI differs from
        // the other event routes' (Camel allows one consumer per endpoint URI)
        from("hfcamera:events?type={{examples.console.types:recognition,stranger,alarm,Online,Offline,DeviceOnline,"
             + "DeviceLost}}&dropImages=false").routeId("console-feed")
                .bean(feed, "publish");

        from("platform-http:/?httpMethodRestrict=GET").routeId("console-root")
                .to("direct:console-redirect");
        from("platform-http:/console?httpMethodRestrict=GET").routeId("console-redirect")
                .to("direct:console-redirect");
        from("direct:console-redirect").routeId("console-redirect-to-page")
                .removeHeaders("*")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(302))
                .setHeader("Location", constant("/console/index.html"))
                .setBody(constant(""));

        from("platform-http:/console/{file}?httpMethodRestrict=GET").routeId("console-files")
                .process(e -> {
                    String file = e.getMessage().getHeader("file", String.class);
                    e.getMessage().removeHeaders("*");
                    if (file == null || file.isEmpty()) {
                        file = "index.html";
                    }
                    if (!FILES.contains(file)) {
                        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 404);
                        e.getMessage().setBody("no such file");
                        return;
                    }
                    try (InputStream in = ConsoleRoutes.class.getResourceAsStream("/console/" + file)) {
                        if (in == null) {
                            throw new IOException("console/" + file + " is missing from the classpath");
                        }
                        e.getMessage().setBody(in.readAllBytes());
                    }
                    e.getMessage().setHeader(Exchange.CONTENT_TYPE, file.endsWith(".html") ? "text/html; charset=utf-8"
                            : file.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
                    e.getMessage().setHeader("Cache-Control", "no-cache");
                    // no inline script, no other origin: what the page may load
                    e.getMessage().setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' blob:; "
                            + "frame-ancestors 'none'");
                    e.getMessage().setHeader("X-Content-Type-Options", "nosniff");
                });

        from("platform-http:/api/console/fleet?httpMethodRestrict=GET").routeId("console-fleet")
                .process(e -> {
                    HfCameraComponent hf = e.getContext().getComponent("hfcamera", HfCameraComponent.class);
                    HrSync hr = e.getContext().getRegistry().lookupByNameAndType("hrSync", HrSync.class);
                    Map<String, Integer> persons = hr != null ? hr.syncedPerDevice() : Map.of();
                    List<Map<String, Object>> devices = new ArrayList<>();
                    for (DeviceStatus d : hf.getDevices()) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("deviceId", d.deviceId());
                        m.put("state", d.state().name());
                        m.put("since", String.valueOf(d.since()));
                        m.put("lastSeen", String.valueOf(d.lastSeen()));
                        m.put("ip", d.ip());
                        m.put("name", d.name());
                        m.put("persons", persons.get(d.deviceId()));
                        m.put("clockOffsetMs", clockOffsets.get(d.deviceId()));
                        devices.add(m);
                    }
                    devices.sort((a, b) -> ((String) a.get("deviceId")).compareTo((String) b.get("deviceId")));
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("devices", devices);
                    out.put("sync", hr != null ? hr.progress() : Map.of("running", false));
                    out.put("events", feed.countsByGroup());
                    e.getMessage().removeHeaders("*");
                    e.getMessage().setBody(out);
                })
                .marshal().json(JsonLibrary.Jackson)
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .setHeader("Cache-Control", constant("no-store"));

        from("platform-http:/api/console/images/{group}/{file}?httpMethodRestrict=GET").routeId("console-images")
                .process(e -> {
                    byte[] jpeg = feed.image(e.getMessage().getHeader("group", String.class),
                            e.getMessage().getHeader("file", String.class));
                    e.getMessage().removeHeaders("*");
                    if (jpeg == null) {
                        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 404);
                        e.getMessage().setBody("no such image (only those of the recent events are kept)");
                    } else {
                        e.getMessage().setHeader(Exchange.CONTENT_TYPE, "image/jpeg");
                        e.getMessage().setHeader("Cache-Control", "private, max-age=3600");
                        e.getMessage().setBody(jpeg);
                    }
                });

        from("platform-http:/api/console/devices/{deviceId}/clock?httpMethodRestrict=POST").routeId("console-clock")
                .process(e -> {
                    String id = DeviceIds.check("deviceId", e.getMessage().getHeader("deviceId", String.class));
                    e.getMessage().removeHeaders("*");
                    e.getMessage().setHeader(HfCameraConstants.DEVICE_ID, id);
                    e.getMessage().setBody(null);
                    e.setProperty("sentAt", LocalDateTime.now());
                })
                .to("hfcamera:command?operator=GetSysTime")
                .process(e -> {
                    String id = e.getMessage().getHeader(HfCameraConstants.DEVICE_ID, String.class);
                    LocalDateTime sent = e.getProperty("sentAt", LocalDateTime.class);
                    LocalDateTime now = LocalDateTime.now();
                    // the device's time is local and to the second: compare with the middle of the round trip
                    LocalDateTime middle = sent.plus(Duration.between(sent, now).dividedBy(2));
                    SysTime t = e.getMessage().getBody(SysTime.class);
                    LocalDateTime device = parse(t != null ? t.sysTime() : null);
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("deviceId", id);
                    if (device != null) {
                        long offset = Duration.between(middle, device).toMillis();
                        clockOffsets.put(id, offset);
                        out.put("clockOffsetMs", offset);
                    } else {
                        out.put("clockOffsetMs", null);
                        out.put("error", "the camera's time '" + DeviceIds.printable(t != null ? t.sysTime() : null)
                                + "' is not yyyy-MM-dd HH:mm:ss");
                    }
                    e.getMessage().removeHeaders("*");
                    e.getMessage().setBody(out);
                })
                .marshal().json(JsonLibrary.Jackson)
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"));
    }

    /** The clock offsets measured so far, per device (device time minus this machine's, in ms). */
    public Map<String, Long> clockOffsets() {
        return Map.copyOf(clockOffsets);
    }

    private static LocalDateTime parse(String text) {
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter f : DEVICE_TIME) {
            try {
                return LocalDateTime.parse(text.trim(), f);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return null;
    }
}
