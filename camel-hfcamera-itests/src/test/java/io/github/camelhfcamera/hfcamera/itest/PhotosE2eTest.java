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

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import javax.imageio.ImageIO;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.protocol.HfValidationException;
import io.github.camelhfcamera.hfcamera.protocol.Image;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.protocol.model.PersonBatch;
import io.github.camelhfcamera.hfcamera.session.PersonsResult;
import io.github.camelhfcamera.hfcamera.simulator.Jpegs;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Photos prepared and served by the component ({@code photoServer=true}), against simulated cameras on an embedded
 * Artemis that download every picURI and enforce the document's 1 MB / 1080p limits.
 */
class PhotosE2eTest extends E2eTestSupport {

    /** A 12-megapixel phone photo of 6 MB, drawn once. */
    static byte[] phone;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedBroker.create();
        phone = Jpegs.photo(4000, 3000, 6 * 1024 * 1024, "phone");
    }

    @Override
    void configure(HfCameraComponent component) {
        component.getConfiguration().setPhotoServer(true);
    }

    static Person person(String id, byte[] photo) {
        return Person.builder().customId(id).name("n-" + id).personType(0).pic(Image.ofJpeg(photo)).build();
    }

    static byte[] plain(int w, int h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "jpeg", out);
        return out.toByteArray();
    }

    /** A PNG signature and IHDR chunk for w x h, then IEND: no pixel data at all. */
    static byte[] pngHeaderOnly(int w, int h) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 + 25 + 12);
        b.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a });
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17);
        ihdr.put(new byte[] { 'I', 'H', 'D', 'R' }).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0)
                .put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(ihdr.array());
        b.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        java.util.zip.CRC32 end = new java.util.zip.CRC32();
        end.update(new byte[] { 'I', 'E', 'N', 'D' });
        b.putInt(0).put(new byte[] { 'I', 'E', 'N', 'D' }).putInt((int) end.getValue());
        return b.array();
    }

    int status(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void aSixMegabyteTwelveMegapixelPhotoIsMadeToFitAndTheCameraTakesIt() throws Exception {
        assertThat(phone.length).isGreaterThanOrEqualTo(6 * 1024 * 1024);
        assertThat(Jpegs.dimensions(phone)).containsExactly(4000, 3000);
        SimulatedCamera cam = fleet("cam-1").camera("cam-1");

        // several persons: one batch, each photo behind a one-time URL of the component's photo server
        Exchange out = template.request("hfcamera:persons?deviceId=cam-1", e -> e.getMessage()
                .setBody(List.of(person("e1", phone), person("e2", Jpegs.jpeg(20_000, "e2")))));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(PersonsResult.class).succeeded()).containsExactlyInAnyOrder("e1", "e2");
        String base = hfcamera().getPhotoServers().get(0).baseUrl();
        assertThat(base).startsWith("http://127.0.0.1:");
        assertThat(cam.receivedCommands("EditPersonsNew")).singleElement().satisfies(c -> assertThat(
                c.info(PersonBatch.class).persons()).allSatisfy(p -> assertThat(p.picUri()).startsWith(base)));
        assertThat(cam.receivedCommands("EditPerson")).isEmpty();
        byte[] stored = cam.person("e1").orElseThrow().pic().bytes();
        assertThat(stored.length).isLessThanOrEqualTo(1024 * 1024);
        assertThat(Jpegs.dimensions(stored)).containsExactly(1440, 1080);
        // the small one went as it was
        assertThat(cam.person("e2").orElseThrow().pic().bytes()).isEqualTo(Jpegs.jpeg(20_000, "e2"));
        assertThat(hfcamera().getPhotosServed()).isEqualTo(2);

        // one person alone goes inline (EditPerson, base64 within 1 MB), made to fit the same way
        Exchange one = template.request("hfcamera:persons?deviceId=cam-1", e -> e.getMessage()
                .setBody(person("e3", phone)));
        assertThat(one.getException()).isNull();
        assertThat(cam.receivedCommands("EditPerson")).singleElement().satisfies(c -> assertThat(
                c.info(Person.class).pic().encodedLength()).isLessThanOrEqualTo(1024 * 1024));
        assertThat(Jpegs.dimensions(cam.person("e3").orElseThrow().pic().bytes())).containsExactly(1440, 1080);
    }

    @Test
    void unpreparedTheCameraRefusesPhotosOver1MbOr1080pWith467() throws Exception {
        SimulatedCamera cam = fleet("cam-1").camera("cam-1");

        Exchange out = template.request("hfcamera:persons?deviceId=cam-1&preparePhotos=false", e -> e.getMessage()
                .setBody(List.of(person("big", phone), person("wide", plain(2400, 1000)),
                        person("ok", Jpegs.jpeg(20_000, "ok")))));

        PersonsResult r = out.getMessage().getBody(PersonsResult.class);
        assertThat(r.succeeded()).containsExactly("ok");
        assertThat(r.failed()).hasSize(2).allSatisfy(f -> {
            assertThat(f.errcode()).isEqualTo(467);
            assertThat(f.text()).containsIgnoringCase("too large");
        });
    }

    @Test
    void aPhotoThatCannotBeUsedIsRefusedBeforePublishNamingThePerson() throws Exception {
        SimulatedCamera cam = fleet("cam-1").camera("cam-1");

        Exchange undecodable = template.request("hfcamera:persons?deviceId=cam-1", e -> e.getMessage()
                .setBody(List.of(person("fine", Jpegs.jpeg(20_000, "fine")),
                        person("E1002", "these are not the bytes of a picture".getBytes()))));
        assertThat(undecodable.getException()).isInstanceOf(HfValidationException.class)
                .hasMessage("body[1].pic: the photo of person 'E1002' is not a picture (neither JPEG nor PNG);"
                        + " nothing sent");

        // a header that claims 100,000 x 100,000 pixels: refused from the header, nothing decoded
        byte[] bomb = pngHeaderOnly(100_000, 100_000);
        Exchange huge = template.request("hfcamera:persons?deviceId=cam-1", e -> e.getMessage()
                .setBody(Person.builder().customId("E1003").name("n").pic(Image.of(bomb, "image/png")).build()));
        assertThat(huge.getException()).isInstanceOf(HfValidationException.class)
                .hasMessageContaining("'E1003' is 100000x100000 pixels").hasMessageContaining("at most 64 megapixels");

        assertThat(cam.receivedCommands("EditPersonsNew")).isEmpty();
        assertThat(cam.receivedCommands("EditPerson")).isEmpty();
        assertThat(cam.persons()).isEmpty();
    }

    @Test
    void aPhotoUrlWithAWrongUsedOrExpiredTokenGets404AndIsCounted() throws Exception {
        SimulatedCamera cam = fleet("cam-1").camera("cam-1");
        template.request("hfcamera:persons?deviceId=cam-1", e -> e.getMessage()
                .setBody(List.of(person("u1", Jpegs.jpeg(20_000, "u1")), person("u2", Jpegs.jpeg(20_000, "u2")))));
        String used = cam.receivedCommands("EditPersonsNew").get(0).info(PersonBatch.class).persons().get(0).picUri();
        long refusedBefore = hfcamera().getPhotoRequestsRefused();

        // downloaded by the camera, and the batch answered: gone
        assertThat(status(used)).isEqualTo(404);
        // a token nobody was given
        String token = used.substring(used.lastIndexOf('/') + 1, used.lastIndexOf('.'));
        assertThat(status(used.replace(token, "Z" + token.substring(1)))).isEqualTo(404);
        // a file name, as the old photo servers served them
        assertThat(status(used.substring(0, used.lastIndexOf('/') + 1) + "u1.jpg")).isEqualTo(404);

        // a batch the camera never answers: its URLs expire with it, never downloaded
        cam.stopAnswering();
        Exchange silent = template.request("hfcamera:persons?deviceId=cam-1&batchTimeout=1000", e -> e.getMessage()
                .setBody(List.of(person("x1", Jpegs.jpeg(20_000, "x1")), person("x2", Jpegs.jpeg(20_000, "x2")))));
        assertThat(silent.getException()).isNotNull();
        List<io.github.camelhfcamera.hfcamera.simulator.ReceivedCommand> batches = cam.receivedCommands("EditPersonsNew");
        String expired = batches.get(batches.size() - 1).info(PersonBatch.class).persons().get(0).picUri();
        assertThat(status(expired)).isEqualTo(404);

        assertThat(hfcamera().getPhotoRequestsRefused() - refusedBefore).isEqualTo(4);
    }
}
