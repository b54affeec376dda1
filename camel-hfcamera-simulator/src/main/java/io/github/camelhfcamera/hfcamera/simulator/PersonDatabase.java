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
package io.github.camelhfcamera.hfcamera.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelhfcamera.hfcamera.protocol.Checks;
import io.github.camelhfcamera.hfcamera.protocol.Image;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;

/**
 * A camera's person list: persons by customId plus the ones added on the device's web page (no customId), with a
 * capacity. Stored persons carry the device's personId, creatTime and photo. Text fields are cut to the device's
 * buffers (the document's "within N characters including terminator"). Thread-safe.
 */
final class PersonDatabase {

    /** One stored person and the fingerprint of its photo (for isCheckSimilarity). */
    private record Entry(Person person, int photoHash) {
    }

    private final Map<String, Entry> byCustomId = new LinkedHashMap<>();
    private final List<Person> webPersons = new ArrayList<>();
    private final Map<Integer, Integer> photoHashes = new HashMap<>();
    private volatile int capacity;
    private long nextPersonId = 1;

    PersonDatabase(int capacity) {
        this.capacity = capacity;
    }

    synchronized int capacity() {
        return capacity;
    }

    synchronized void capacity(int capacity) {
        this.capacity = capacity;
    }

    /** Every person, web ones included (totalPersonNum). */
    synchronized int total() {
        return byCustomId.size() + webPersons.size();
    }

    /** Persons with a customId (queryPersonNum). */
    synchronized int withCustomId() {
        return byCustomId.size();
    }

    synchronized boolean isFull() {
        return total() >= capacity;
    }

    synchronized boolean contains(String customId) {
        return byCustomId.containsKey(customId);
    }

    synchronized Person get(String customId) {
        Entry e = byCustomId.get(customId);
        return e == null ? null : e.person();
    }

    /** True when a stored person has exactly this photo (the simulator's "similarity too high"). */
    synchronized boolean hasPhoto(byte[] photo) {
        return photo != null && photoHashes.getOrDefault(Arrays.hashCode(photo), 0) > 0;
    }

    /**
     * Adds a person or merges a change into the stored one: fields the command leaves out keep their value, and a
     * new photo (when given) replaces the old one.
     *
     * @return the stored person, or {@code null} when the list is full and the person is new
     */
    synchronized Person put(Person given, byte[] photo, String now) {
        Entry old = byCustomId.get(given.customId());
        if (old == null && isFull()) {
            return null;
        }
        Person base = old == null ? Person.builder().build() : old.person();
        Person.Builder b = base.toBuilder()
                .customId(cut(given.customId(), Checks.CUSTOM_ID_SIZE));
        if (given.name() != null) {
            b.name(cut(given.name(), 32));
        }
        if (given.personType() != null) {
            b.personType(given.personType());
        }
        if (given.gender() != null) {
            b.gender(given.gender());
        }
        if (given.idCard() != null) {
            b.idCard(cut(given.idCard(), 32));
        }
        if (given.birthday() != null) {
            b.birthday(given.birthday());
        }
        if (given.telnum1() != null) {
            b.telnum1(cut(given.telnum1(), 32));
        }
        if (given.address() != null) {
            b.address(cut(given.address(), 72));
        }
        if (given.tempValid() != null) {
            b.tempValid(given.tempValid());
        }
        if (given.validBegin() != null) {
            b.validBegin(given.validBegin());
        }
        if (given.validEnd() != null) {
            b.validEnd(given.validEnd());
        }
        if (given.effectNumber() != null) {
            b.effectNumber(given.effectNumber());
        }
        if (given.picUri() != null) {
            b.picUri(given.picUri());
        }
        if (!given.unknown().isEmpty()) {
            Map<String, Object> extra = new LinkedHashMap<>(base.unknown());
            extra.putAll(given.unknown());
            b.unknown(extra);
        }
        int hash = old == null ? 0 : old.photoHash();
        if (photo != null) {
            b.pic(Image.ofJpeg(photo));
            forgetPhoto(hash);
            hash = Arrays.hashCode(photo);
            photoHashes.merge(hash, 1, Integer::sum);
        }
        if (old == null) {
            long id = nextPersonId++;
            b.personId(Long.toString(id)).libId(id).createTime(now);
        }
        Person stored = b.checkSimilarity(null).build();
        byCustomId.put(stored.customId(), new Entry(stored, hash));
        return stored;
    }

    /** A person added on the device's web page: counted in totalPersonNum, without a customId. */
    synchronized Person addWebPerson(String name, String now) {
        long id = nextPersonId++;
        Person p = Person.builder().personId(Long.toString(id)).libId(id).customId("").name(cut(name, 32))
                .personType(0).gender(0).createTime(now).build();
        webPersons.add(p);
        return p;
    }

    synchronized Person remove(String customId) {
        Entry e = byCustomId.remove(customId);
        if (e == null) {
            return null;
        }
        forgetPhoto(e.photoHash());
        return e.person();
    }

    synchronized int clear() {
        int n = total();
        byCustomId.clear();
        webPersons.clear();
        photoHashes.clear();
        return n;
    }

    /** Persons with a customId, in the order they were added. */
    synchronized List<Person> persons() {
        List<Person> all = new ArrayList<>(byCustomId.size());
        for (Entry e : byCustomId.values()) {
            all.add(e.person());
        }
        return all;
    }

    /** Every person, web ones first, as the device lists them. */
    synchronized List<Person> all() {
        List<Person> all = new ArrayList<>(webPersons);
        all.addAll(persons());
        return all;
    }

    private void forgetPhoto(int hash) {
        if (hash != 0) {
            photoHashes.computeIfPresent(hash, (k, n) -> n <= 1 ? null : n - 1);
        }
    }

    /** The text as a C buffer of {@code size} bytes (terminator included) holds it: at most size-1 UTF-8 bytes. */
    static String cut(String s, int size) {
        if (s == null) {
            return null;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length <= size - 1) {
            return s;
        }
        int n = size - 1;
        while (n > 0 && (b[n] & 0xC0) == 0x80) {
            n--;
        }
        return new String(b, 0, n, StandardCharsets.UTF_8);
    }
}
