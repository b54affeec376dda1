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
package io.github.camelhfcamera.hfcamera;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;

import io.github.camelhfcamera.hfcamera.session.DeviceState;
import io.github.camelhfcamera.hfcamera.session.HfSession;
import io.github.camelhfcamera.hfcamera.session.RegistryFill;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Health as Kubernetes reads it: a camera that is lost never takes liveness down (a pod is never restarted for it)
 * nor readiness; the broker connection is the readiness of every consumer and producer; per-device liveness only when
 * asked for; one pass over 10,000 devices is one pass.
 */
class HfCameraHealthTest extends HfCameraTestSupport {

    @Override
    void configure(HfCameraComponent component) {
        component.getConfiguration().setHeartbeatInterval(300);
        component.getConfiguration().setHeartbeatMissesBeforeLost(2);
    }

    /** The checks as Camel Main installs them (camel.health.*): context, routes, consumers and producers. */
    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext ctx = super.createCamelContext();
        HealthCheckRegistry registry = new DefaultHealthCheckRegistry();
        registry.setCamelContext(ctx);
        // every result, as camel.health.exposure-level=full shows them (the default shows only the ones DOWN)
        registry.setExposureLevel("full");
        for (String id : new String[] { "context", "routes", "consumers", "producers" }) {
            Object check = registry.resolveById(id);
            if (check instanceof HealthCheckRepository r) {
                r.setEnabled(true);
            }
            registry.register(check);
        }
        ctx.getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, registry);
        return ctx;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("hfcamera:events?type=status").routeId("status").to("mock:status");
                from("direct:time").routeId("time").to("hfcamera:command?operator=GetSysTime&deviceId=cam-1");
            }
        };
    }

    private static HealthCheck.Result result(Collection<HealthCheck.Result> results, String id) {
        return results.stream().filter(r -> r.getCheck().getId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + id + " in " + results.stream()
                        .map(r -> r.getCheck().getId()).toList()));
    }

    @Test
    void aLostCameraNeverTakesLivenessOrReadinessDownAndIsADetailOfTheFleet() throws Exception {
        SimulatedCamera cam1 = camera("cam-1");
        camera("cam-2");
        await().until(() -> component().getDevices().stream().filter(d -> d.state() == DeviceState.ONLINE).count() == 2);
        // cam-2 unplugged: no heartbeat any more; cam-1 keeps beating
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            cam1.sendHeartbeat();
            return component().getDevices().stream().anyMatch(d -> d.deviceId().equals("cam-2")
                                                                   && d.state() == DeviceState.LOST);
        });

        Collection<HealthCheck.Result> live = HealthCheckHelper.invokeLiveness(context);
        assertThat(HealthCheckHelper.isResultsUp(live, false)).as("liveness: %s", live).isTrue();
        assertThat(live).noneMatch(r -> r.getCheck().getId().startsWith("hfcamera"));

        Collection<HealthCheck.Result> ready = HealthCheckHelper.invokeReadiness(context);
        assertThat(HealthCheckHelper.isResultsUp(ready, true)).as("readiness: %s", ready).isTrue();
        HealthCheck.Result fleet = result(ready, "hfcamera");
        assertThat(fleet.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(fleet.getDetails()).containsEntry("devices", 2).containsEntry("devices.online", 1)
                .containsEntry("devices.lost", 1).containsEntry("devices.offline", 0)
                .containsEntry("devices.down", "cam-2");
        assertThat(result(ready, "consumer:status").getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void theBrokerConnectionIsTheReadinessOfConsumersAndProducers() throws Exception {
        camera("cam-1");
        template.requestBody("direct:time", (Object) null);
        HfSession session = component().getSession();
        String producerCheck = "hfcamera-producer-" + session.clientId();
        awaitEventsSubscribed();

        Collection<HealthCheck.Result> ready = HealthCheckHelper.invokeReadiness(context);
        assertThat(result(ready, "consumer:status").getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result(ready, "consumer:status").getDetails()).containsEntry("route.id", "status")
                .containsEntry("clientId", session.clientId());
        assertThat(result(ready, producerCheck).getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result(ready, "hfcamera").getState()).isEqualTo(HealthCheck.State.UP);

        broker.broker().stop();
        try {
            await().until(() -> !session.isConnected());
            ready = HealthCheckHelper.invokeReadiness(context);
            assertThat(result(ready, "consumer:status").getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(result(ready, "consumer:status").getMessage()).hasValueSatisfying(
                    m -> assertThat(m).contains("not connected").contains(broker.url()));
            assertThat(result(ready, producerCheck).getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(result(ready, "hfcamera").getState()).isEqualTo(HealthCheck.State.DOWN);
            // still alive: the connection comes back by itself
            assertThat(HealthCheckHelper.isResultsUp(HealthCheckHelper.invokeLiveness(context), false)).isTrue();
        } finally {
            broker.broker().start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> session.isConnected() && session.isEventsSubscribed());
        ready = HealthCheckHelper.invokeReadiness(context);
        assertThat(result(ready, "consumer:status").getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result(ready, producerCheck).getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void perDeviceLivenessOnlyWhenAskedFor() throws Exception {
        HfCameraComponent live = new HfCameraComponent();
        live.getConfiguration().setBrokerUrl(broker.url());
        live.getConfiguration().setHeartbeatInterval(300);
        live.setHealthCheckDeviceLiveness(true);
        context.addComponent("hflive", live);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("hflive:events?type=status").routeId("live-status").to("mock:live");
            }
        });
        camera("cam-7");
        await().until(() -> live.getDevices().stream().anyMatch(d -> d.deviceId().equals("cam-7")
                                                                      && d.state() == DeviceState.ONLINE));
        assertThat(result(HealthCheckHelper.invokeLiveness(context), "hflive-device-cam-7").getState())
                .isEqualTo(HealthCheck.State.UP);
        await().atMost(Duration.ofSeconds(10)).until(() -> live.getDevices().stream()
                .anyMatch(d -> d.deviceId().equals("cam-7") && d.state() == DeviceState.LOST));

        HealthCheck.Result down = result(HealthCheckHelper.invokeLiveness(context), "hflive-device-cam-7");
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getDetails()).containsEntry("state", "LOST");
        // the component that did not ask has no per-device check
        assertThat(HealthCheckRegistry.get(context).getCheckIDs()).noneMatch(id -> id.startsWith("hfcamera-device-"));
        // one repository for the context, found by id through its generated service file as Camel's own are
        assertThat(HealthCheckRegistry.get(context).getRepository("hfcamera-devices")).isPresent();
        assertThat(HealthCheckRegistry.get(context).resolveById("hfcamera-devices"))
                .isInstanceOf(HfCameraDevicesHealthCheckRepository.class);
    }

    @Test
    void tenThousandDevicesAreOnePass() throws Exception {
        HfCameraComponent big = new HfCameraComponent();
        big.getConfiguration().setBrokerUrl(broker.url());
        big.setHealthCheckDeviceLiveness(true);
        context.addComponent("big", big);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("big:events?type=status").routeId("big-status").to("mock:big");
            }
        });
        HfSession bigSession = big.getSessions().get(0);
        for (int i = 0; i < 10_000; i++) {
            RegistryFill.online(bigSession.registry(), "dev-" + i);
        }
        for (int i = 0; i < 10_000; i += 4) {
            RegistryFill.offline(bigSession.registry(), "dev-" + i);
        }

        long start = System.nanoTime();
        Collection<HealthCheck.Result> ready = HealthCheckHelper.invokeReadiness(context);
        long readyNanos = System.nanoTime() - start;
        start = System.nanoTime();
        Collection<HealthCheck.Result> live = HealthCheckHelper.invokeLiveness(context);
        long liveNanos = System.nanoTime() - start;
        System.out.printf("10,000 devices: readiness %d ms, liveness with 10,000 per-device checks %d ms%n",
                readyNanos / 1_000_000, liveNanos / 1_000_000);

        assertThat(result(ready, "big").getDetails()).containsEntry("devices", 10_000)
                .containsEntry("devices.online", 7_500).containsEntry("devices.offline", 2_500);
        assertThat(String.valueOf(result(ready, "big").getDetails().get("devices.down")))
                .endsWith(" and " + (2_500 - HfCameraHealthCheck.DOWN_LISTED) + " more");
        assertThat(live).filteredOn(r -> r.getCheck().getId().startsWith("big-device-")).hasSize(10_000)
                .filteredOn(r -> r.getState() == HealthCheck.State.DOWN).hasSize(2_500);
        // generous: the old checks (a registry copy and sort per device) took tens of seconds here
        assertThat(Duration.ofNanos(readyNanos + liveNanos)).isLessThan(Duration.ofSeconds(10));
    }
}
