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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.camelhfcamera.hfcamera.simulator.Jpegs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** One-time photo URLs: served once, then 404 like every other request, and counted. */
class HfPhotoServerTest {

    final HttpClient http = HttpClient.newHttpClient();
    HfPhotoServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    HttpResponse<byte[]> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aPhotoIsServedOnceBehindItsTokenAndEveryOtherRequestIs404AndCounted() throws Exception {
        server = new HfPhotoServer(null, 0, null, null).start();
        byte[] photo = Jpegs.jpeg(5_000, "served");
        HfPhotoServer.Offer offer = server.offer(photo, "image/jpeg", Duration.ofMinutes(1));

        assertThat(offer.url()).startsWith("http://127.0.0.1:" + server.port() + "/hfcamera/photos/").endsWith(".jpg");
        assertThat(offer.token()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(offer.toString()).doesNotContain(offer.token());
        HttpResponse<byte[]> first = get(offer.url());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo(photo);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("image/jpeg");

        // used: gone
        assertThat(get(offer.url()).statusCode()).isEqualTo(404);
        // a guessed token, another path, the listing
        String other = offer.url().replace(offer.token(), "A".repeat(43));
        assertThat(get(other).statusCode()).isEqualTo(404);
        assertThat(get(server.baseUrl()).statusCode()).isEqualTo(404);
        assertThat(get("http://127.0.0.1:" + server.port() + "/E1001.jpg").statusCode()).isEqualTo(404);
        assertThat(server.served()).isEqualTo(1);
        assertThat(server.refused()).isEqualTo(4);
    }

    @Test
    void revokedAndExpiredTokensAre404() throws Exception {
        server = new HfPhotoServer("127.0.0.1", 0, "localhost", null).start();
        byte[] photo = Jpegs.jpeg(2_000, "revoked");
        HfPhotoServer.Offer revoked = server.offer(photo, "image/jpeg", Duration.ofMinutes(1));
        HfPhotoServer.Offer expiring = server.offer(photo, "image/jpeg", Duration.ofMillis(1));
        assertThat(revoked.url()).startsWith("http://localhost:");

        server.revoke(List.of(revoked.token()));

        assertThat(get(revoked.url()).statusCode()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(get(expiring.url()).statusCode())
                .isEqualTo(404));
        assertThat(server.served()).isZero();
        assertThat(server.refused()).isGreaterThanOrEqualTo(2);
        assertThat(server.waiting()).isZero();
    }

    @Test
    void tokensAreUniqueAndPlaceholdersAreAsLongAsRealUrls() throws Exception {
        server = new HfPhotoServer(null, 0, null, null).start();
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(server.offer(new byte[1], "image/jpeg", Duration.ofMinutes(1)).token());
        }
        assertThat(tokens).hasSize(1000);
        String url = server.offer(new byte[1], "image/jpeg", Duration.ofMinutes(1)).url();
        String placeholder = server.placeholder(42, "image/jpeg");
        assertThat(placeholder).hasSameSizeAs(url);
        assertThat(server.isPlaceholder(placeholder)).isTrue();
        assertThat(server.isPlaceholder(url)).isFalse();
        assertThat(server.placeholderId(placeholder)).isEqualTo(42);
        assertThat(get(placeholder).statusCode()).isEqualTo(404);
    }

    @Test
    void everyInterfaceNeedsAnAdvertisedHost() {
        assertThatThrownBy(() -> new HfPhotoServer("0.0.0.0", 0, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("photoServerAdvertisedHost is"
                        + " required");
    }
}
