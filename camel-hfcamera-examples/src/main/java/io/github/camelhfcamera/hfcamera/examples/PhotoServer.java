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
import java.io.InputStream;
import java.util.regex.Pattern;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Serves the HR photos to the cameras (their picURI): {@code GET /photos/{file}} from a folder or a
 * {@code classpath:} location. Only plain file names are accepted (no path), so nothing else can be read.
 */
public class PhotoServer implements Processor {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}\\.(jpg|jpeg|png)");

    private final String location;

    public PhotoServer(String location) {
        this.location = location.endsWith("/") ? location : location + "/";
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String file = exchange.getMessage().getHeader("file", String.class);
        exchange.getMessage().removeHeaders("*");
        if (file == null || !NAME.matcher(file).matches()) {
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 400);
            exchange.getMessage().setBody("photo name must match " + NAME.pattern());
            return;
        }
        try (InputStream in = StaffCsv.open(location + file)) {
            exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, file.endsWith(".png") ? "image/png" : "image/jpeg");
            exchange.getMessage().setBody(in.readAllBytes());
        } catch (IOException e) {
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 404);
            exchange.getMessage().setBody("no photo " + file);
        }
    }
}
