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
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.HfCameraConstants;
import io.github.camelhfcamera.hfcamera.protocol.HfCommand;
import io.github.camelhfcamera.hfcamera.protocol.HfValidationException;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.ValidationLimits;
import io.github.camelhfcamera.hfcamera.protocol.ValidationLimits.Limit;
import io.github.camelhfcamera.hfcamera.protocol.model.DelPersonRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.DeletePersonsRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.PersonBatch;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonRequest;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.ReceivedCommand;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.eclipse.paho.mqttv5.client.IMqttMessageListener;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.camelhfcamera.hfcamera.protocol.ValidationLimits.ABSENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 7, bad input: every limit of the protocol document ({@link ValidationLimits}, the table the component's
 * ValidationLimitsTest checks on the model) sent through the endpoints a user calls. The value beyond the limit is
 * refused by the endpoint with an {@link HfValidationException} naming the field and stating the limit, and nothing
 * reaches the device: the simulated camera records no command and a raw MQTT subscriber on {@code mqtt/face/#} sees no
 * publish on the camera's command topic. The edge value of the same case is sent right after and must arrive (on the
 * same topic, from the same client, so in order): the check that nothing was sent can fail.
 */
class ValidationEndpointsReliabilityTest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final ObjectMapper JSON = new ObjectMapper();

    /** Commands after which the simulated camera reboots or changes its topics: each case gets a camera of its own. */
    static final Set<Operator> DISTURBING = EnumSet.of(Operator.UP_MQTT_CONFIG, Operator.SET_RTSP_CFG,
            Operator.SET_FACTORY_DEFAULT, Operator.UPGRADE);
    /** What hfcamera:command refuses as such: hfcamera:persons sends them. */
    static final Set<Operator> PERSON_LIST = EnumSet.of(Operator.EDIT_PERSON, Operator.ADD_PERSONS,
            Operator.EDIT_PERSONS_NEW, Operator.SEARCH_PERSON, Operator.SEARCH_PERSON_LIST, Operator.DEL_PERSON,
            Operator.DELETE_PERSONS, Operator.DELETE_ALL_PERSON);

    static EmbeddedBroker broker;
    static CamelContext context;
    static ProducerTemplate template;
    static SimulatedFleet fleet;
    static MqttClient raw;
    static final List<Seen> seen = new CopyOnWriteArrayList<>();
    static final AtomicInteger ownCameras = new AtomicInteger();

    /** A publish the raw subscriber saw. */
    record Seen(String topic, String operator, String messageId) {
    }

    @BeforeAll
    static void start() throws Exception {
        broker = EmbeddedBroker.create();
        HfCameraComponent c = new HfCameraComponent();
        c.getConfiguration().setBrokerUrl(broker.brokerUrl());
        c.getConfiguration().setClientId("platform");
        c.getConfiguration().setRequestTimeout(3000);
        c.getConfiguration().setBatchTimeout(3000);
        context = new DefaultCamelContext();
        context.addComponent("hfcamera", c);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // the session that acknowledges the cameras' Online
                from("hfcamera:events?type=recognition").log("${body}");
            }
        });
        context.start();
        await().atMost(WAIT).until(() -> c.getSession() != null && c.getSession().isEventsSubscribed());
        template = context.createProducerTemplate();

        raw = new MqttClient(broker.brokerUrl(), "raw-observer", new MemoryPersistence());
        raw.connect();
        // (Paho 1.2.5's subscribe(String, int, listener) calls itself: the array form)
        raw.subscribe(new MqttSubscription[] { new MqttSubscription("mqtt/face/#", 1) },
                new IMqttMessageListener[] { (topic, m) -> {
                    JsonNode n = readTree(m.getPayload());
                    seen.add(new Seen(topic, n == null ? null : n.path("operator").asText(null),
                            n == null ? null : n.path("messageId").asText(null)));
                } });
        // cam-1 for the cases that leave the camera as it was, one camera each for the others
        List<String> ids = new ArrayList<>(List.of("cam-1"));
        for (int i = 1; i <= ownCamerasNeeded(); i++) {
            ids.add("own-" + i);
        }
        fleet = cameras(ids.toArray(String[]::new));
    }

    static long ownCamerasNeeded() {
        return commandCases().filter(l -> DISTURBING.contains(ValidationLimits.operator(l))).count()
               + personsCases().filter(l -> !isQuery(ValidationLimits.operator(l))).count();
    }

    static boolean isQuery(Operator op) {
        return op == Operator.SEARCH_PERSON || op == Operator.SEARCH_PERSON_LIST;
    }

    @AfterAll
    static void stop() throws Exception {
        if (context != null) {
            context.stop();
        }
        if (fleet != null) {
            fleet.close();
        }
        if (raw != null) {
            raw.disconnect();
            raw.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    // ------------------------------------------------------------------------------------------- cases

    /** The cases of the commands hfcamera:command sends. */
    static Stream<Limit> commandCases() {
        return ValidationLimits.limits().stream().filter(l -> sentByCommand(ValidationLimits.operator(l)));
    }

    /** The cases of the person list commands (hfcamera:persons) and of the replies the component sends itself. */
    static Stream<Limit> notCommandCases() {
        return ValidationLimits.limits().stream().filter(l -> !sentByCommand(ValidationLimits.operator(l)));
    }

    /** The cases of the person list commands hfcamera:persons can be given a value for. */
    static Stream<Limit> personsCases() {
        return ValidationLimits.limits().stream().filter(l -> personsRequest(l, l.refused()) != null);
    }

    static boolean sentByCommand(Operator op) {
        return op.direction() == Operator.Direction.COMMAND && !PERSON_LIST.contains(op);
    }

    @Test
    void theTableIsCoveredThroughTheEndpoints() {
        long all = ValidationLimits.limits().size();
        assertThat(commandCases().count() + notCommandCases().count()).isEqualTo(all);
        // every person list case but the ones hfcamera:persons has no way to express (see personsRequest)
        assertThat(notCommandCases().filter(l -> PERSON_LIST.contains(ValidationLimits.operator(l))).count()
                - personsCases().count()).isEqualTo(3);
        System.out.printf("%d cases: %d through hfcamera:command, %d through hfcamera:persons, %d refused as"
                + " operators by hfcamera:command%n", all, commandCases().count(), personsCases().count(),
                notCommandCases().count());
    }

    // ------------------------------------------------------------------------------------------- hfcamera:command

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandCases")
    void commandEndpointRefusesTheValueBeyondTheLimitAndSendsNothing(Limit limit) throws Exception {
        Operator op = ValidationLimits.operator(limit);
        SimulatedCamera cam = DISTURBING.contains(op) ? ownCamera() : fleet.camera("cam-1");
        String uri = "hfcamera:command?deviceId=" + cam.id() + "&operator=" + op.wireName()
                     + (op == Operator.SET_FACTORY_DEFAULT ? "&confirm=true" : "");
        Mark mark = mark(cam);

        Future<Exchange> refused = send(uri, ValidationLimits.command(limit, limit.refused()), Map.of());
        String expected = ValidationLimits.reportedField(limit);
        if (filledByTheEndpoint(limit)) {
            // the target count commands are addressed by the endpoint to the device it sends to (the device checks
            // the id): left out, deviceId is the endpoint's deviceId, and the command goes out
            ReceivedCommand got = awaitOnly(cam, mark, op, 1).get(0);
            assertThat(got.message().info()).extracting("deviceId").isEqualTo(cam.id());
            return;
        }
        assertRefused(refused, expected, limit.limit());
        assertNothingSent(cam, mark);
        sendAcceptedAndAwaitIt(limit, cam, uri, mark, ValidationLimits.command(limit, limit.accepted()), Map.of());
    }

    /**
     * The person list commands and the replies are not hfcamera:command's to send: it refuses the operator itself,
     * whatever the fields, before anything is published.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("notCommandCases")
    void commandEndpointRefusesPersonListAndReplyOperatorsWithoutSending(Limit limit) {
        Operator op = ValidationLimits.operator(limit);
        SimulatedCamera cam = fleet.camera("cam-1");
        Mark mark = mark(cam);
        for (Object value : new Object[] { limit.refused(), limit.accepted() }) {
            Exchange x = template.send("hfcamera:command?deviceId=cam-1&operator=" + op.wireName(),
                    e -> e.getMessage().setBody(ValidationLimits.command(limit, value)));
            assertThat(x.getException()).isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(PERSON_LIST.contains(op) ? "use hfcamera:persons" : "the component sends it"
                                                                                               + " by itself");
        }
        assertNothingSent(cam, mark);
    }

    // ------------------------------------------------------------------------------------------- hfcamera:persons

    @ParameterizedTest(name = "{0}")
    @MethodSource("personsCases")
    void personsEndpointRefusesTheValueBeyondTheLimitAndSendsNothing(Limit limit) throws Exception {
        Operator op = ValidationLimits.operator(limit);
        // person list changes are paced and queued per device: a camera of its own keeps each case independent
        SimulatedCamera cam = isQuery(op) ? fleet.camera("cam-1") : ownCamera();
        PersonsRequest refusedRequest = personsRequest(limit, limit.refused());
        PersonsRequest acceptedRequest = personsRequest(limit, limit.accepted());
        // preparePhotos=false: the document's limits as such (prepared, a photo over 1 MB would be made to fit)
        String uri = "hfcamera:persons?deviceId=" + cam.id() + "&operation=" + refusedRequest.operation()
                     + "&preparePhotos=false" + (op == Operator.SEARCH_PERSON_LIST ? "&allPages=false&pageSize=100" : "");
        Mark mark = mark(cam);
        if (op == Operator.DELETE_PERSONS && refusedRequest.body() instanceof java.util.Collection<?> ids) {
            // the camera holds them: else the component asks again with DelPerson for the device's reason
            for (Object id : ids) {
                cam.addPerson(io.github.camelhfcamera.hfcamera.protocol.model.Person.of(String.valueOf(id), "n"));
            }
        }

        Future<Exchange> refused = send(uri, refusedRequest.body(), refusedRequest.headers());
        PersonsExpectation expected = personsExpectation(limit);
        if (expected.commands() > 0) {
            // more than a batch holds: the endpoint splits it into batches the device takes
            assertThat(awaitOnly(cam, mark, op, expected.commands())).hasSize(expected.commands());
            return;
        }
        assertRefused(refused, expected.field(), expected.text());
        assertNothingSent(cam, mark);
        send(uri, acceptedRequest.body(), acceptedRequest.headers());
        awaitOnly(cam, mark, acceptedRequest.sent(op), 1);
    }

    /** The operation and body hfcamera:persons takes for the case's command, null when it cannot express it. */
    static PersonsRequest personsRequest(Limit limit, Object value) {
        Operator op = ValidationLimits.operator(limit);
        if (!PERSON_LIST.contains(op) || op == Operator.DELETE_ALL_PERSON
                || op == Operator.SEARCH_PERSON && limit.field().equals("info.Picture")) {
            // deleteAll always sends deleteall=1, get takes Picture from a boolean: neither can go beyond the limit
            return null;
        }
        HfCommand info = ValidationLimits.command(limit, value);
        return switch (op) {
            case EDIT_PERSON -> new PersonsRequest("upsert", info, Map.of());
            case EDIT_PERSONS_NEW -> new PersonsRequest("upsert", ((PersonBatch) info).persons(), Map.of());
            case ADD_PERSONS -> new PersonsRequest("add", ((PersonBatch) info).persons(), Map.of());
            case DEL_PERSON -> new PersonsRequest("delete", ((DelPersonRequest) info).customId(), Map.of());
            case DELETE_PERSONS -> new PersonsRequest("delete", ((DeletePersonsRequest) info).customIds(), Map.of());
            case SEARCH_PERSON -> {
                SearchPersonRequest r = (SearchPersonRequest) info;
                yield new PersonsRequest("get", r.customId(), Map.of(HfCameraConstants.WITH_PICTURE,
                        r.picture() != null && r.picture() == 1));
            }
            case SEARCH_PERSON_LIST -> new PersonsRequest("search", info, Map.of());
            default -> throw new IllegalStateException(op.toString());
        };
    }

    /** What hfcamera:persons is given, and the command it sends for it. */
    record PersonsRequest(String operation, Object body, Map<String, Object> headers) {

        /** One person goes as EditPerson, one customId as DelPerson, whatever the table's command. */
        Operator sent(Operator tableOperator) {
            boolean one = body instanceof List<?> l && l.size() == 1;
            return switch (tableOperator) {
                case EDIT_PERSONS_NEW -> one ? Operator.EDIT_PERSON : tableOperator;
                case DELETE_PERSONS -> one ? Operator.DEL_PERSON : tableOperator;
                default -> tableOperator;
            };
        }
    }

    /** How hfcamera:persons answers the case's refused value: refused naming field, or sent as so many commands. */
    record PersonsExpectation(String field, String text, int commands) {
    }

    /**
     * The persons endpoint names the fields of its body (the list of persons, the customIds) rather than of the
     * command it builds from it; a few limits it handles itself (batches are split, an empty body is named as such).
     */
    static PersonsExpectation personsExpectation(Limit limit) {
        Operator op = ValidationLimits.operator(limit);
        String field = limit.field();
        boolean absent = limit.refused() == ABSENT;
        return switch (op) {
            case EDIT_PERSON -> new PersonsExpectation(field.replaceFirst("^info\\.", "body[0]."), limit.limit(), 0);
            case ADD_PERSONS, EDIT_PERSONS_NEW -> {
                if (field.equals("info")) {
                    yield limit.refused() instanceof List<?> l && l.isEmpty()
                            ? new PersonsExpectation("body", "holds no person", 0)
                            : new PersonsExpectation(null, null, 2);
                }
                String f = field.replaceFirst("^info\\[", "body[");
                if (limit.limit().equals("appears twice in one batch")) {
                    yield new PersonsExpectation(f, "appears twice (also at body[0])", 0);
                }
                if (op == Operator.EDIT_PERSONS_NEW && field.endsWith(".pic")) {
                    // upsert sends a person with a base64 photo as EditPerson: the pic is refused beside the picURI
                    yield new PersonsExpectation(f, "give pic or picURI, not both", 0);
                }
                yield new PersonsExpectation(f, limit.limit(), 0);
            }
            case DEL_PERSON -> absent ? new PersonsExpectation("body", "holds no customId to delete", 0)
                    : new PersonsExpectation("body[0]", limit.limit(), 0);
            case DELETE_PERSONS -> {
                if (field.equals("info.customId")) {
                    yield ((List<?>) limit.refused()).isEmpty()
                            ? new PersonsExpectation("body", "holds no customId to delete", 0)
                            : new PersonsExpectation(null, null, 2);
                }
                yield new PersonsExpectation(field.replaceFirst("^info\\.customId", "body"), limit.limit(), 0);
            }
            case SEARCH_PERSON -> absent ? new PersonsExpectation("body", "get takes one customId, got 0", 0)
                    : new PersonsExpectation("customId", limit.limit(), 0);
            case SEARCH_PERSON_LIST -> new PersonsExpectation(field, limit.limit(), 0);
            default -> throw new IllegalStateException(op.toString());
        };
    }

    // ------------------------------------------------------------------------------------------- checks

    /** The target count commands take deviceId from the endpoint when the body leaves it out. */
    static boolean filledByTheEndpoint(Limit limit) {
        Operator op = ValidationLimits.operator(limit);
        return (op == Operator.TARGET_COUNT_STATS_CFG || op == Operator.TARGET_RESET_COUNT)
               && limit.field().equals("info.deviceId") && limit.refused() == ABSENT;
    }

    static Future<Exchange> send(String uri, Object body, Map<String, Object> headers) {
        return template.asyncSend(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
    }

    /** Refused before anything was sent: the exchange is done at once, failed with the validation error. */
    static void assertRefused(Future<Exchange> sent, String field, String limitText) throws Exception {
        Exchange refused = sent.get(1, TimeUnit.SECONDS);
        assertThat(refused.getException()).as("refused").isInstanceOf(HfValidationException.class);
        HfValidationException e = (HfValidationException) refused.getException();
        assertThat(e.getField()).isEqualTo(field);
        assertThat(e.getMessage()).startsWith(field + ": ").contains(limitText);
    }

    /**
     * Sends the accepted value and waits until the camera got it. Sent after the refused one on the same topic by the
     * same client, it arrives after anything the refused one might have published: when it is there and alone, the
     * refused value was not sent.
     */
    static void sendAcceptedAndAwaitIt(Limit limit, SimulatedCamera cam, String uri, Mark mark, Object body,
                                       Map<String, Object> headers) {
        if (ValidationLimits.operator(limit) == Operator.DELETE_PERSONS && body instanceof java.util.Collection<?> ids) {
            // the camera holds them: else the component asks again with DelPerson for the device's reason
            for (Object id : ids) {
                cam.addPerson(io.github.camelhfcamera.hfcamera.protocol.model.Person.of(String.valueOf(id), "n"));
            }
        }
        send(uri, body, headers);
        awaitOnly(cam, mark, ValidationLimits.operator(limit), 1);
    }

    /** Waits for {@code n} commands of {@code op} on the camera, and checks that it and the broker saw only them. */
    static List<ReceivedCommand> awaitOnly(SimulatedCamera cam, Mark mark, Operator op, int n) {
        await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(2))
                .until(() -> commands(cam, mark).size() >= n && published(cam, mark).size() >= n);
        List<ReceivedCommand> got = commands(cam, mark);
        assertThat(got).extracting(ReceivedCommand::operator).containsOnly(op.wireName()).hasSize(n);
        assertThat(published(cam, mark)).extracting(Seen::messageId)
                .containsExactlyElementsOf(got.stream().map(ReceivedCommand::messageId).toList());
        return got;
    }

    static void assertNothingSent(SimulatedCamera cam, Mark mark) {
        assertThat(commands(cam, mark)).as("commands the camera received").isEmpty();
        assertThat(published(cam, mark)).as("publishes on " + cam.cloudTopic()).isEmpty();
    }

    /** Where the camera's and the broker's records stood before a case. */
    record Mark(int received, int seen) {
    }

    static Mark mark(SimulatedCamera cam) {
        return new Mark(cam.receivedCommands().size(), seen.size());
    }

    /** The commands the camera received since the mark (Online-Ack and PushAck are the component's own). */
    static List<ReceivedCommand> commands(SimulatedCamera cam, Mark mark) {
        List<ReceivedCommand> all = cam.receivedCommands();
        return all.subList(Math.min(mark.received(), all.size()), all.size()).stream()
                .filter(c -> !isOwnReply(c.operator())).toList();
    }

    /** The publishes on the camera's command topic since the mark, but Online-Ack and PushAck. */
    static List<Seen> published(SimulatedCamera cam, Mark mark) {
        List<Seen> all = new ArrayList<>(seen);
        return all.subList(Math.min(mark.seen(), all.size()), all.size()).stream()
                .filter(s -> s.topic().equals(cam.cloudTopic()) && !isOwnReply(s.operator())).toList();
    }

    static boolean isOwnReply(String operator) {
        return Operator.ONLINE_ACK.wireName().equals(operator) || Operator.PUSH_ACK.wireName().equals(operator);
    }

    // ------------------------------------------------------------------------------------------- cameras

    /** A camera no other case has used. */
    static SimulatedCamera ownCamera() {
        return fleet.camera("own-" + ownCameras.incrementAndGet());
    }

    static SimulatedFleet cameras(String... ids) {
        SimulatedFleet f = CameraSimulator.builder().brokerUrl(broker.brokerUrl()).deviceIds(ids)
                .picBytes(600).sceneBytes(1_000).fastBatches().downloadTimeout(Duration.ofMillis(300))
                .rebootDuration(Duration.ofMillis(200)).receivedHistory(10_000).start();
        f.awaitOnlineAcked(WAIT);
        return f;
    }

    static JsonNode readTree(byte[] payload) {
        try {
            return JSON.readTree(new String(payload, StandardCharsets.UTF_8));
        } catch (Exception e) {
            return null;
        }
    }
}
