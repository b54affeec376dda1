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
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The protocol core stays free of Camel and of any MQTT client, so that it can be read, tested and reused alone: no
 * source file of the package (and its subpackages) names them, and no compiled class refers to them in its constant
 * pool.
 */
class ProtocolIsolationTest {

    private static final String[] FORBIDDEN = { "org.apache.camel", "org.eclipse.paho" };
    private static final String PACKAGE = "io/github/camelhfcamera/hfcamera/protocol";

    /** The forbidden packages a source text or a class file's bytes refer to. */
    static List<String> forbiddenReferences(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        List<String> found = new ArrayList<>();
        for (String f : FORBIDDEN) {
            // source form (org.apache.camel) and the constant pool's internal form (org/apache/camel)
            if (text.contains(f) || text.contains(f.replace('.', '/'))) {
                found.add(f);
            }
        }
        return found;
    }

    @Test
    void theScannerFindsBothFormsOfAReference() {
        assertThat(forbiddenReferences("import org.apache.camel.Exchange;".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("org.apache.camel");
        assertThat(forbiddenReferences("\u0001\u0000\u002aLorg/eclipse/paho/client/mqttv3/MqttClient;"
                .getBytes(StandardCharsets.ISO_8859_1))).containsExactly("org.eclipse.paho");
        assertThat(forbiddenReferences("import com.fasterxml.jackson.core.JsonParser;".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }

    @Test
    void noSourceFileOfTheProtocolPackageNamesCamelOrPaho() throws IOException {
        assertClean(Path.of("src/main/java", PACKAGE), ".java");
    }

    @Test
    void noCompiledClassOfTheProtocolPackageRefersToCamelOrPaho() throws IOException, URISyntaxException {
        Path classes = Path.of(Operator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertClean(classes.resolve(PACKAGE), ".class");
    }

    private static void assertClean(Path dir, String suffix) throws IOException {
        assertThat(dir).isDirectory();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
        // the whole core is scanned: the 56 operators' 71 model types and the codec around them
        assertThat(files).hasSizeGreaterThan(80);
        for (Path f : files) {
            assertThat(forbiddenReferences(Files.readAllBytes(f))).as("%s", dir.relativize(f)).isEmpty();
        }
    }
}
