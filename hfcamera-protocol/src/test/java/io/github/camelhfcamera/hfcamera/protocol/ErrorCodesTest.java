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

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.github.camelhfcamera.hfcamera.protocol.model.PersonBatchReply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The appendix's error tables 29.1-29.17: one lookup of each table, and the per-operator meaning of a number. */
class ErrorCodesTest {

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            29.1  | EDIT_PERSON          | code    | 464   | Get pic Person Feature err, please change a pic
            29.1  | EDIT_PERSON          | code    | 472   | get pic and get URI error
            29.2  | SEARCH_PERSON        | code    | 464   | can't find customId's person
            29.3  | SEARCH_PERSON_LIST   | code    | 466   | can not find person
            29.4  | DEL_PERSON           | code    | 464   | can't find customId's person
            29.4  | DEL_PERSON           | code    | 461   | can't find customId
            29.5  | DELETE_ALL_PERSON    | code    | 463   | Parameter deleteall error
            29.6  | ADD_PERSONS          | code    | 410   | AddPersons is busy
            29.6  | ADD_PERSONS          | errcode | 468   | Failed to extract facial features from images
            29.6  | ADD_PERSONS          | errcode | 478   | The similarity between the personnel picture and the personnel database picture is too high (the personnel picture already exists)
            29.7  | DELETE_PERSONS       | code    | 416   | PersonNum out of range
            29.8  | EDIT_PERSONS_NEW     | code    | 410   | EditPersonsNew is busy
            29.8  | EDIT_PERSONS_NEW     | errcode | 474   | Device list is full
            29.8  | EDIT_PERSONS_NEW     | errcode | 468   | Failed to extract facial features from images
            29.9  | UP_MQTT_CONFIG       | code    | 462   | Parameter error
            29.10 | UP_SOUND_CONFIG      | code    | 462   | Parameter error
            29.11 | SET_SYS_TIME         | code    | 463   | Can't find SysTime
            29.12 | GET_SCENE_SNAP       | code    | 11000 | Shoot one picture fail
            29.13 | MANUAL_PUSH_RECORDS  | code    | 467   | Unknow RecordUploadType
            29.14 | MANUAL_PUSH_SNAPS    | code    | 466   | Can't Find any snap issue, please check TimeS and TimeE
            29.15 | TARGET_COUNT_STATS_CFG | code  | 22003 | Unknow resetTime
            29.16 | TARGET_RESET_COUNT   | code    | 23000 | Set TargetResetCount fail
            29.17 | SET_ALARM_RESET      | code    | 463   | can not find EliminateTime
            """)
    void eachTableReadsAsTheDocumentPrintsIt(String table, Operator operator, String kind, int code, String text) {
        var row = kind.equals("code") ? ErrorCodes.code(operator, code) : ErrorCodes.errcode(operator, code);
        assertThat(row).isPresent();
        assertThat(row.get().table()).isEqualTo(table);
        assertThat(row.get().message()).isEqualTo(text);
        assertThat(kind.equals("code") ? ErrorCodes.describe(operator, code) : ErrorCodes.describeErrcode(operator, code))
                .isEqualTo(text);
    }

    @Test
    void theSameNumberMeansWhatItsOperatorsTableSays() {
        assertThat(ErrorCodes.describe(Operator.DEL_PERSON, 464)).isEqualTo("can't find customId's person");
        assertThat(ErrorCodes.describe(Operator.EDIT_PERSON, 464)).isEqualTo("Get pic Person Feature err, please change a pic");
        assertThat(ErrorCodes.describeErrcode(Operator.ADD_PERSONS, 461)).isEqualTo("customId already exists");
        assertThat(ErrorCodes.describeErrcode(Operator.EDIT_PERSONS_NEW, 461)).isEqualTo("Failed to get customId");
        // a reply code and a batch errcode of one operator are different tables
        assertThat(ErrorCodes.code(Operator.ADD_PERSONS, 468)).isEmpty();
        assertThat(ErrorCodes.describe(Operator.ADD_PERSONS, 468)).isEqualTo("code 468");
        assertThat(ErrorCodes.describeErrcode(Operator.DEL_PERSON, 468)).isEqualTo("errcode 468");
    }

    @Test
    void aBatchResultsErrcodesAreExplainedByItsOperatorsTable() {
        var codec = new HfCodec();
        PersonBatchReply reply = codec.decodeReply(("{\"operator\":\"AddPersons-Ack\",\"info\":{\"AddErrNum\":\"1\","
                + "\"AddErrInfo\":[{\"customId\":\"b\",\"errcode\":\"468\"}],\"result\":\"ok\"}}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), Operator.ADD_PERSONS).info(PersonBatchReply.class);
        assertThat(ErrorCodes.describeErrcode(Operator.ADD_PERSONS, reply.errors().get(0).errcode()))
                .isEqualTo("Failed to extract facial features from images");
    }

    @Test
    void everyAppendixTableIsLoaded() {
        Set<String> tables = ErrorCodes.all().stream().map(ErrorCodes.ErrorCode::table)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>();
        for (int i = 1; i <= 17; i++) {
            expected.add("29." + i);
        }
        assertThat(tables).isEqualTo(expected);
        assertThat(ErrorCodes.all()).hasSize(124);
    }
}
