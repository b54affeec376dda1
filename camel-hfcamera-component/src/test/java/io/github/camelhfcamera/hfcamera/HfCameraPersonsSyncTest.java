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

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import io.github.camelhfcamera.hfcamera.protocol.HfValidationException;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.session.HfPersonSync;
import io.github.camelhfcamera.hfcamera.session.PersonSyncResult;
import io.github.camelhfcamera.hfcamera.simulator.ReceivedCommand;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The persons sync operation's Camel side: options, body, headers, the state repositories. */
class HfCameraPersonsSyncTest extends HfCameraTestSupport {

    @TempDir
    Path tmp;

    static SimulatedCamera seeded(SimulatedCamera cam, int n) {
        IntStream.range(0, n).forEach(i -> cam.addPerson(Person.of("p" + i, "Person " + i)));
        cam.clearReceivedCommands();
        return cam;
    }

    static List<Person> list(int n) {
        return IntStream.range(0, n).mapToObj(i -> Person.of("p" + i, "Person " + i)).toList();
    }

    @Test
    void theDefaultStateIsInMemoryAndSharedByTheComponentsEndpoints() throws Exception {
        SimulatedCamera cam = seeded(camera("cam-1"), 5);

        PersonSyncResult first = template.requestBody("hfcamera:persons?operation=sync&deviceId=cam-1", list(5),
                PersonSyncResult.class);
        assertThat(first.updated()).hasSize(5);

        // another endpoint (the operation from the header, the device too), JSON body: nothing to send
        cam.clearReceivedCommands();
        Exchange out = template.request("hfcamera:persons?pageSize=2", e -> {
            e.getMessage().setHeader(HfCameraConstants.OPERATION, "sync");
            e.getMessage().setHeader(HfCameraConstants.DEVICE_ID, "cam-1");
            e.getMessage().setBody("[" + String.join(",", IntStream.range(0, 5).mapToObj(i -> "{\"customId\":\"p"
                    + i + "\",\"name\":\"Person " + i + "\"}").toList()) + "]");
        });
        assertThat(out.getException()).isNull();
        PersonSyncResult again = out.getMessage().getBody(PersonSyncResult.class);
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(again.changed()).isFalse();
        assertThat(out.getMessage().getHeader(HfCameraConstants.SUCCEEDED_COUNT)).isEqualTo(0);
        assertThat(out.getMessage().getHeader(HfCameraConstants.DEVICE_ID)).isEqualTo("cam-1");
        assertThat(commands(cam)).extracting(ReceivedCommand::operator).containsOnly("SearchPersonList");
        assertThat(cam.receivedCommands("SearchPersonList")).hasSize(3);
    }

    @Test
    void aStateRepositoryBeanByReference() throws Exception {
        SimulatedCamera cam = seeded(camera("cam-1"), 3);
        FileStateRepository file = FileStateRepository.fileStateRepository(tmp.resolve("sync.state").toFile());
        context.getRegistry().bind("syncState", file);

        template.requestBody("hfcamera:persons?operation=sync&deviceId=cam-1&syncStateRepository=#syncState",
                list(3), PersonSyncResult.class);

        assertThat(file.getState(HfPersonSync.stateKey("cam-1", "p1"))).isNotEmpty();
        assertThat(java.nio.file.Files.readString(tmp.resolve("sync.state"))).contains("hfcamera.sync/cam-1/p1=");
        assertThat(cam.persons()).hasSize(3);
    }

    @Test
    void aBadMaxDeletesFailsTheRouteStartNamingTheOption() {
        assertThatThrownBy(() -> {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:bad").to("hfcamera:persons?operation=sync&deviceId=cam-1&maxDeletes=lots");
                }
            });
        }).rootCause().isInstanceOf(HfValidationException.class)
                .hasMessageContaining("maxDeletes").hasMessageContaining("'lots'").hasMessageContaining("10%");
    }

    @Test
    void noBodyIsRefusedAndAnInvalidPersonTooBeforeAnythingIsSent() throws Exception {
        SimulatedCamera cam = seeded(camera("cam-1"), 2);

        Exchange none = template.request("hfcamera:persons?operation=sync&deviceId=cam-1",
                e -> e.getMessage().setBody(null));
        assertThat(none.getException()).isInstanceOf(HfValidationException.class).hasMessageContaining("body")
                .hasMessageContaining("empty List");

        Exchange bad = template.request("hfcamera:persons?operation=sync&deviceId=cam-1",
                e -> e.getMessage().setBody(List.of(Person.of("ok", "Fine"), Person.builder().customId("x")
                        .name("n".repeat(40)).build())));
        assertThat(bad.getException()).isInstanceOf(HfValidationException.class)
                .hasMessageContaining("body[1].name");

        assertThat(commands(cam)).isEmpty();
        assertThat(cam.persons()).hasSize(2);
    }
}
