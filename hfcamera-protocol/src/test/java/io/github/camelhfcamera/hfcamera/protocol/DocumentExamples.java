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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The document's JSON examples in {@code src/test/resources/document-examples} (see the README there). */
final class DocumentExamples {

    static final String DIR = "document-examples";

    private DocumentExamples() {
    }

    /** File names of every example, sorted by section. */
    static List<String> names() {
        URL url = DocumentExamples.class.getClassLoader().getResource(DIR);
        if (url == null) {
            throw new IllegalStateException(DIR + " missing from the test class path");
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String name) {
        try (InputStream in = DocumentExamples.class.getClassLoader().getResourceAsStream(DIR + "/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operator part of a file name: {@code 10.1.3_UpMQTTconfig_2.json} gives {@code UpMQTTconfig}. */
    static String operatorPart(String name) {
        return name.substring(name.indexOf('_') + 1).replaceFirst("(_\\d+)?\\.json$", "");
    }

    /** The table's operator a file names directly (commands, platform replies, events), if any. */
    static Optional<Operator> operator(String name) {
        return Operator.of(operatorPart(name));
    }

    /** The command whose reply a file holds ({@code 20.2_ManualPushRecords-Ack.json} gives ManualPushRecords). */
    static Optional<Operator> answeredCommand(String name) {
        String op = operatorPart(name);
        if (Operator.of(op).isPresent() || !op.endsWith("-Ack")) {
            return Optional.empty();
        }
        return Operator.of(op.substring(0, op.length() - "-Ack".length()));
    }
}
