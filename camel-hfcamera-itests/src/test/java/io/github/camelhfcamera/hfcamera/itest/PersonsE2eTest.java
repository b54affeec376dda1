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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.HfCameraConstants;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonListReply;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonReply;
import io.github.camelhfcamera.hfcamera.session.HfCameraDeviceException;
import io.github.camelhfcamera.hfcamera.session.HfCameraTimeoutException;
import io.github.camelhfcamera.hfcamera.session.PersonsResult;
import io.github.camelhfcamera.hfcamera.simulator.Jpegs;
import io.github.camelhfcamera.hfcamera.simulator.ReceivedCommand;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.Broker;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every operation of hfcamera:persons against simulated cameras on an embedded Artemis. */
class PersonsE2eTest extends E2eTestSupport {

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedBroker.create();
    }

    @Test
    void upsertOf2500PersonsGoesAsThreeBatchesAndEveryPersonIsStored() throws Exception {
        SimulatedCamera cam = fleet("cam-1").camera("cam-1");

        Exchange out = template.request("hfcamera:persons?deviceId=cam-1", e -> e.getMessage()
                .setBody(people(2500, "p")));

        assertThat(out.getException()).isNull();
        PersonsResult r = out.getMessage().getBody(PersonsResult.class);
        assertThat(r.succeededCount()).isEqualTo(2500);
        assertThat(r.commands()).isEqualTo(3);
        assertThat(out.getMessage().getHeader(HfCameraConstants.SUCCEEDED_COUNT)).isEqualTo(2500);
        assertThat(cam.receivedCommands("EditPersonsNew")).hasSize(3);
        assertThat(cam.persons()).hasSize(2500);
    }

    @Test
    void everyPersonsOperation() throws Exception {
        SimulatedCamera cam = fleet("cam-1").camera("cam-1");
        String uri = "hfcamera:persons?deviceId=cam-1";

        // one person with a base64 photo: EditPerson
        Person lisa = Person.builder().customId("lisa").name("Lisa").personType(0)
                .pic(Jpegs.image(30_000, "lisa")).build();
        assertThat(template.requestBody(uri, lisa, PersonsResult.class).succeeded()).containsExactly("lisa");
        assertThat(cam.receivedCommands("EditPerson")).hasSize(1);

        // add: AddPersons (the camera downloads the photos)
        PersonsResult added = template.requestBody(uri + "&operation=add", people(5, "a"), PersonsResult.class);
        assertThat(added.succeededCount()).isEqualTo(5);
        assertThat(cam.receivedCommands("AddPersons")).hasSize(1);

        // get, with the photo
        SearchPersonReply got = template.requestBody(uri + "&operation=get&withPicture=true", "lisa",
                SearchPersonReply.class);
        assertThat(got.name()).isEqualTo("Lisa");
        assertThat(Jpegs.isPicture(got.pic().bytes())).isTrue();

        // listIds
        @SuppressWarnings("unchecked")
        List<String> ids = template.requestBody(uri + "&operation=listIds", (Object) null, List.class);
        assertThat(ids).containsExactlyInAnyOrder("lisa", "a0", "a1", "a2", "a3", "a4");

        // search: every page
        SearchPersonListReply found = template.requestBody(uri + "&operation=search&pageSize=2",
                Map.of("personType", 2, "gender", 2), SearchPersonListReply.class);
        assertThat(found.persons()).extracting(Person::customId)
                .containsExactlyInAnyOrder("lisa", "a0", "a1", "a2", "a3", "a4");
        assertThat(cam.receivedCommands("SearchPersonList")).hasSizeGreaterThanOrEqualTo(3);

        // delete several (one unknown), then one
        PersonsResult deleted = template.requestBody(uri + "&operation=delete", List.of("a0", "a1", "ghost"),
                PersonsResult.class);
        assertThat(deleted.succeeded()).containsExactlyInAnyOrder("a0", "a1");
        assertThat(deleted.failed()).extracting(f -> f.customId()).containsExactly("ghost");
        // DeletePersons names no reason: the component asked for ghost alone (DelPerson) and got the device's code
        assertThat(deleted.failed().get(0).errcode()).isEqualTo(464);
        assertThat(cam.receivedCommands("DelPerson")).hasSize(1);
        template.requestBody(uri + "&operation=delete", "a2");
        assertThat(cam.receivedCommands("DelPerson")).hasSize(2);
        assertThat(cam.person("a2")).isEmpty();

        // deleteAll, confirmed
        template.requestBody(uri + "&operation=deleteAll&confirm=true", (Object) null);
        assertThat(cam.persons()).isEmpty();
    }

    @Test
    void perPersonErrorsAreListedWithTheAppendixText() throws Exception {
        SimulatedCamera cam = fleet("cam-1").camera("cam-1");
        List<Person> list = new ArrayList<>(people(4, "e"));
        // preparePhotos=false: the URL goes to the camera as given (the component does not fetch it first)
        list.set(2, list.get(2).toBuilder().pic(null).picUri(unreachable("e2")).build());

        Exchange out = template.request("hfcamera:persons?deviceId=cam-1&operation=add&preparePhotos=false",
                e -> e.getMessage().setBody(list));

        PersonsResult r = out.getMessage().getBody(PersonsResult.class);
        assertThat(r.succeeded()).containsExactlyInAnyOrder("e0", "e1", "e3");
        assertThat(r.failed()).singleElement().satisfies(f -> {
            assertThat(f.customId()).isEqualTo("e2");
            assertThat(f.errcode()).isNotNull();
            assertThat(f.text()).isNotBlank().doesNotStartWith("errcode");
        });
        assertThat(out.getMessage().getHeader(HfCameraConstants.FAILED_COUNT)).isEqualTo(1);
        assertThat(cam.person("e2")).isEmpty();
    }

    @Test
    void aBusyDeviceGetsTheBatchAgainAfterTheRunningOne() throws Exception {
        SimulatedCamera cam = fleet("cam-1").camera("cam-1");
        cam.setBatchTimePerPerson(Duration.ofMillis(2));
        // another platform instance (its own connection) runs a long batch on the same camera
        HfCameraComponent other = component();
        context.addComponent("other", other);
        CompletableFuture<Object> running = template.asyncRequestBody("other:persons?deviceId=cam-1",
                people(1000, "o"));
        await(cam::isBatchRunning);

        PersonsResult mine = template.requestBody("hfcamera:persons?deviceId=cam-1", people(10, "m"),
                PersonsResult.class);

        assertThat(mine.succeededCount()).isEqualTo(10);
        assertThat(((PersonsResult) running.get()).succeededCount()).isEqualTo(1000);
        List<ReceivedCommand> batches = cam.receivedCommands("EditPersonsNew");
        assertThat(batches.size()).as("the refused batch was sent again").isGreaterThanOrEqualTo(3);
        assertThat(cam.persons()).hasSize(1010);
        // two components, two connections: each has its own readiness check (per-device liveness only when asked for)
        assertThat(org.apache.camel.health.HealthCheckRegistry.get(context).getCheckIDs()).contains("hfcamera", "other")
                .noneMatch(id -> id.contains("-device-"));
    }

    @Test
    void twoDevicesAreServedInParallel() throws Exception {
        SimulatedFleet fleet = fleet("cam-1", "cam-2");
        fleet.cameras().forEach(c -> c.setBatchTimePerPerson(Duration.ofMillis(1)));
        @SuppressWarnings("unchecked")
        Map<String, Object> results = template.requestBody("hfcamera:persons?deviceId=cam-1,cam-2",
                people(1500, "x"), Map.class);
        assertThat(results).containsOnlyKeys("cam-1", "cam-2");
        assertThat(((PersonsResult) results.get("cam-2")).succeededCount()).isEqualTo(1500);
        assertThat(fleet.camera("cam-1").persons()).hasSize(1500);
        // in parallel: each camera got its first batch before the other one got its second
        List<ReceivedCommand> one = fleet.camera("cam-1").receivedCommands("EditPersonsNew");
        List<ReceivedCommand> two = fleet.camera("cam-2").receivedCommands("EditPersonsNew");
        assertThat(one).hasSize(2);
        assertThat(two).hasSize(2);
        assertThat(two.get(0).receivedAt()).isBefore(one.get(1).receivedAt());
        assertThat(one.get(0).receivedAt()).isBefore(two.get(1).receivedAt());
    }

    @Test
    void deviceErrorsAndSilenceFailTheExchange() throws Exception {
        SimulatedCamera cam = fleet("cam-1").camera("cam-1");
        Exchange missing = template.request("hfcamera:persons?deviceId=cam-1&operation=get",
                e -> e.getMessage().setBody("nobody"));
        assertThat(missing.getException()).isInstanceOf(HfCameraDeviceException.class)
                .hasMessageContaining("SearchPerson").hasMessageContaining("cam-1");

        cam.stopAnswering();
        Exchange silent = template.request("hfcamera:persons?deviceId=cam-1&requestTimeout=500",
                e -> e.getMessage().setBody(Person.builder().customId("s").name("s").pic(FACE).build()));
        assertThat(silent.getException()).isInstanceOf(org.apache.camel.ExchangeTimedOutException.class)
                .hasCauseInstanceOf(HfCameraTimeoutException.class).hasMessageContaining("EditPerson").hasMessageContaining("cam-1")
                .hasMessageContaining(cam.receivedCommands("EditPerson").get(0).messageId());
    }

    static void await(java.util.concurrent.Callable<Boolean> condition) {
        org.awaitility.Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(10)).until(condition);
    }
}
