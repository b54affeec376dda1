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

import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.session.PersonsResult;
import io.github.camelhfcamera.hfcamera.simulator.ReceivedCommand;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** busyRetryDelay is the endpoint's: overriding it keeps the component's connection and is what the retry waits. */
class HfCameraBusyRetryTest extends HfCameraTestSupport {

    @Test
    void aBusyBatchIsSentAgainAfterTheEndpointsDelayOnTheSharedConnection() throws Exception {
        HfCameraPersonsProducerTest.photos = new io.github.camelhfcamera.hfcamera.test.PhotoServer(2_000);
        SimulatedCamera cam = camera("cam-1");
        // the first batch is refused as busy (410), as a camera still running another one does
        cam.failCommands("EditPersonsNew", 410, 1);

        // the component says 100 ms (HfCameraTestSupport), a session by itself 2 s; this endpoint waits 3 s
        PersonsResult r = template.requestBody("hfcamera:persons?deviceId=cam-1&busyRetryDelay=3000",
                List.of(HfCameraPersonsProducerTest.person("p-1", "A"), HfCameraPersonsProducerTest.person("p-2", "B")),
                PersonsResult.class);

        assertThat(r.succeededCount()).isEqualTo(2);
        assertThat(component().getSessions()).as("one connection: busyRetryDelay does not select one").hasSize(1);
        List<ReceivedCommand> edits = cam.receivedCommands("EditPersonsNew");
        assertThat(edits).hasSize(2);
        assertThat(java.time.Duration.between(edits.get(0).receivedAt(), edits.get(1).receivedAt()).toMillis())
                .as("ms the retry waited: the endpoint's delay").isGreaterThanOrEqualTo(2900);
        HfCameraPersonsProducerTest.photos.close();
    }
}
