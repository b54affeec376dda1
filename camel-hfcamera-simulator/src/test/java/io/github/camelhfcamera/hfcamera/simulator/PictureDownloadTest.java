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

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.github.camelhfcamera.hfcamera.protocol.model.PersonBatchReply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * picURI: the camera really downloads the photo (appendix 29.1 for EditPerson, the errcodes of 29.6 and 29.8 for the
 * batches): a good photo, one under 1000 bytes, one over 1 MB, one over 1080p, one that is no picture, a port nothing listens on, a
 * host that does not resolve, a 404.
 */
class PictureDownloadTest extends SimulatorTestSupport {

    private PhotoServer photos;
    private String good;
    private String small;
    private String large;
    private String wide;
    private String text;
    private String missing;
    private String unreachable;
    private final String unresolvable = "http://no-such-camera-host.invalid/face.jpg";

    @BeforeEach
    void serve() throws Exception {
        photos = new PhotoServer();
        good = photos.serve("/good.jpg", Jpegs.jpeg(20_000, "good"));
        small = photos.serve("/small.jpg", Jpegs.jpeg(600, "small"));
        large = photos.serve("/large.jpg", Jpegs.jpeg(1024 * 1024 + 10, "large"));
        // small in bytes, more than 1080p in pixels (1920 x 1080 either way round)
        wide = photos.serve("/wide.jpg", Jpegs.photo(1200, 2000, 0, "wide"));
        text = photos.serve("/text.jpg", "this is a text file, not a face\n".repeat(100)
                .getBytes(StandardCharsets.UTF_8));
        missing = photos.url("/missing.jpg");
        unreachable = PhotoServer.unreachable();
    }

    @AfterEach
    void stop() {
        photos.close();
    }

    private String edit(String customId, String uri) {
        return "{\"customId\":\"" + customId + "\",\"name\":\"N\",\"picURI\":\"" + uri + "\"}";
    }

    @Test
    void editPersonDownloadsTheGoodPhoto() {
        start(simulator("cam-1").downloadTimeout(Duration.ofSeconds(2)));
        int before = photos.requests();
        assertOk(call("cam-1", "EditPerson", edit("a", good)));
        assertThat(photos.requests()).isEqualTo(before + 1);
        assertThat(fleet.camera("cam-1").person("a").orElseThrow().pic().bytes())
                .isEqualTo(Jpegs.jpeg(20_000, "good"));
    }

    @Test
    void editPersonRefusesBadDownloadsWithTheDocumentsCodes() {
        start(simulator("cam-1").downloadTimeout(Duration.ofSeconds(2)));
        assertFailure(call("cam-1", "EditPerson", edit("a", small)), 468, "get URI pic data len too short");
        assertFailure(call("cam-1", "EditPerson", edit("a", large)), 469, "get URI pic data len too long");
        assertFailure(call("cam-1", "EditPerson", edit("a", wide)), 469, "get URI pic data len too long");
        assertFailure(call("cam-1", "EditPerson", edit("a", text)), 464,
                "Get pic Person Feature err, please change a pic");
        assertFailure(call("cam-1", "EditPerson", edit("a", unreachable)), 471, "get pic and connect URI IP error");
        assertFailure(call("cam-1", "EditPerson", edit("a", missing)), 471, null);
        assertFailure(call("cam-1", "EditPerson", edit("a", unresolvable)), 470, "get URI server ip error");
        assertThat(fleet.camera("cam-1").persons()).isEmpty();
    }

    @Test
    void batchesReportDownloadFailuresPerPerson() {
        start(simulator("cam-1").downloadTimeout(Duration.ofSeconds(2)));
        String info = "[" + String.join(",", edit("good", good), edit("small", small), edit("large", large),
                edit("text", text), edit("down", unreachable), edit("nohost", unresolvable)) + "]";
        Reply add = awaitReply("cam-1", sendBatch("AddPersons", 6, info));
        assertThat(add.field("AddSucNum")).isEqualTo("1");
        assertThat(add.message().info(PersonBatchReply.class).errors())
                .extracting(e -> e.customId() + ":" + e.errcode())
                .containsExactly("small:466", "large:467", "text:468", "down:465", "nohost:464");

        String again = "[" + String.join(",", edit("small", small), edit("large", large), edit("text", text),
                edit("down", unreachable), edit("nohost", unresolvable), edit("wide", wide)) + "]";
        Reply edit = awaitReply("cam-1", sendBatch("EditPersonsNew", 6, again));
        assertThat(edit.field("AddSucNum")).isEqualTo("0");
        assertThat(edit.message().info(PersonBatchReply.class).errors())
                .extracting(e -> e.customId() + ":" + e.errcode())
                .containsExactly("small:466", "large:467", "text:468", "down:465", "nohost:464", "wide:467");
        assertThat(fleet.camera("cam-1").persons()).extracting(p -> p.customId()).containsExactly("good");
    }

    private String sendBatch(String operator, int n, String info) {
        String mid = newMessageId();
        sendRaw("cam-1", "{\"messageId\":\"" + mid + "\",\"DataBegin\":\"BeginFlag\",\"operator\":\"" + operator
                + "\",\"PersonNum\":" + n + ",\"info\":" + info + ",\"DataEnd\":\"EndFlag\"}");
        return mid;
    }
}
