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
package io.github.camelhfcamera.hfcamera.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

import io.github.camelhfcamera.hfcamera.protocol.Checks;

/**
 * Downloads face photos the way the camera does for {@code picURI}: a real HTTP GET with a timeout, refused under
 * 1000 bytes, over 1 MB or over 1080p (1920 x 1080 either way round), refused when it does not decode as a picture.
 */
final class PictureFetcher {

    /** The smallest photo the camera accepts (appendix 29.1, code 468). */
    static final int MIN_BYTES = 1000;
    /** The largest photo the camera accepts (appendix 29.1, code 469). */
    static final int MAX_BYTES = Checks.ONE_MB;

    /** What became of a download. */
    enum Outcome {
        OK,
        /** The host name does not resolve (EditPerson 470, batches 464). */
        UNRESOLVED,
        /** No connection, a timeout or an HTTP error status (EditPerson 471, batches 465). */
        FAILED,
        /** Fewer than 1000 bytes (EditPerson 468, batches 466). */
        TOO_SHORT,
        /** More than 1 MB or 1080p (EditPerson 469, batches 467). */
        TOO_LONG,
        /** Not a picture: no face can be found in it (EditPerson 464, batches 468). */
        NOT_A_PICTURE
    }

    /** A download's outcome and, when OK, the photo. */
    record Result(Outcome outcome, byte[] bytes, String detail) {
    }

    private final HttpClient http;
    private final Duration timeout;

    PictureFetcher(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    Result fetch(String uri) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(uri.trim())).timeout(timeout).GET().build();
        } catch (IllegalArgumentException e) {
            return new Result(Outcome.UNRESOLVED, null, "not a URI");
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            return new Result(Outcome.FAILED, null, "timed out");
        } catch (IOException e) {
            return new Result(unresolved(e) ? Outcome.UNRESOLVED : Outcome.FAILED, null, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(Outcome.FAILED, null, "interrupted");
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() / 100 != 2) {
                return new Result(Outcome.FAILED, null, "HTTP " + response.statusCode());
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > MAX_BYTES) {
                return new Result(Outcome.TOO_LONG, null, declared + " bytes");
            }
            byte[] data = body.readNBytes(MAX_BYTES + 1);
            if (data.length > MAX_BYTES) {
                return new Result(Outcome.TOO_LONG, null, "more than " + MAX_BYTES + " bytes");
            }
            if (data.length < MIN_BYTES) {
                return new Result(Outcome.TOO_SHORT, null, data.length + " bytes");
            }
            if (!Jpegs.isPicture(data)) {
                return new Result(Outcome.NOT_A_PICTURE, null, "not a picture");
            }
            if (!Jpegs.within1080p(data)) {
                int[] d = Jpegs.dimensions(data);
                return new Result(Outcome.TOO_LONG, null, d[0] + "x" + d[1] + " pixels, more than 1080p");
            }
            return new Result(Outcome.OK, data, null);
        } catch (IOException e) {
            return new Result(Outcome.FAILED, null, e.getClass().getSimpleName());
        }
    }

    private static boolean unresolved(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }
}
