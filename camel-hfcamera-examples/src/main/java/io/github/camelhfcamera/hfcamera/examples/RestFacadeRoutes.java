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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.HfCameraDeviceUnavailableException;
import io.github.camelhfcamera.hfcamera.HfCameraConstants;
import io.github.camelhfcamera.hfcamera.protocol.DeviceIds;
import io.github.camelhfcamera.hfcamera.protocol.HfValidationException;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.session.DeviceStatus;
import io.github.camelhfcamera.hfcamera.session.HfCameraDeviceException;
import io.github.camelhfcamera.hfcamera.session.HfCameraTimeoutException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * Example 4, a small REST facade over platform-http (Java DSL):
 * <ul>
 * <li>{@code GET /api/devices}: the devices the component knows and their state;</li>
 * <li>{@code POST /api/devices/{deviceId}/persons}: add or update a person (JSON body);</li>
 * <li>{@code DELETE /api/devices/{deviceId}/persons/{customId}}: remove a person;</li>
 * <li>{@code POST /api/devices/{deviceId}/commands/{operator}}: run a command (JSON body or none), the reply as
 * JSON, or as image/jpeg for GetSceneSnap.</li>
 * </ul>
 * A deviceId or operator in the path is checked before use ({@link DeviceIds}, {@link Operator}); invalid input
 * answers 400 with the message (field and limit), a device's refusal 502, a device the component knows to be offline
 * or lost 503, no answer 504. Every path is behind the login of
 * {@link io.github.camelhfcamera.hfcamera.examples.console.ConsoleSecurity}.
 */
public class RestFacadeRoutes extends RouteBuilder {

    @Override
    public void configure() {
        onException(HfValidationException.class, IllegalArgumentException.class)
                .handled(true).to("direct:rest-error-400");
        onException(HfCameraDeviceException.class)
                .handled(true).to("direct:rest-error-502");
        onException(HfCameraTimeoutException.class)
                .handled(true).to("direct:rest-error-504");
        // a camera the component knows to be offline or lost: refused at once, nothing sent
        onException(HfCameraDeviceUnavailableException.class)
                .handled(true).to("direct:rest-error-503");

        for (int code : new int[] { 400, 502, 503, 504 }) {
            from("direct:rest-error-" + code).routeId("rest-error-" + code)
                    .process(e -> {
                        Exception ex = e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                        e.getMessage().removeHeaders("*");
                        e.getMessage().setBody(Map.of("error", ex.getMessage()));
                    })
                    .marshal().json(JsonLibrary.Jackson)
                    .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(code))
                    .setHeader(Exchange.CONTENT_TYPE, constant("application/json"));
        }

        // for the YAML routes: the path's deviceId checked and set as the component's header
        from("direct:rest-check-device").routeId("rest-check-device")
                .errorHandler(noErrorHandler())
                .process(RestFacadeRoutes::deviceIdFromPath);

        from("platform-http:/api/devices?httpMethodRestrict=GET").routeId("rest-devices")
                .process(e -> {
                    HfCameraComponent hf = e.getContext().getComponent("hfcamera", HfCameraComponent.class);
                    List<Map<String, Object>> out = new ArrayList<>();
                    for (DeviceStatus d : hf.getDevices()) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("deviceId", d.deviceId());
                        m.put("state", d.state().name());
                        m.put("since", String.valueOf(d.since()));
                        m.put("lastSeen", String.valueOf(d.lastSeen()));
                        m.put("ip", d.ip());
                        m.put("name", d.name());
                        out.add(m);
                    }
                    e.getMessage().removeHeaders("*");
                    e.getMessage().setBody(out);
                })
                .marshal().json(JsonLibrary.Jackson)
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"));

        from("platform-http:/api/devices/{deviceId}/persons?httpMethodRestrict=POST").routeId("rest-add-person")
                .convertBodyTo(String.class)
                .process(RestFacadeRoutes::deviceIdFromPath)
                .to("hfcamera:persons?operation=upsert")
                .to("direct:rest-persons-result");

        from("platform-http:/api/devices/{deviceId}/persons/{customId}?httpMethodRestrict=DELETE")
                .routeId("rest-remove-person")
                .process(RestFacadeRoutes::deviceIdFromPath)
                .setBody(header("customId"))
                .to("hfcamera:persons?operation=delete")
                .to("direct:rest-persons-result");

        from("direct:rest-persons-result").routeId("rest-persons-result")
                .process(e -> {
                    io.github.camelhfcamera.hfcamera.session.PersonsResult r = e.getMessage()
                            .getBody(io.github.camelhfcamera.hfcamera.session.PersonsResult.class);
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("deviceId", r.deviceId());
                    m.put("operation", r.operation());
                    m.put("succeeded", r.succeeded());
                    List<Map<String, Object>> failed = new ArrayList<>();
                    r.failed().forEach(f -> failed.add(Map.of("failure", f.toString())));
                    m.put("failed", failed);
                    e.getMessage().removeHeaders("*");
                    e.getMessage().setBody(m);
                    if (!r.failed().isEmpty()) {
                        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 422);
                    }
                })
                .marshal().json(JsonLibrary.Jackson)
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"));

        from("platform-http:/api/devices/{deviceId}/commands/{operator}?httpMethodRestrict=POST")
                .routeId("rest-command")
                .convertBodyTo(String.class)
                .process(e -> {
                    String body = e.getMessage().getBody(String.class);
                    String deviceId = DeviceIds.check("deviceId", e.getMessage().getHeader("deviceId", String.class));
                    String operator = command(e.getMessage().getHeader("operator", String.class));
                    e.getMessage().removeHeaders("*");
                    e.getMessage().setHeader(HfCameraConstants.DEVICE_ID, deviceId);
                    e.getMessage().setHeader(HfCameraConstants.OPERATOR, operator);
                    e.getMessage().setBody(body == null || body.isBlank() ? null : body);
                })
                .to("hfcamera:command")
                .choice()
                    .when(body().isInstanceOf(byte[].class))
                        .removeHeaders("*")
                        .setHeader(Exchange.CONTENT_TYPE, constant("image/jpeg"))
                    .otherwise()
                        .removeHeaders("*")
                        .marshal().json(JsonLibrary.Jackson)
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .end();
    }

    /** The path's deviceId, checked, as the component's header. */
    static void deviceIdFromPath(Exchange e) {
        String id = DeviceIds.check("deviceId", e.getMessage().getHeader("deviceId", String.class));
        e.getMessage().setHeader(HfCameraConstants.DEVICE_ID, id);
    }

    /** The path's operator when it names a command the cameras take (not an event, not a reply). */
    static String command(String name) {
        Operator op = Operator.of(name).orElseThrow(() -> new HfValidationException("operator",
                "'" + DeviceIds.printable(name) + "' is not an operator of the protocol (e.g. GetSysTime, "
                + "GetSceneSnap, RebootDevice)"));
        if (op.direction() != Operator.Direction.COMMAND) {
            throw new HfValidationException("operator", op.wireName() + " is not a command (it is "
                    + (op.direction() == Operator.Direction.EVENT ? "an event the cameras send" : "a reply") + ")");
        }
        return op.wireName();
    }
}
