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

import java.util.List;
import java.util.stream.IntStream;

import io.github.camelhfcamera.hfcamera.protocol.model.DeletePersonsRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.protocol.model.PersonBatch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonBatchesTest {

    private static List<Person> persons(int n) {
        return IntStream.range(0, n).mapToObj(i -> Person.builder().customId("p" + i).name("P" + i)
                .picUri("https://h/" + i + ".jpg").build()).toList();
    }

    @Test
    void splitsPersonsIntoValidBatchesOfAtMostAThousandInOrder() {
        List<PersonBatch> batches = PersonBatches.of(persons(2500));
        assertThat(batches).extracting(PersonBatch::personNum).containsExactly(1000, 1000, 500);
        assertThat(batches.get(1).persons().get(0).customId()).isEqualTo("p1000");
        assertThat(batches.get(2).persons().get(499).customId()).isEqualTo("p2499");
        batches.forEach(b -> b.validate(Operator.ADD_PERSONS));
    }

    @Test
    void exactlyAThousandIsOneBatchAndNoneIsNoBatch() {
        assertThat(PersonBatches.of(persons(1000))).hasSize(1);
        assertThat(PersonBatches.of(List.of())).isEmpty();
    }

    @Test
    void aRepeatedCustomIdGoesIntoALaterBatchSoTheLastEntryWins() {
        Person first = Person.builder().customId("a").name("old").picUri("https://h/a.jpg").build();
        Person other = Person.builder().customId("b").name("B").picUri("https://h/b.jpg").build();
        Person again = Person.builder().customId("a").name("new").picUri("https://h/a.jpg").build();
        List<PersonBatch> batches = PersonBatches.of(List.of(first, other, again));
        assertThat(batches).hasSize(2);
        assertThat(batches.get(0).persons()).containsExactly(first, other);
        assertThat(batches.get(1).persons()).containsExactly(again);
        batches.forEach(PersonBatch::validate);
    }

    @Test
    void aSmallerBatchSizeCanBeChosenWithinTheLimit() {
        assertThat(PersonBatches.of(persons(25), 10)).extracting(PersonBatch::personNum).containsExactly(10, 10, 5);
        assertThatThrownBy(() -> PersonBatches.of(persons(5), 1001)).isInstanceOf(HfValidationException.class)
                .hasMessageContaining("1..1000");
        assertThatThrownBy(() -> PersonBatches.deletions(List.of("a"), 0)).isInstanceOf(HfValidationException.class)
                .hasMessageContaining("1..200");
    }

    @Test
    void splitsCustomIdsIntoDeletionsOfAtMostTwoHundred() {
        List<String> ids = IntStream.range(0, 401).mapToObj(i -> "id" + i).toList();
        List<DeletePersonsRequest> requests = PersonBatches.deletions(ids);
        assertThat(requests).extracting(DeletePersonsRequest::personNum).containsExactly(200, 200, 1);
        assertThat(requests.get(2).customIds()).containsExactly("id400");
        requests.forEach(DeletePersonsRequest::validate);
        assertThat(PersonBatches.deletions(List.of())).isEmpty();
    }

    @Test
    void aNewPersonNeedsExactlyOneOfPicAndPicUri() {
        Person byUri = Person.builder().customId("a").name("A").picUri("https://h/a.jpg").build();
        Person byPic = Person.builder().customId("a").name("A").pic(Image.ofJpeg(new byte[] { 1, 2, 3 })).build();
        byUri.validateAsNewPerson();
        byPic.validateAsNewPerson();
        Person neither = Person.of("a", "A");
        neither.validate(); // a change to a known person may leave the photo as it is
        assertThatThrownBy(neither::validateAsNewPerson).isInstanceOf(HfValidationException.class)
                .hasMessage("info.picURI: give pic or picURI when adding a person (code 472 otherwise)");
        assertThatThrownBy(() -> byUri.toBuilder().pic(byPic.pic()).build().validateAsNewPerson())
                .hasMessage("info.pic: give pic or picURI, not both");
    }
}
