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
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelhfcamera.hfcamera.protocol.model.BehaviorSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.CatAttrSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.CountReply;
import io.github.camelhfcamera.hfcamera.protocol.model.CountRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.FactoryDefaultRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.LineDetectionConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.PushAckAck;
import io.github.camelhfcamera.hfcamera.protocol.model.RecPush;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonReply;
import io.github.camelhfcamera.hfcamera.protocol.model.StrSnapPush;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What real firmware sends that a strict reader would refuse, one quirk a test. */
class FirmwareQuirksTest {

    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F',
            (byte) 0xFB, (byte) 0xEF, (byte) 0xBE, (byte) 0xFF, (byte) 0xD9 };

    private final HfCodec codec = new HfCodec();
    private final ObjectMapper json = new ObjectMapper();

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode written(HfMessage<?> m) throws Exception {
        return json.readTree(codec.encode(m));
    }

    @Test
    void numbersSentAsStringsAreReadAsNumbersAndWrittenAsNumbers() throws Exception {
        HfMessage<Object> m = codec.decode(bytes("{\"operator\":\"RecPush\",\"code\":\"200\",\"info\":{\"RecordID\":\"389\","
                + "\"VerifyStatus\":\"1\",\"PersonType\":\"0\",\"similarity1\":\"94.000000\",\"isNoMask\":\"2\","
                + "\"targetPosInScene\":[\"217\",\"0\",\"1333\",\"1080\"]}}"));
        RecPush rec = m.info(RecPush.class);
        assertThat(m.code()).isEqualTo(200);
        assertThat(rec.recordId()).isEqualTo(389L);
        assertThat(rec.verifyStatus()).isEqualTo(1);
        assertThat(rec.personType()).isZero();
        assertThat(rec.similarity()).isEqualTo(94.0);
        assertThat(rec.noMask()).isEqualTo(2);
        assertThat(rec.targetPosInScene()).containsExactly(217, 0, 1333, 1080);
        JsonNode out = written(m);
        assertThat(out.get("info").get("RecordID").isNumber()).isTrue();
        assertThat(out.get("info").get("RecordID").asLong()).isEqualTo(389L);
    }

    @ParameterizedTest
    @ValueSource(strings = { "persionName", "personName" })
    void personNameIsReadUnderBothSpellingsAndWrittenAsPersonName(String key) throws Exception {
        HfMessage<Object> m = codec.decode(bytes("{\"operator\":\"RecPush\",\"info\":{\"" + key + "\":\"张五\"}}"));
        assertThat(m.info(RecPush.class).personName()).isEqualTo("张五");
        assertThat(written(m).get("info").get("personName").asText()).isEqualTo("张五");
        assertThat(written(m).get("info").has("persionName")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "facesluiceId", "facesluicId", "facesluiceld" })
    void deviceIdIsReadUnderAllThreeSpellings(String key) throws Exception {
        HfMessage<Object> ack = codec.decode(bytes("{\"operator\":\"PushAck-Ack\",\"info\":{\"" + key + "\":\"758732\","
                + "\"result\":\"ok\",\"PushAckType\":\"1\",\"SnapOrRecordID\":\"217699\"}}"));
        assertThat(ack.info(PushAckAck.class).deviceId()).isEqualTo("758732");
        assertThat(ack.info(PushAckAck.class).snapOrRecordId()).isEqualTo(217699L);
        // written as the document's PushAck-Ack examples spell it (8.2, 8.4)
        assertThat(written(ack).get("info").get("facesluicId").asText()).isEqualTo("758732");

        HfMessage<Object> snap = codec.decode(bytes("{\"operator\":\"StrSnapPush\",\"info\":{\"" + key + "\":\"1006498\"}}"));
        assertThat(snap.info(StrSnapPush.class).deviceId()).isEqualTo("1006498");
        assertThat(written(snap).get("info").get("facesluiceId").asText()).isEqualTo("1006498");
    }

    @ParameterizedTest
    @ValueSource(strings = { "behaviorDirection", "behaviourDirection" })
    void behaviourDirectionIsReadUnderBothSpellings(String key) throws Exception {
        String info = "{\"" + key + "\":\"1\",\"objectType\":\"0\"}";
        assertThat(codec.decode(bytes("{\"operator\":\"GetCount\",\"info\":" + info + "}")).info(CountRequest.class)
                .behaviourDirection()).isEqualTo(1);
        assertThat(codec.decodeReply(bytes("{\"operator\":\"GetCount-Ack\",\"info\":" + info + "}"), Operator.GET_COUNT)
                .info(CountReply.class).behaviourDirection()).isEqualTo(1);
        assertThat(codec.decode(bytes("{\"operator\":\"BehaviorSnapPush\",\"info\":" + info + "}"))
                .info(BehaviorSnapPush.class).behaviourDirection()).isEqualTo(1);
        assertThat(codec.decode(bytes("{\"operator\":\"CatAttrSnapPush\",\"info\":" + info + "}"))
                .info(CatAttrSnapPush.class).behaviorDirection()).isEqualTo(1);
        // each is written with the spelling its own section of the document uses
        HfMessage<Object> request = codec.decode(bytes("{\"operator\":\"GetCount\",\"info\":" + info + "}"));
        assertThat(written(request).get("info").has("behaviourDirection")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "DefaultNetPar", "DefaltNetPar" })
    void factoryDefaultFlagsAreReadUnderBothSpellingsAndWrittenAsTheExampleSpellsThem(String key) throws Exception {
        String person = key.replace("NetPar", "Person");
        HfMessage<Object> m = codec.decode(bytes("{\"operator\":\"SetFactoryDefault\",\"info\":{\"" + key + "\":1,\""
                + person + "\":0}}"));
        FactoryDefaultRequest r = m.info(FactoryDefaultRequest.class);
        assertThat(r.defaultNetParameters()).isEqualTo(1);
        assertThat(r.defaultPersons()).isZero();
        assertThat(written(m).get("info").get("DefaultNetPar").asInt()).isEqualTo(1);
    }

    @Test
    void picIsReadBesideInfoOrInsideIt() {
        String pic = "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(JPEG);
        HfMessage<Object> beside = codec.decodeReply(bytes("{\"operator\":\"SearchPerson-Ack\",\"code\":\"200\","
                + "\"info\":{\"customId\":\"a\",\"result\":\"ok\"},\"pic\":\"" + pic + "\"}"), Operator.SEARCH_PERSON);
        HfMessage<Object> inside = codec.decodeReply(bytes("{\"operator\":\"SearchPerson-Ack\",\"code\":\"200\","
                + "\"info\":{\"customId\":\"a\",\"result\":\"ok\",\"pic\":\"" + pic + "\"}}"), Operator.SEARCH_PERSON);
        assertThat(beside.info(SearchPersonReply.class).pic().bytes()).isEqualTo(JPEG);
        assertThat(inside.info(SearchPersonReply.class).pic().bytes()).isEqualTo(JPEG);
        assertThat(beside.envelope()).doesNotContainKey("pic");
    }

    @Test
    void searchPersonAckIsWrittenWithItsPicBesideInfoAsTheDocumentShowsIt() throws Exception {
        HfMessage<Object> inside = codec.decodeReply(bytes("{\"operator\":\"SearchPerson-Ack\",\"code\":200,"
                + "\"info\":{\"customId\":\"a\",\"result\":\"ok\",\"pic\":\"QUJD\"}}"), Operator.SEARCH_PERSON);
        JsonNode out = json.readTree(codec.encodeAsDevice(inside));
        assertThat(out.get("pic").asText()).isEqualTo("QUJD");
        assertThat(out.get("info").has("pic")).isFalse();
        assertThat(out.get("info").get("customId").asText()).isEqualTo("a");
    }

    @Test
    void unknownFieldsAreKeptAndWrittenBack() throws Exception {
        HfMessage<Object> m = codec.decodeReply(bytes("{\"messageId\":\"m\",\"operator\":\"GetLineDetectionConfig-Ack\","
                + "\"firmware\":\"v9\",\"info\":{\"deviceId\":\"1\",\"newFlag\":[1,2],"
                + "\"algConf\":{\"sensitive\":5,\"nightMode\":{\"on\":true}}}}"), Operator.GET_LINE_DETECTION_CONFIG);
        LineDetectionConfig c = m.info(LineDetectionConfig.class);
        assertThat(c.unknown()).containsEntry("newFlag", List.of(1, 2));
        assertThat(c.algConf().unknown()).containsKey("nightMode");
        assertThat(m.envelope()).containsEntry("firmware", "v9");

        JsonNode out = written(m);
        assertThat(out.get("firmware").asText()).isEqualTo("v9");
        assertThat(out.get("info").get("newFlag")).hasSize(2);
        assertThat(out.get("info").get("algConf").get("nightMode").get("on").asBoolean()).isTrue();
    }

    @Test
    void imagesAreReadAsDataUriOrBareBase64() {
        String base64 = Base64.getEncoder().encodeToString(JPEG);
        RecPush uri = codec.decode(bytes("{\"operator\":\"RecPush\",\"info\":{\"pic\":\"data:image/jpeg;base64," + base64
                + "\"}}")).info(RecPush.class);
        RecPush bare = codec.decode(bytes("{\"operator\":\"RecPush\",\"info\":{\"pic\":\"" + base64 + "\"}}"))
                .info(RecPush.class);
        assertThat(uri.pic().bytes()).isEqualTo(JPEG);
        assertThat(uri.pic().mimeType()).isEqualTo("image/jpeg");
        assertThat(bare.pic().bytes()).isEqualTo(JPEG);
        assertThat(bare.pic().mimeType()).isNull();
        assertThat(uri.pic().decodedSizeEstimate()).isEqualTo(JPEG.length);
        assertThat(bare.pic().decodedSizeEstimate()).isEqualTo(JPEG.length);
    }

    @Test
    void base64WithJsonEscapedSlashesIsDecodedAndWrittenBackAsValidJson() throws Exception {
        String base64 = Base64.getEncoder().encodeToString(JPEG);
        assertThat(base64).contains("/"); // the test data must hold what gets escaped
        String escaped = base64.replace("/", "\\/");
        HfMessage<Object> m = codec.decode(bytes("{\"operator\":\"StrSnapPush\",\"info\":{\"scene\":\"data:image\\/jpeg;base64,"
                + escaped + "\"}}"));
        Image scene = m.info(StrSnapPush.class).scene();
        assertThat(scene.bytes()).isEqualTo(JPEG);
        assertThat(scene.text()).isEqualTo("data:image/jpeg;base64," + base64);
        assertThat(written(m).get("info").get("scene").asText()).isEqualTo("data:image/jpeg;base64," + base64);
    }

    @Test
    void anEmptyStringForANumberIsReadAsAbsent() {
        CountReply r = codec.decodeReply(bytes("{\"operator\":\"GetCount-Ack\",\"code\":\"200\",\"info\":{\"deviceId\":\"123555\","
                + "\"objectType\":\"0\",\"num\":\"\",\"behaviorDirection\":\"0\",\"result\":\"ok\"}}"), Operator.GET_COUNT)
                .info(CountReply.class);
        assertThat(r.num()).isNull();
        assertThat(r.objectType()).isZero();
        assertThat(r.unknown()).isEmpty();
    }
}
