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
package io.github.camelhfcamera.hfcamera.protocol;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelhfcamera.hfcamera.protocol.model.DeletePersonsRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.protocol.model.PersonBatch;
import io.github.camelhfcamera.hfcamera.protocol.model.PersonBatchReply;
import io.github.camelhfcamera.hfcamera.protocol.model.RecPush;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonReply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HfCodecTest {

    private final HfCodec codec = new HfCodec();
    private final ObjectMapper json = new ObjectMapper();

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsRecPushWithNumbersAsStringsMisspelledNameAndUnknownField() {
        String jpeg = java.util.Base64.getEncoder().encodeToString(new byte[] { (byte) 0xFF, (byte) 0xD8, 1, 2, 3 });
        HfMessage<Object> m = codec.decode(bytes("{\"operator\":\"RecPush\",\"info\":{\"RecordID\":\"466\",\"Sendintime\":0,"
                + "\"persionName\":\"Zhang\",\"facesluiceId\":\"1006498\",\"similarity1\":\"96.000000\",\"newKey\":7,"
                + "\"pic\":\"data:image/jpeg;base64," + jpeg + "\"}}"));
        RecPush rec = m.info(RecPush.class);
        assertThat(rec.recordId()).isEqualTo(466L);
        assertThat(rec.personName()).isEqualTo("Zhang");
        assertThat(rec.similarity()).isEqualTo(96.0);
        assertThat(rec.deviceId()).isEqualTo("1006498");
        assertThat(rec.unknown()).containsEntry("newKey", 7);
        assertThat(rec.pic().mimeType()).isEqualTo("image/jpeg");
        assertThat(rec.pic().bytes()).containsExactly((byte) 0xFF, (byte) 0xD8, 1, 2, 3);
        assertThat(rec.pic().toString()).doesNotContain(jpeg);
    }

    @Test
    void movesTopLevelPicIntoInfo() {
        HfMessage<Object> m = codec.decodeReply(bytes("{\"messageId\":\"1\",\"operator\":\"SearchPerson-Ack\",\"code\":\"200\","
                + "\"info\":{\"customId\":\"a\",\"gender\":\"0\",\"result\":\"ok\"},\"pic\":\"QUJD\"}"), Operator.SEARCH_PERSON);
        SearchPersonReply r = m.info(SearchPersonReply.class);
        assertThat(m.code()).isEqualTo(200);
        assertThat(r.pic().bytes()).isEqualTo(bytes("ABC"));
        assertThat(m.envelope()).doesNotContainKey("pic");
    }

    @Test
    void readsInfoThatComesBeforeTheOperator() {
        HfMessage<Object> m = codec.decode(bytes("{\"info\":{\"facesluiceId\":\"x\",\"time\":\"t\"},\"operator\":\"HeartBeat\"}"));
        assertThat(m.info()).isInstanceOf(io.github.camelhfcamera.hfcamera.protocol.model.HeartBeat.class);
    }

    @Test
    void writesBatchEnvelopeFromTheList() throws Exception {
        PersonBatch batch = new PersonBatch(List.of(
                Person.builder().customId("a").name("A").picUri("http://h/a.jpg").build(),
                Person.builder().customId("b").name("B").picUri("http://h/b.jpg").build()));
        JsonNode n = json.readTree(codec.encode(Operator.ADD_PERSONS, "m1", batch));
        assertThat(n.get("DataBegin").asText()).isEqualTo("BeginFlag");
        assertThat(n.get("DataEnd").asText()).isEqualTo("EndFlag");
        assertThat(n.get("PersonNum").asInt()).isEqualTo(2);
        assertThat(n.get("info").isArray()).isTrue();
        assertThat(n.get("info").get(1).get("picURI").asText()).isEqualTo("http://h/b.jpg");

        HfMessage<Object> back = codec.decode(codec.encode(Operator.ADD_PERSONS, "m1", batch));
        assertThat(back.info(PersonBatch.class).persons()).hasSize(2);
        assertThat(back.envelope()).containsEntry("PersonNum", 2);

        JsonNode del = json.readTree(codec.encode(Operator.DELETE_PERSONS, "m2", new DeletePersonsRequest(List.of("a", "b", "c"))));
        assertThat(del.get("PersonNum").asInt()).isEqualTo(3);
        assertThat(del.get("info").get("customId").size()).isEqualTo(3);
    }

    @Test
    void readsBatchReplyItems() {
        HfMessage<Object> m = codec.decodeReply(bytes("{\"messageId\":\"x\",\"operator\":\"AddPersons-Ack\",\"info\":{\"facesluiceId\":\"d\","
                + "\"AddErrNum\":\"1\",\"AddSucNum\":\"1\",\"AddErrInfo\":[{\"customId\":\"b\",\"errcode\":\"468\"}],"
                + "\"AddSucInfo\":[{\"customId\":\"a\"}],\"result\":\"ok\"}}"), Operator.ADD_PERSONS);
        PersonBatchReply r = m.info(PersonBatchReply.class);
        assertThat(r.errors().get(0).errcode()).isEqualTo(468);
        assertThat(r.successes().get(0).customId()).isEqualTo("a");
    }

    @Test
    void refusesWhatIsNotAMessageWithoutQuotingIt() {
        assertThatThrownBy(() -> codec.decode(bytes("{\"operator\":\"RecPush\",\"info\":{\"RecordID\":\"secretvalue\"}}")))
                .isInstanceOf(HfProtocolException.class).hasMessageContaining("RecordID").hasMessageNotContaining("secretvalue");
        assertThatThrownBy(() -> codec.decode(bytes("[1,2]"))).isInstanceOf(HfProtocolException.class);
        assertThatThrownBy(() -> codec.decode(bytes("{\"operator\":\"RecPush\",\"info\":" + "[".repeat(100))))
                .isInstanceOf(HfProtocolException.class);
        assertThatThrownBy(() -> codec.decode(bytes("{\"info\":{}}"))).hasMessageContaining("operator");
    }

    @Test
    void unknownOperatorIsReadAsMap() {
        HfMessage<Object> m = codec.decode(bytes("{\"operator\":\"NewThing\",\"info\":{\"a\":\"1\"}}"));
        assertThat(m.info()).isInstanceOf(Map.class);
        assertThat(m.operator()).isEmpty();
    }

    @Test
    void deviceStyleWritesNumbersAsStrings() throws Exception {
        var reply = io.github.camelhfcamera.hfcamera.protocol.model.ManualPushReply.builder().deviceId("d").recordNum(17).result("ok").build();
        JsonNode n = json.readTree(codec.encodeAsDevice(new HfMessage<>("ManualPushSnaps-Ack", "m", 200, reply, Map.of())));
        assertThat(n.get("info").get("RecordNum").isTextual()).isTrue();
        assertThat(n.get("code").asText()).isEqualTo("200");
    }
}
