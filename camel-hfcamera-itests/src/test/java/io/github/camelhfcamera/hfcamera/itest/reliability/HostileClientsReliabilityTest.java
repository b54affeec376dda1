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
package io.github.camelhfcamera.hfcamera.itest.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.protocol.HfValidationException;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.protocol.model.SysTime;
import io.github.camelhfcamera.hfcamera.session.DeviceState;
import io.github.camelhfcamera.hfcamera.session.HfCameraConnectionException;
import io.github.camelhfcamera.hfcamera.session.PersonsResult;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import io.github.camelhfcamera.hfcamera.simulator.broker.MosquittoBroker;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 13: one hostile client with a login on the shared broker (a private Mosquitto) against the component. Each
 * test is a row of the issue's table: what was sent, and what must happen now. Valid traffic from the real cameras
 * goes on throughout and arrives complete; no attack cuts the connection (no reconnect), and no attack is reported as
 * a connection failure.
 */
class HostileClientsReliabilityTest extends ReliabilitySupport {

    static final ObjectMapper JSON = new ObjectMapper();
    MosquittoBroker mosquitto;
    MqttClient attacker;
    /** Every topic published on the broker, as a raw subscriber saw it. */
    final List<String> topicsSeen = new CopyOnWriteArrayList<>();
    MqttClient observer;

    @BeforeAll
    static void needsMosquitto() {
        if (!MosquittoBroker.isAvailable()) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("mosquitto is not installed: .ci/run installs it");
            }
            assumeTrue(false, "mosquitto binary not installed");
        }
    }

    @AfterEach
    void closeClients() throws MqttException {
        for (MqttClient c : new MqttClient[] { attacker, observer }) {
            if (c != null) {
                if (c.isConnected()) {
                    c.disconnect();
                }
                c.close();
            }
        }
        closeAll();
        if (mosquitto != null) {
            mosquitto.close();
        }
    }

    MqttClient client(String id, String user, String password) throws MqttException {
        MqttClient c = new MqttClient(mosquitto.brokerUrl(), id, new MemoryPersistence());
        MqttConnectionOptions o = new MqttConnectionOptions();
        if (user != null) {
            o.setUserName(user);
            o.setPassword(password.getBytes(StandardCharsets.UTF_8));
        }
        c.connect(o);
        // a publish the broker refuses may end in a disconnect: never wait for it forever
        c.setTimeToWait(5000);
        return c;
    }

    void observe() throws MqttException {
        observer = client("observer", null, null);
        observer.subscribe("mqtt/face/#", 0);
        observer.setCallback(new org.eclipse.paho.mqttv5.client.MqttCallback() {
            @Override
            public void disconnected(org.eclipse.paho.mqttv5.client.MqttDisconnectResponse r) {
            }

            @Override
            public void mqttErrorOccurred(MqttException e) {
            }

            @Override
            public void messageArrived(String topic, org.eclipse.paho.mqttv5.common.MqttMessage m) {
                topicsSeen.add(topic);
            }

            @Override
            public void deliveryComplete(org.eclipse.paho.mqttv5.client.IMqttToken t) {
            }

            @Override
            public void connectComplete(boolean reconnect, String uri) {
            }

            @Override
            public void authPacketArrived(int code, org.eclipse.paho.mqttv5.common.packet.MqttProperties p) {
            }
        });
    }

    void send(String topic, Object message) throws Exception {
        attacker.publish(topic, JSON.writeValueAsBytes(message), 0, false);
    }

    static Map<String, Object> online(String facesluiceId) {
        return Map.of("operator", "Online", "info", Map.of("facesluiceId", facesluiceId, "ip", "10.6.6.6"));
    }

    SimulatedFleet cameras(String... ids) {
        SimulatedFleet f = CameraSimulator.builder().brokerUrl(mosquitto.brokerUrl()).deviceIds(ids)
                .heartbeatInterval(HEARTBEAT).resendInterval(RESEND).reconnectDelay(Duration.ofMillis(300))
                .picBytes(600).sceneBytes(1_000).fastBatches().resumeMode(true).start();
        fleets.add(f);
        f.awaitOnlineAcked(WAIT);
        return f;
    }

    CamelContext platform(HfCameraComponent c) throws Exception {
        return start(c, new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(defaultErrorHandler().logExhausted(false));
                from("hfcamera:events?type=recognition").process(downstream::accept);
            }
        });
    }

    @Test
    void idsWithNulSlashesWildcardsOrMegabytesNeitherCutTheConnectionNorReachTopicsOrTheRegistry() throws Exception {
        mosquitto = MosquittoBroker.create();
        HfCameraComponent c = component(mosquitto.brokerUrl(), "platform");
        CamelContext ctx = platform(c);
        SimulatedFleet fleet = cameras("cam-1", "cam-2");
        observe();
        attacker = client("attacker", null, null);
        long badBefore = c.getSession().stats().badInput();

        Set<String> valid = ConcurrentHashMap.newKeySet();
        String[] hostileIds = { "n\u0000x", "victim/Rec", "evil/x/y", "cam-9/Ack", "cam+", "#",
                "y".repeat(3_000_000) };
        for (String id : hostileIds) {
            send("mqtt/face/basic", online(id));
            send("mqtt/face/heartbeat", Map.of("operator", "HeartBeat", "info", Map.of("facesluiceId", id)));
            var cam = fleet.camera("cam-1");
            valid.add(cam.id() + "/" + cam.pushRecord().id());
        }

        await().atMost(WAIT).until(() -> c.getSession().stats().badInput() - badBefore >= 2L * hostileIds.length);
        downstream.assertExactlyOnce(valid);
        assertThat(c.getSession().stats().reconnects()).as("no reconnect").isZero();
        assertThat(c.getDevices()).extracting(d -> d.deviceId()).containsExactlyInAnyOrder("cam-1", "cam-2");
        // no Online-Ack (or anything else) was published on a topic made of a hostile id
        assertThat(topicsSeen).noneMatch(t -> t.contains("victim") || t.contains("evil") || t.contains("cam-9")
                || t.contains("\u0000") || t.contains("cam+") || t.length() > 200);
        ProducerTemplate t = ctx.createProducerTemplate();
        assertThat(t.requestBody("hfcamera:command?deviceId=cam-2&operator=GetSysTime", (Object) null))
                .isInstanceOf(SysTime.class);
    }

    @Test
    void commandsToInvalidDeviceIdsFailAsValidationErrorsAndOthersGoOn() throws Exception {
        mosquitto = MosquittoBroker.create();
        HfCameraComponent c = component(mosquitto.brokerUrl(), "platform");
        CamelContext ctx = platform(c);
        SimulatedFleet fleet = cameras("cam-1");
        ProducerTemplate t = ctx.createProducerTemplate();
        for (String id : new String[] { "cam\u0000x", "cam\uD800", "x".repeat(70_000), "cam-1/Rec", "+" }) {
            Throwable refused = catchThrowable(() -> t.requestBodyAndHeader(
                    "hfcamera:command?operator=GetSysTime", null, "CamelHfCameraDeviceId", id));
            assertThat(refused).as("deviceId of %d chars", id.length()).isNotNull()
                    .hasRootCauseInstanceOf(HfValidationException.class)
                    .rootCause().hasMessageStartingWith("deviceId: ")
                    .isNotInstanceOf(HfCameraConnectionException.class);
            assertThat(refused.getMessage().length()).as("the message cuts the id").isLessThan(400);
        }
        assertThat(t.requestBody("hfcamera:command?deviceId=cam-1&operator=GetSysTime", (Object) null))
                .isInstanceOf(SysTime.class);
        assertThat(c.getSession().stats().reconnects()).isZero();
        assertThat(fleet.camera("cam-1").receivedCommands("GetSysTime")).hasSize(1);
    }

    @Test
    void madeUpDeviceIdsStopAtMaxDevicesAndTheRealCamerasGoOn() throws Exception {
        mosquitto = MosquittoBroker.create();
        HfCameraComponent c = component(mosquitto.brokerUrl(), "platform");
        c.getConfiguration().setMaxDevices(50);
        platform(c);
        SimulatedFleet fleet = cameras("cam-1", "cam-2");
        attacker = client("attacker", null, null);
        for (int i = 0; i < 2_000; i++) {
            send("mqtt/face/basic", online("made-up-" + i));
        }
        var rec = fleet.camera("cam-2").pushRecord();
        downstream.assertExactlyOnce(Set.of("cam-2/" + rec.id()));
        await().atMost(WAIT).until(() -> c.getSession().stats().badInput() >= 2_000 - 48);
        assertThat(c.getSession().registry().size()).isEqualTo(50);
        assertThat(c.getSession().registry().state("cam-1")).contains(DeviceState.ONLINE);
        assertThat(c.getSession().stats().onlineAcks()).as("no Online-Ack beyond the bound").isLessThan(100);
    }

    @Test
    void aSpoofedOfflineIsUndoneByAskingTheDevice() throws Exception {
        mosquitto = MosquittoBroker.create();
        HfCameraComponent c = component(mosquitto.brokerUrl(), "platform");
        platform(c);
        SimulatedFleet fleet = cameras("cam-1");
        attacker = client("attacker", null, null);
        send("mqtt/face/basic", Map.of("operator", "Offline", "info", Map.of("facesluiceId", "cam-1")));
        await().atMost(WAIT).until(() -> c.getSession().registry().state("cam-1").orElse(null)
                == DeviceState.OFFLINE);
        // the camera goes on with its heartbeats: it is asked for its time, answers from its own topic, and is back
        await().atMost(WAIT).until(() -> c.getSession().registry().state("cam-1").orElse(null)
                == DeviceState.ONLINE);
        assertThat(fleet.camera("cam-1").receivedCommands("GetSysTime")).isNotEmpty();
    }

    @Test
    void slowRoutesStopTheReadsInsteadOfQueueingWhatTheBrokerSends() throws Exception {
        mosquitto = MosquittoBroker.create();
        HfCameraComponent c = component(mosquitto.brokerUrl(), "platform");
        c.getConfiguration().setMaxQueuedBytes(4 * 1024 * 1024);
        c.getConfiguration().setMaxQueuedMessages(100);
        AtomicLong mostQueued = new AtomicLong();
        start(c, new RouteBuilder() {
            @Override
            public void configure() {
                from("hfcamera:events?type=recognition").process(e -> {
                    mostQueued.accumulateAndGet(c.getSession().queuedBytes(), Math::max);
                    Thread.sleep(100);
                }).process(downstream::accept);
            }
        });
        cameras("cam-1");
        attacker = client("attacker", null, null);
        Set<String> sent = new java.util.HashSet<>();
        String picture = "A".repeat(1_000_000);
        for (int i = 0; i < 60; i++) {
            send("mqtt/face/cam-1/Rec", Map.of("operator", "RecPush", "info", Map.of("facesluiceId", "cam-1",
                    "RecordID", 900_000 + i, "pic", picture)));
            sent.add("cam-1/" + (900_000 + i));
        }
        downstream.assertExactlyOnce(sent);
        assertThat(c.getSession().stats().inboxFull()).as("the reads had to wait").isPositive();
        assertThat(mostQueued.get()).as("queued bytes stay within maxQueuedBytes").isLessThanOrEqualTo(4L << 20);
        assertThat(c.getSession().stats().reconnects()).isZero();
    }

    @Test
    void aBatchLargerThanTheBrokersPacketLimitIsSplitAndOtherCommandsGoOn() throws Exception {
        mosquitto = MosquittoBroker.builder().maxPacketSize(200 * 1024).start();
        HfCameraComponent c = component(mosquitto.brokerUrl(), "platform");
        CamelContext ctx = platform(c);
        SimulatedFleet fleet = cameras("cam-1", "cam-2");
        System.setProperty("sun.net.httpserver.nodelay", "true");
        com.sun.net.httpserver.HttpServer photos = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        byte[] jpeg = io.github.camelhfcamera.hfcamera.simulator.Jpegs.jpeg(2_000, "face");
        photos.createContext("/", x -> {
            x.sendResponseHeaders(200, jpeg.length);
            x.getResponseBody().write(jpeg);
            x.close();
        });
        photos.start();
        List<Person> persons = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            persons.add(Person.builder().customId("emp-" + i).name("Employee number " + i).personType(0)
                    .picUri("http://127.0.0.1:" + photos.getAddress().getPort() + "/photos/emp-" + i + "-"
                            + "p".repeat(150) + ".jpg").build());
        }
        ProducerTemplate t = ctx.createProducerTemplate();
        var batch = t.asyncRequestBody("hfcamera:persons?deviceId=cam-1&operation=upsert", persons);
        assertThat(t.requestBody("hfcamera:command?deviceId=cam-2&operator=GetSysTime", (Object) null))
                .isInstanceOf(SysTime.class);
        PersonsResult r = ctx.getTypeConverter().convertTo(PersonsResult.class, batch.get());
        assertThat(r.succeededCount()).isEqualTo(1_000);
        assertThat(fleet.camera("cam-1").receivedCommands("EditPersonsNew").size()).isGreaterThan(1);
        assertThat(fleet.camera("cam-1").persons()).hasSize(1_000);
        photos.stop(0);

        // one command that cannot fit as given: refused before publish, saying the size and the limit
        Person big = Person.builder().customId("big").name("Big").personType(0)
                .pic(io.github.camelhfcamera.hfcamera.simulator.Jpegs.image(400_000, "big")).build();
        Throwable refused = catchThrowable(() -> t.requestBody(
                "hfcamera:persons?deviceId=cam-2&operation=upsert&preparePhotos=false", big));
        assertThat(refused).hasRootCauseInstanceOf(HfValidationException.class)
                .rootCause().hasMessageContaining("Maximum Packet Size").hasMessageContaining("204800");
        // prepared (the default), the photo is re-encoded to fit the broker's limit and the camera takes it
        PersonsResult fitted = ctx.getTypeConverter().convertTo(PersonsResult.class,
                t.requestBody("hfcamera:persons?deviceId=cam-2&operation=upsert", big));
        assertThat(fitted.succeeded()).containsExactly("big");
        assertThat(fleet.camera("cam-2").receivedCommands("EditPerson")).singleElement()
                .satisfies(cmd -> assertThat(cmd.info(Person.class).pic().encodedLength()).isLessThan(200 * 1024));
        assertThat(c.getSession().stats().reconnects()).isZero();
    }

    @Test
    void aBrokerAclStopsAClientPublishingAsAnotherCamera(@TempDir Path dir) throws Exception {
        Path acl = dir.resolve("acl");
        Files.copy(Path.of("..", "docs", "examples", "mosquitto-hfcamera.acl"), acl);
        mosquitto = MosquittoBroker.builder().credentials("platform", "platform-secret").allowAnonymous(true)
                .aclFile(acl).start();
        HfCameraComponent c = component(mosquitto.brokerUrl(), "platform");
        c.getConfiguration().setUserName("platform");
        c.getConfiguration().setPassword("platform-secret");
        CamelContext ctx = platform(c);
        SimulatedFleet fleet = cameras("cam-1");
        // a camera of its own, client id "evil", publishing as cam-1
        attacker = client("evil", null, null);
        try {
            send("mqtt/face/cam-1/Rec", Map.of("operator", "RecPush", "info", Map.of("facesluiceId", "cam-1",
                    "RecordID", 4242, "persionName", "Mallory")));
        } catch (MqttException refusedByTheBroker) {
            // Mosquitto may drop a client whose publish its ACL refuses
        }
        var real = fleet.camera("cam-1").pushRecord();
        downstream.assertExactlyOnce(Set.of("cam-1/" + real.id()));
        assertThat(ctx.createProducerTemplate().requestBody("hfcamera:command?deviceId=cam-1&operator=GetSysTime",
                (Object) null)).isInstanceOf(SysTime.class);
        Thread.sleep(HEARTBEAT.toMillis() * 3);
        assertThat(downstream.distinct()).as("the forged record never reached the component").isEqualTo(1);
    }

    @Test
    void artemisSecuritySettingsStopAClientPublishingAsAnotherCamera() throws Exception {
        // the settings docs/reliability.md gives, from the file it links
        var settings = EmbeddedBroker.parseSecuritySettings(Files.readString(Path.of("..", "docs", "examples",
                "artemis-hfcamera-security.xml")));
        try (EmbeddedBroker artemis = EmbeddedBroker.builder().user("platform", "platform-secret", "platform")
                .user("cam-1", "cam-1-secret", "cam-1", "camera").user("evil", "evil-secret", "camera")
                .securitySettings(settings).start()) {
            HfCameraComponent c = component(artemis.brokerUrl(), "platform");
            c.getConfiguration().setUserName("platform");
            c.getConfiguration().setPassword("platform-secret");
            CamelContext ctx = platform(c);
            SimulatedFleet fleet = CameraSimulator.builder().brokerUrl(artemis.brokerUrl()).deviceIds("cam-1")
                    .credentials("cam-1", "cam-1-secret").heartbeatInterval(HEARTBEAT).resendInterval(RESEND)
                    .reconnectDelay(Duration.ofMillis(300)).picBytes(600).sceneBytes(1_000).fastBatches()
                    .resumeMode(true).start();
            fleets.add(fleet);
            fleet.awaitOnlineAcked(WAIT);
            // another camera's login, publishing a record as cam-1
            MqttClient evil = new MqttClient(artemis.brokerUrl(), "evil", new MemoryPersistence());
            MqttConnectionOptions o = new MqttConnectionOptions();
            o.setUserName("evil");
            o.setPassword("evil-secret".getBytes(StandardCharsets.UTF_8));
            evil.connect(o);
            evil.setTimeToWait(5000);
            try {
                evil.publish("mqtt/face/cam-1/Rec", JSON.writeValueAsBytes(Map.of("operator", "RecPush", "info",
                        Map.of("facesluiceId", "cam-1", "RecordID", 4242, "persionName", "Mallory"))), 0, false);
            } catch (MqttException refusedByTheBroker) {
                // Artemis may drop a client whose publish it refuses
            } finally {
                try {
                    evil.disconnectForcibly(1000);
                } catch (MqttException alreadyGone) {
                    // refused and disconnected by the broker
                }
                evil.close();
            }
            var real = fleet.camera("cam-1").pushRecord();
            downstream.assertExactlyOnce(Set.of("cam-1/" + real.id()));
            assertThat(ctx.createProducerTemplate().requestBody("hfcamera:command?deviceId=cam-1&operator=GetSysTime",
                    (Object) null)).isInstanceOf(SysTime.class);
            Thread.sleep(HEARTBEAT.toMillis() * 3);
            assertThat(downstream.distinct()).as("the forged record never reached the component").isEqualTo(1);
        }
    }
}
