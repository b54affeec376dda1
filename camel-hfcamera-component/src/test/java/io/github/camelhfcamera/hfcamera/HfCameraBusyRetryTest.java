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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.session.PersonsResult;
import io.github.camelhfcamera.hfcamera.test.FakeCamera;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** busyRetryDelay is the endpoint's: overriding it keeps the component's connection and is what the retry waits. */
class HfCameraBusyRetryTest extends HfCameraTestSupport {

    @Test
    void aBusyBatchIsSentAgainAfterTheEndpointsDelayOnTheSharedConnection() throws Exception {
        FakeCamera cam = camera("cam-1");
        Map<String, Person> store = new HashMap<>();
        AtomicBoolean refused = new AtomicBoolean();
        FakeCamera.Answer persons = HfCameraPersonsProducerTest.personStore(cam, store);
        cam.answer(c -> "EditPersonsNew".equals(c.operatorName()) && refused.compareAndSet(false, true)
                ? cam.reply(c, 410, Map.of("facesluiceId", "cam-1", "result", "fail")) : persons.apply(c));

        // the component says 100 ms (HfCameraTestSupport), a session by itself 2 s; this endpoint waits 3 s
        PersonsResult r = template.requestBody("hfcamera:persons?deviceId=cam-1&busyRetryDelay=3000",
                List.of(Person.of("p-1", "A"), Person.of("p-2", "B")), PersonsResult.class);

        assertThat(r.succeededCount()).isEqualTo(2);
        assertThat(component().getSessions()).as("one connection: busyRetryDelay does not select one").hasSize(1);
        List<Long> at = cam.receivedAt();
        assertThat(cam.received()).extracting(m -> m.operatorName()).containsExactly("EditPersonsNew",
                "EditPersonsNew");
        assertThat((at.get(1) - at.get(0)) / 1_000_000).as("ms the retry waited: the endpoint's delay")
                .isGreaterThanOrEqualTo(2900);
    }
}
