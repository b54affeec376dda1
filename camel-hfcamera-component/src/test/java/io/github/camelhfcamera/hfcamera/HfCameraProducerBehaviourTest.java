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

import io.github.camelhfcamera.hfcamera.protocol.HfValidationException;
import io.github.camelhfcamera.hfcamera.protocol.model.DeviceInformation;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.protocol.model.SysTime;
import io.github.camelhfcamera.hfcamera.session.DeviceState;
import io.github.camelhfcamera.hfcamera.session.HfCameraTimeoutException;
import io.github.camelhfcamera.hfcamera.session.PersonFailure;
import io.github.camelhfcamera.hfcamera.session.PersonsResult;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** What a new user ran into with the producers: bodies, operators, devices, deletes and the device header. */
class HfCameraProducerBehaviourTest extends HfCameraTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the registry learns the devices' state from the status topics a consumer subscribes
                from("hfcamera:events?type=status").routeId("status").to("mock:status");
                from("direct:info-then-time")
                        .to("hfcamera:command?deviceId=cam-1&operator=GetDeviceInformation")
                        .to("hfcamera:command?deviceId=cam-1&operator=GetSysTime");
                from("direct:snap-then-time")
                        .to("hfcamera:command?deviceId=cam-1&operator=GetSceneSnap")
                        .to("hfcamera:command?deviceId=cam-1&operator=GetSysTime");
            }
        };
    }

    @Test
    void aCommandWithoutParametersIgnoresTheReplyOrPictureBeforeIt() throws Exception {
        SimulatedCamera cam = camera("cam-1");
        Exchange info = template.request("direct:info-then-time", e -> { });
        assertThat(info.getException()).isNull();
        assertThat(info.getMessage().getBody()).isInstanceOf(SysTime.class);
        Exchange snap = template.request("direct:snap-then-time", e -> { });
        assertThat(snap.getException()).isNull();
        assertThat(snap.getMessage().getBody(SysTime.class).sysTime()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(cam.receivedCommands("GetSysTime")).hasSize(2);
    }

    @Test
    void aCommandWithParametersRefusesABodyThatIsNoRequestAndNamesWhatItTakes() throws Exception {
        SimulatedCamera cam = camera("cam-1");
        Exchange reply = template.request("hfcamera:command?deviceId=cam-1&operator=UpSoundconfig",
                e -> e.getMessage().setBody(DeviceInformation.builder().deviceType(1).build()));
        assertThat(reply.getException()).isInstanceOf(HfValidationException.class)
                .hasMessageContaining("UpSoundconfig takes a SoundConfig, a Map or JSON text")
                .hasMessageContaining("the body is a DeviceInformation");
        Exchange jpeg = template.request("hfcamera:command?deviceId=cam-1&operator=SetSysTime",
                e -> e.getMessage().setBody(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1 }));
        assertThat(jpeg.getException()).isInstanceOf(HfValidationException.class)
                .hasMessageContaining("SetSysTime takes a SysTime, a Map or JSON text")
                .hasMessageContaining("4 bytes that are not a JSON object");
        Thread.sleep(200);
        assertThat(commands(cam)).isEmpty();
        // the same body types as before still work
        assertThat(template.requestBody("hfcamera:command?deviceId=cam-1&operator=SetSysTime",
                "{\"SysTime\":\"2020-04-01 17:59:54\"}".getBytes())).isNotNull();
    }

    @Test
    void anUnknownOperatorFailsWhenTheRouteStartsNamingTheNearestOne() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:typo").to("hfcamera:command?deviceId=cam-1&operator=GetSystime");
            }
        })).hasStackTraceContaining("operator 'GetSystime' is not a command of the protocol document; did you mean"
                                    + " GetSysTime?")
                .hasStackTraceContaining("allowUnknownOperator=true");
        // from the header: the exchange fails at once, nothing is published
        Exchange header = template.request("hfcamera:command?deviceId=cam-1", e -> e.getMessage()
                .setHeader(HfCameraConstants.OPERATOR, "RebootDevise"));
        assertThat(header.getException()).hasMessageContaining("did you mean RebootDevice?");
    }

    @Test
    void aDeviceTheRegistryKnowsOfflineFailsAtOnceUnlessAskedToSendAnyway() throws Exception {
        awaitEventsSubscribed();
        SimulatedCamera cam = camera("cam-1");
        await().until(() -> component().getSession().registry().state("cam-1").orElse(null) == DeviceState.ONLINE);
        // the camera loses its network: the broker publishes its will (Offline), and nothing more comes from it
        cam.loseNetwork();
        await().until(() -> component().getSession().registry().state("cam-1").orElse(null) == DeviceState.OFFLINE);
        cam.clearReceivedCommands();

        Exchange refused = template.request("hfcamera:command?deviceId=cam-1&operator=GetSysTime", e -> { });
        assertThat(refused.getException()).isInstanceOf(HfCameraDeviceUnavailableException.class)
                .hasMessageContaining("cam-1 is OFFLINE").hasMessageContaining("GetSysTime not sent")
                .hasMessageContaining("sendToOfflineDevices=true");
        Exchange persons = template.request("hfcamera:persons?deviceId=cam-1&operation=delete",
                e -> e.getMessage().setBody("p1"));
        assertThat(persons.getException()).isInstanceOf(HfCameraDeviceUnavailableException.class);
        Thread.sleep(200);
        assertThat(commands(cam)).isEmpty();

        // back on the network (its Online comes later than the command): sent anyway, and answered
        cam.restoreNetwork();
        cam.awaitConnected(java.time.Duration.ofSeconds(10));
        Object anyway = template.requestBody(
                "hfcamera:command?deviceId=cam-1&operator=GetSysTime&sendToOfflineDevices=true", (Object) null);
        assertThat(anyway).isInstanceOf(SysTime.class);
    }

    @Test
    void aTimeoutForADeviceNeverHeardOfSaysSo() {
        Exchange out = template.request("hfcamera:command?deviceId=cam-9&operator=GetSysTime&requestTimeout=300",
                e -> { });
        assertThat(out.getException()).isInstanceOf(org.apache.camel.ExchangeTimedOutException.class)
                .hasCauseInstanceOf(HfCameraTimeoutException.class)
                .hasMessageContaining("no answer from cam-9 to GetSysTime")
                .hasMessageContaining("the component has never heard of cam-9");
    }

    @Test
    void deletingMissingPersonsGivesTheSameResultForOneIdAndForSeveral() throws Exception {
        SimulatedCamera cam = camera("cam-1");
        cam.addPerson(Person.of("p1", "one"));
        String uri = "hfcamera:persons?deviceId=cam-1&operation=delete";

        Exchange one = template.request(uri, e -> e.getMessage().setBody("ghost"));
        assertThat(one.getException()).as("a refused person does not fail the exchange").isNull();
        PersonsResult single = one.getMessage().getBody(PersonsResult.class);
        assertThat(single.failed()).singleElement().satisfies(f -> {
            assertThat(f.customId()).isEqualTo("ghost");
            assertThat(f.errcode()).isEqualTo(464);
            assertThat(f.text()).isNotBlank().doesNotContain("no errcode");
        });

        Exchange several = template.request(uri, e -> e.getMessage().setBody(List.of("p1", "ghost", "ghost-2")));
        PersonsResult many = several.getMessage().getBody(PersonsResult.class);
        assertThat(many.succeeded()).containsExactly("p1");
        assertThat(many.failed()).extracting(PersonFailure::customId).containsExactly("ghost", "ghost-2");
        assertThat(many.failed()).allSatisfy(f -> {
            assertThat(f.errcode()).isEqualTo(464);
            assertThat(f.text()).isEqualTo(single.failed().get(0).text());
        });
        assertThat(several.getMessage().getHeader(HfCameraConstants.FAILED_COUNT)).isEqualTo(2);
    }

    @Test
    void everyReplyNamesItsDeviceInTheHeaderWhenTheDeviceIsOnTheUri() throws Exception {
        camera("cam-1");
        Exchange snap = template.request("hfcamera:command?deviceId=cam-1&operator=GetSceneSnap", e -> { });
        assertThat(snap.getMessage().getHeader(HfCameraConstants.DEVICE_ID)).isEqualTo("cam-1");
        camera("cam-2");
        Exchange ids = template.request("hfcamera:persons?deviceId=cam-2&operation=listIds", e -> { });
        assertThat(ids.getMessage().getHeader(HfCameraConstants.DEVICE_ID)).isEqualTo("cam-2");
    }
}
