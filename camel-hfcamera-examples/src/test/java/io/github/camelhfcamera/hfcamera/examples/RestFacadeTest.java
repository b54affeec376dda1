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
package io.github.camelhfcamera.hfcamera.examples;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.session.DeviceState;
import io.github.camelhfcamera.hfcamera.simulator.Await;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Example 4: the REST facade over real HTTP, against simulated cameras. */
class RestFacadeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path tmp;
    private static ExamplesFixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = ExamplesFixture.start(Map.of("events.dir", tmp.resolve("events").toString(),
                "snapshot.dir", tmp.resolve("snapshots").toString()), false);
    }

    @AfterAll
    static void stop() throws Exception {
        if (fx != null) {
            fx.close();
        }
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        return send(method, path, body, fx.request(path));
    }

    private static HttpResponse<String> send(String method, String path, String body, HttpRequest.Builder b)
            throws Exception {
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listsTheDevicesAndTheirState() throws Exception {
        HttpResponse<String> r = send("GET", "/api/devices", null);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("json"));
        List<Map<String, Object>> devices = JSON.readValue(r.body(), new TypeReference<>() { });
        assertThat(devices).extracting(d -> d.get("deviceId")).containsExactlyInAnyOrder("cam-1", "cam-2");
        assertThat(devices).extracting(d -> d.get("state")).containsOnly("ONLINE");
    }

    @Test
    void addsAndRemovesAPersonWithAPhotoFromTheClassPath() throws Exception {
        // a file of the application: the component reads it, makes it fit and sends it inline (one person)
        String person = "{\"customId\":\"rest-1\",\"name\":\"Rita Rest\",\"picURI\":"
                        + "\"classpath:demo/photos/E1001.jpg\"}";

        HttpResponse<String> added = send("POST", "/api/devices/cam-1/persons", person);

        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(JSON.readTree(added.body()).get("succeeded").toString()).contains("rest-1");
        assertThat(fx.fleet.camera("cam-1").person("rest-1")).map(Person::name).hasValue("Rita Rest");
        assertThat(fx.fleet.camera("cam-2").person("rest-1")).isEmpty();

        HttpResponse<String> removed = send("DELETE", "/api/devices/cam-1/persons/rest-1", null);

        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(fx.fleet.camera("cam-1").person("rest-1")).isEmpty();
    }

    @Test
    void anInvalidPersonIsRefusedWithTheFieldAndTheLimitAsTheDocsShow() throws Exception {
        // docs/examples/rest-facade.md: the request and the answer it prints
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/examples/rest-facade.md"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/api/devices/cam-1/persons -d '(\\{.*?})'\n"
                + "(\\{\"error\".*})\n").matcher(doc);
        assertThat(m.find()).as("the example in rest-facade.md").isTrue();
        HttpResponse<String> r = send("POST", "/api/devices/cam-1/persons", m.group(1));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).isEqualTo(m.group(2));
        assertThat(JSON.readTree(r.body()).get("error").asText()).contains("name");
        assertThat(fx.fleet.camera("cam-1").person("rest-2")).isEmpty();
    }

    @Test
    void runsACommandAndAnswersTheDevicesReply() throws Exception {
        HttpResponse<String> r = send("POST", "/api/devices/cam-2/commands/GetSysTime", null);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).toString()).contains("SysTime");
        assertThat(fx.fleet.camera("cam-2").receivedCommands()).anySatisfy(
                c -> assertThat(c.operator()).isEqualTo("GetSysTime"));
    }

    @Test
    void aCameraTheComponentKnowsOfflineAnswers503AtOnce() throws Exception {
        HfCameraComponent hf = fx.context().getComponent("hfcamera", HfCameraComponent.class);
        fx.fleet.camera("cam-2").loseNetwork();
        try {
            Await.until(() -> hf.getSession().registry().state("cam-2").orElseThrow() == DeviceState.OFFLINE,
                    Duration.ofSeconds(15), "cam-2 offline");
            HttpResponse<String> r = send("POST", "/api/devices/cam-2/commands/GetSysTime", null);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
            assertThat(JSON.readTree(r.body()).get("error").asText()).contains("cam-2 is OFFLINE");
        } finally {
            fx.fleet.camera("cam-2").restoreNetwork();
            Await.until(() -> hf.getSession().registry().state("cam-2").orElseThrow() == DeviceState.ONLINE,
                    Duration.ofSeconds(15), "cam-2 online again");
        }
    }

    @Test
    void aSnapshotCommandAnswersAJpeg() throws Exception {
        HttpRequest req = fx.request("/api/devices/cam-1/commands/GetSceneSnap")
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<byte[]> r = HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(Jpeg.isJpeg(r.body())).as("a JPEG (FFD8 ... FFD9)").isTrue();
    }

    private static HttpRequest.Builder anonymous(String path) {
        return HttpRequest.newBuilder(URI.create(fx.url(path))).timeout(Duration.ofSeconds(20));
    }

    @Test
    void withoutALoginNothingIsAnsweredAndNothingIsSentToACamera() throws Exception {
        int before = fx.fleet.camera("cam-2").receivedCommands().size();

        HttpResponse<String> list = send("GET", "/api/devices", null, anonymous("/api/devices"));
        HttpResponse<String> info = send("POST", "/api/devices/cam-2/commands/GetDeviceInformation", null,
                anonymous("/api/devices/cam-2/commands/GetDeviceInformation"));
        HttpResponse<String> reboot = send("POST", "/api/devices/cam-2/commands/RebootDevice", null,
                anonymous("/api/devices/cam-2/commands/RebootDevice"));
        HttpResponse<String> wrong = send("POST", "/api/devices/cam-2/commands/RebootDevice", null,
                anonymous("/api/devices/cam-2/commands/RebootDevice")
                        .header("Authorization", ExamplesFixture.basic(ExamplesFixture.USER, "wrong-password")));
        HttpResponse<String> snapshotYaml = send("POST", "/api/devices/cam-2/snapshot", null,
                anonymous("/api/devices/cam-2/snapshot"));
        HttpResponse<String> fleet = send("GET", "/api/console/fleet", null, anonymous("/api/console/fleet"));
        HttpResponse<String> noRoute = send("GET", "/api/nothing-here", null, anonymous("/api/nothing-here"));

        for (HttpResponse<String> r : List.of(list, info, reboot, wrong, snapshotYaml, fleet, noRoute)) {
            assertThat(r.statusCode()).as("%s %s", r.request().method(), r.uri()).isEqualTo(401);
        }
        assertThat(list.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("Basic realm="));
        assertThat(fx.fleet.camera("cam-2").receivedCommands()).hasSize(before);
        // no photo is served here without a credential: the cameras get theirs from the component's photo server
        assertThat(send("GET", "/photos/E1001.jpg", null, anonymous("/photos/E1001.jpg")).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aBearerTokenFromThePropertiesOpensTheApiToo() throws Exception {
        assertThat(send("GET", "/api/devices", null, anonymous("/api/devices")
                .header("Authorization", "Bearer " + ExamplesFixture.TOKEN)).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/devices", null, anonymous("/api/devices")
                .header("Authorization", "Bearer " + ExamplesFixture.TOKEN + "x")).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/devices", null, anonymous("/api/devices")
                .header("Authorization", ExamplesFixture.basic("root", ExamplesFixture.PASSWORD))).statusCode())
                .as("the right password with another user").isEqualTo(401);
    }

    @Test
    void theLoginGivesACookieThatOpensTheApi() throws Exception {
        HttpResponse<String> login = send("POST", "/api/login", null, fx.request("/api/login"));

        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("hfconsole=").containsIgnoringCase("HttpOnly").contains("SameSite=Strict");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        assertThat(send("GET", "/api/devices", null, anonymous("/api/devices").header("Cookie", cookie))
                .statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/devices", null, anonymous("/api/devices").header("Cookie",
                "hfconsole=forged")).statusCode()).isEqualTo(401);
    }

    @Test
    void aDeviceIdOrOperatorInThePathIsCheckedBeforeUse() throws Exception {
        HttpResponse<String> nul = send("POST", "/api/devices/cam%00-1/commands/GetSysTime", null);
        HttpResponse<String> nulPerson = send("POST", "/api/devices/cam%00-1/persons", "{\"customId\":\"x\"}");
        HttpResponse<String> nulDelete = send("DELETE", "/api/devices/cam%00-1/persons/x", null);
        HttpResponse<String> nulSnapshot = send("POST", "/api/devices/cam%00-1/snapshot", null);
        HttpResponse<String> nulClock = send("POST", "/api/console/devices/cam%00-1/clock", null);
        HttpResponse<String> wildcard = send("POST", "/api/devices/cam%2B/commands/GetSysTime", null);
        HttpResponse<String> tooLong = send("POST", "/api/devices/" + "d".repeat(65) + "/commands/GetSysTime", null);
        HttpResponse<String> unknown = send("POST", "/api/devices/cam-1/commands/FormatDisk", null);
        HttpResponse<String> event = send("POST", "/api/devices/cam-1/commands/RecPush", null);

        for (HttpResponse<String> r : List.of(nul, nulPerson, nulDelete, nulSnapshot, nulClock, wildcard)) {
            assertThat(r.statusCode()).as("%s %s: %s", r.request().method(), r.uri(), r.body()).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).get("error").asText()).startsWith("deviceId: ")
                    .doesNotContain("\u0000");
        }
        assertThat(nul.body()).contains("control character U+0000");
        assertThat(wildcard.body()).contains("'+'");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("deviceId").contains("the limit is 64");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("operator").contains("FormatDisk").contains("not an operator");
        assertThat(event.statusCode()).isEqualTo(400);
        assertThat(event.body()).contains("RecPush is not a command");
    }

    @Test
    void theServerListensOnThisMachineOnlyByDefault() {
        assertThat(ExamplesApp.boundAddress(fx.context())).isEqualTo("http://127.0.0.1:" + fx.port);
    }

    @Test
    void theStaffPhotosAreNotServedByFileName() throws Exception {
        // the HR photos go to the cameras behind one-time URLs of the component's photo server only
        assertThat(send("GET", "/photos/E1001.jpg", null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/photos/..%2Fstaff.csv", null).statusCode()).isIn(400, 404);
    }
}
