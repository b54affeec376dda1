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
package io.github.camelhfcamera.hfcamera;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.github.camelhfcamera.hfcamera.protocol.HfValidationException;
import io.github.camelhfcamera.hfcamera.protocol.model.DeleteAllPersonRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonListReply;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonReply;
import io.github.camelhfcamera.hfcamera.session.HfCameraDeviceException;
import io.github.camelhfcamera.hfcamera.session.HfCameraTimeoutException;
import io.github.camelhfcamera.hfcamera.session.PersonsResult;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.test.PhotoServer;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The persons producer against simulated cameras, which keep the person list and download every picURI. */
class HfCameraPersonsProducerTest extends HfCameraTestSupport {

    static PhotoServer photos;

    @BeforeAll
    static void startPhotos() {
        photos = new PhotoServer(2_000);
    }

    @AfterAll
    static void stopPhotos() {
        photos.close();
    }

    static List<Person> people(int n) {
        return IntStream.range(0, n).mapToObj(i -> Person.builder().customId("p" + i).name("n" + i).personType(0)
                .picUri(photos.url("/" + i + ".jpg")).build()).toList();
    }

    static Person person(String customId, String name) {
        return Person.builder().customId(customId).name(name).picUri(photos.url("/" + customId + ".jpg")).build();
    }

    @Test
    void upsertToTwoDevicesInParallelGivesATypedResultPerDevice() throws Exception {
        SimulatedFleet fleet = start(simulator("cam-1", "cam-2"));

        Exchange out = template.request("hfcamera:persons?deviceId=cam-1,cam-2", e -> e.getMessage()
                .setBody(people(2500)));

        assertThat(out.getException()).isNull();
        @SuppressWarnings("unchecked")
        Map<String, PersonsResult> results = out.getMessage().getBody(Map.class);
        assertThat(results).containsOnlyKeys("cam-1", "cam-2");
        assertThat(results.get("cam-1").succeededCount()).isEqualTo(2500);
        assertThat(results.get("cam-2").commands()).isEqualTo(3);
        assertThat(out.getMessage().getHeader(HfCameraConstants.SUCCEEDED_COUNT)).isEqualTo(5000);
        assertThat(out.getMessage().getHeader(HfCameraConstants.FAILED_COUNT)).isEqualTo(0);
        assertThat(fleet.camera("cam-1").persons()).hasSize(2500);
        assertThat(fleet.camera("cam-2").persons()).hasSize(2500);
        assertThat(fleet.camera("cam-2").receivedCommands("EditPersonsNew")).hasSize(3);
    }

    @Test
    void everyPersonsOperationOnOneDevice() throws Exception {
        SimulatedCamera cam = camera("cam-1");
        String uri = "hfcamera:persons?deviceId=cam-1";

        // one person from JSON: EditPerson
        PersonsResult one = template.requestBody(uri, "{\"customId\":\"p-1\",\"name\":\"Lisa\",\"personType\":0,"
                                                      + "\"picURI\":\"" + photos.url("/lisa.jpg") + "\"}",
                PersonsResult.class);
        assertThat(one.succeeded()).containsExactly("p-1");
        assertThat(commands(cam).get(0).operator()).isEqualTo("EditPerson");
        assertThat(cam.person("p-1")).get().extracting(Person::name).isEqualTo("Lisa");

        // add: AddPersons
        PersonsResult added = template.requestBodyAndHeader(uri, people(3), HfCameraConstants.OPERATION, "add",
                PersonsResult.class);
        assertThat(added.succeeded()).containsExactly("p0", "p1", "p2");
        assertThat(cam.receivedCommands("AddPersons")).hasSize(1);

        // get with the picture (pic beside info): the photo the camera downloaded
        SearchPersonReply got = template.requestBody(uri + "&operation=get&withPicture=true", "p1",
                SearchPersonReply.class);
        assertThat(got.name()).isEqualTo("n1");
        assertThat(got.pic().bytes()).startsWith(0xFF, 0xD8, 0xFF).isEqualTo(photos.photo());

        // listIds
        @SuppressWarnings("unchecked")
        List<String> ids = template.requestBody(uri + "&operation=listIds", null, List.class);
        assertThat(ids).containsExactlyInAnyOrder("p-1", "p0", "p1", "p2");

        // search: every page
        SearchPersonListReply found = template.requestBody(uri + "&operation=search&pageSize=2",
                Map.of("personType", 2), SearchPersonListReply.class);
        assertThat(found.persons()).extracting(Person::customId).containsExactlyInAnyOrder("p-1", "p0", "p1", "p2");
        assertThat(cam.receivedCommands("SearchPersonList")).hasSize(2);

        // delete several: DeletePersons, the unknown one listed as failed
        Exchange del = template.request(uri + "&operation=delete", e -> e.getMessage().setBody(List.of("p0",
                "p1", "ghost")));
        PersonsResult deleted = del.getMessage().getBody(PersonsResult.class);
        assertThat(deleted.succeeded()).containsExactly("p0", "p1");
        assertThat(deleted.failed()).extracting(f -> f.customId()).containsExactly("ghost");
        assertThat(del.getMessage().getHeader(HfCameraConstants.FAILED_COUNT)).isEqualTo(1);
        // DeletePersons gives no reason: ghost was asked again alone, for the device's code
        assertThat(deleted.failed().get(0).errcode()).isEqualTo(464);
        assertThat(cam.receivedCommands("DelPerson")).hasSize(1);

        // delete one: DelPerson
        template.requestBody(uri + "&operation=delete", "p2");
        assertThat(cam.receivedCommands("DelPerson")).hasSize(2);
        assertThat(cam.persons()).extracting(Person::customId).containsExactly("p-1");

        // deleteAll needs confirm
        Exchange refused = template.request(uri + "&operation=deleteAll", e -> { });
        assertThat(refused.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("confirm=true");
        assertThat(cam.receivedCommands("DeleteAllPerson")).isEmpty();
        template.requestBody(uri + "&operation=deleteAll&confirm=true", (Object) null);
        assertThat(cam.persons()).isEmpty();
        assertThat(cam.receivedCommands("DeleteAllPerson").get(0).info(DeleteAllPersonRequest.class).deleteAll())
                .isEqualTo(1);
    }

    @Test
    void deviceErrorAndTimeoutFailTheExchangeWithTypedExceptions() throws Exception {
        SimulatedCamera cam = camera("cam-1");

        // nobody of that customId on the camera
        Exchange failed = template.request("hfcamera:persons?deviceId=cam-1&operation=get", e -> e.getMessage()
                .setBody("nobody"));
        assertThat(failed.getException()).isInstanceOf(HfCameraDeviceException.class)
                .hasMessageContaining("SearchPerson").hasMessageContaining("can't find customId's person");

        cam.stopAnswering();
        Exchange timedOut = template.request("hfcamera:persons?deviceId=cam-1&requestTimeout=300", e -> e.getMessage()
                .setBody(person("p-1", "Lisa")));
        // Camel's timeout exception, naming the command; the session's own is its cause
        assertThat(timedOut.getException()).isInstanceOf(org.apache.camel.ExchangeTimedOutException.class)
                .hasMessageContaining("EditPerson").hasMessageContaining("cam-1").hasMessageContaining("within 300 ms")
                .hasCauseInstanceOf(HfCameraTimeoutException.class);
    }

    @Test
    void invalidBodyFailsBeforeAnythingIsSent() throws Exception {
        SimulatedCamera cam = camera("cam-1");
        Exchange out = template.request("hfcamera:persons?deviceId=cam-1", e -> e.getMessage().setBody(
                List.of(Person.of("p-1", "ok"), Person.of("", "no id"))));
        assertThat(out.getException()).isInstanceOf(HfValidationException.class)
                .hasMessageContaining("body[1].customId");

        Exchange noDevice = template.request("hfcamera:persons", e -> e.getMessage().setBody(Person.of("p", "p")));
        assertThat(noDevice.getException()).hasMessageContaining("deviceId");
        await().during(java.time.Duration.ofMillis(200)).atMost(java.time.Duration.ofSeconds(2))
                .until(() -> commands(cam).isEmpty());
    }

    @Test
    void deviceIdHeaderOverridesTheOption() throws Exception {
        SimulatedCamera cam = camera("cam-9");
        PersonsResult r = template.requestBodyAndHeader("hfcamera:persons?deviceId=cam-1", person("p", "p"),
                HfCameraConstants.DEVICE_ID, "cam-9", PersonsResult.class);
        assertThat(r.deviceId()).isEqualTo("cam-9");
        assertThat(cam.person("p")).isPresent();
    }
}
