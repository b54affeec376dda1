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
package io.github.camelhfcamera.hfcamera.itest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.session.PersonSyncResult;
import io.github.camelhfcamera.hfcamera.session.PersonsResult;
import io.github.camelhfcamera.hfcamera.simulator.Jpegs;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.Broker;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockComponent;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The examples of hfcamera-component.adoc run as they are written: the YAML DSL ones read from the document itself,
 * the Java DSL ones copied here. kafka:, jms: and file: are mocks.
 */
class DocsExamplesE2eTest extends E2eTestSupport {

    static final Path DOC = Path.of("..", "camel-hfcamera-component", "src", "main", "docs", "hfcamera-component.adoc");

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedBroker.create();
    }

    static List<String> yamlExamples() throws Exception {
        String doc = Files.readString(DOC);
        Matcher m = Pattern.compile("\\[source,yaml]\\n----\\n(.*?)\\n----", Pattern.DOTALL).matcher(doc);
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    void mocksFor(String... schemes) {
        for (String s : schemes) {
            context.addComponent(s, new MockComponent());
        }
    }

    @Test
    void theYamlExamplesOfTheDocumentRun() throws Exception {
        SimulatedFleet fleet = fleet(b -> b.picBytes(4_000).sceneBytes(8_000), "cam-1", "cam-2");
        mocksFor("file", "kafka");
        // the sync example's state repository is on the application's DataSource
        org.h2.jdbcx.JdbcDataSource staffDb = new org.h2.jdbcx.JdbcDataSource();
        staffDb.setURL("jdbc:h2:mem:docs-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        staffDb.setUser("sa");
        context.getRegistry().bind("staffDb", staffDb);
        List<String> yaml = yamlExamples();
        assertThat(yaml).hasSize(4);
        for (int i = 0; i < yaml.size(); i++) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("example-" + i + ".yaml",
                    yaml.get(i)));
        }
        awaitEventsSubscribed();

        // persons
        PersonsResult r = (PersonsResult) template.requestBody("direct:sync-staff", people(3, "y"), Map.class)
                .get("cam-2");
        assertThat(r.succeededCount()).isEqualTo(3);
        assertThat(fleet.camera("cam-1").persons()).hasSize(3);

        // persons sync, the state in the database
        @SuppressWarnings("unchecked")
        Map<String, PersonSyncResult> synced = template.requestBody("direct:staff-sync", people(4, "y"), Map.class);
        assertThat(synced.get("cam-1").added()).containsExactly("y3");
        assertThat(synced.get("cam-1").unchanged()).isZero();
        assertThat(synced.get("cam-1").updated()).hasSize(3);
        @SuppressWarnings("unchecked")
        Map<String, PersonSyncResult> again = template.requestBody("direct:staff-sync", people(4, "y"), Map.class);
        assertThat(again.get("cam-2").unchanged()).isEqualTo(4);
        try (java.sql.Connection c = staffDb.getConnection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("select count(*) from hfcamera_sync_state")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(8);
        }

        // command
        template.sendBody("direct:snapshot", null);
        MockEndpoint files = context.getEndpoint("file:snapshots", MockEndpoint.class);
        await().atMost(WAIT).until(() -> files.getReceivedCounter() == 1);
        assertThat(Jpegs.isPicture(files.getReceivedExchanges().get(0).getMessage().getBody(byte[].class))).isTrue();

        // events
        fleet.camera("cam-2").pushEvent(Operator.FIRE_SMOKE_SNAP_PUSH);
        MockEndpoint alarms = context.getEndpoint("kafka:alarms", MockEndpoint.class);
        await().atMost(WAIT).until(() -> alarms.getReceivedCounter() == 1);
    }

    /** The application's code that gives the complete staff list. */
    public static final class StaffDirectory {
        private final List<io.github.camelhfcamera.hfcamera.protocol.model.Person> staff;

        StaffDirectory(List<io.github.camelhfcamera.hfcamera.protocol.model.Person> staff) {
            this.staff = staff;
        }

        public List<io.github.camelhfcamera.hfcamera.protocol.model.Person> all() {
            return staff;
        }
    }

    @Test
    void theJavaExamplesOfTheDocumentRun() throws Exception {
        SimulatedFleet fleet = fleet(b -> b.picBytes(4_000).sceneBytes(8_000), "cam-1", "cam-2", "gate-1");
        mocksFor("file", "jms");
        java.io.File stateFile = java.nio.file.Files.createTempDirectory("hfcamera-docs").resolve("sync.state")
                .toFile();
        StaffDirectory staffDirectory = new StaffDirectory(people(3, "k"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // as in the persons sync section
                FileStateRepository state = FileStateRepository.fileStateRepository(stateFile, 64L * 1024 * 1024);
                context.getRegistry().bind("syncState", state);

                from("timer:staff?period=600000")
                    .bean(staffDirectory, "all")
                    .to("hfcamera:persons?operation=sync&deviceId=cam-1,cam-2&maxDeletes=10%"
                        + "&syncStateRepository=#syncState")
                    .log("${header.CamelHfCameraSucceededCount} changes, ${header.CamelHfCameraFailedCount} refused:"
                         + " ${body}");
                // as in the persons section
                from("direct:sync-staff")
                        .to("hfcamera:persons?deviceId=cam-1,cam-2")
                        .log("${header.CamelHfCameraSucceededCount} persons synchronised, "
                             + "${header.CamelHfCameraFailedCount} refused");
                from("direct:remove")
                        .setHeader("CamelHfCameraDeviceId", simple("${header.site}"))
                        .to("hfcamera:persons?operation=delete");
                // as in the command section
                from("timer:clock?period=3600000")
                        .setBody(constant(Map.of("SysTime", "2024-05-29 15:35:45")))
                        .to("hfcamera:command?deviceId=cam-1&operator=SetSysTime");
                from("direct:snapshot")
                        .to("hfcamera:command?deviceId=cam-1&operator=GetSceneSnap")
                        .to("file:snapshots?fileName=${date:now:yyyyMMdd-HHmmss}.jpg");
                // as in the events section
                from("hfcamera:events?type=recognition&deviceId=gate-1,gate-2")
                        .log("${header.CamelHfCameraDeviceId} recognised ${body.personName} (record "
                             + "${header.CamelHfCameraRecordId})")
                        .to("jms:queue:access");
                from("hfcamera:events?type=status")
                        .filter(header("CamelHfCameraOperator").isEqualTo("DeviceLost"))
                        .to("direct:alert");
                from("direct:alert").to("mock:alert");
            }
        });
        awaitEventsSubscribed();

        await().atMost(WAIT).until(() -> fleet.camera("cam-2").persons().size() == 3
                && java.nio.file.Files.readString(stateFile.toPath()).contains("hfcamera.sync/cam-2/k2="));
        template.requestBody("direct:sync-staff", people(2, "j"));
        template.requestBodyAndHeader("direct:remove", List.of("j0"), "site", "cam-2");
        assertThat(fleet.camera("cam-2").persons()).hasSize(4);
        await().atMost(WAIT).until(() -> fleet.camera("cam-1").deviceTime().getYear() == 2024);
        template.sendBody("direct:snapshot", null);
        MockEndpoint files = context.getEndpoints().stream().filter(e -> e.getEndpointUri().startsWith("file://snapshots"))
                .map(MockEndpoint.class::cast).findFirst().orElseThrow();
        await().atMost(WAIT).until(() -> files.getReceivedCounter() == 1);
        fleet.camera("gate-1").pushRecord();
        MockEndpoint access = context.getEndpoint("jms:queue:access", MockEndpoint.class);
        await().atMost(WAIT).until(() -> access.getReceivedCounter() == 1);
    }
}
