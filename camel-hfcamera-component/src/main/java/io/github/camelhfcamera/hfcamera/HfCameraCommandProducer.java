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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelhfcamera.hfcamera.protocol.HfCodec;
import io.github.camelhfcamera.hfcamera.protocol.HfCommand;
import io.github.camelhfcamera.hfcamera.protocol.HfMessage;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.model.EmptyInfo;
import io.github.camelhfcamera.hfcamera.protocol.model.ManualPushRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.SceneSnapReply;
import io.github.camelhfcamera.hfcamera.protocol.model.SceneSnapRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.TargetCountStatsConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.TargetResetCountRequest;
import org.apache.camel.Exchange;

/**
 * {@code hfcamera:command}: every command of the protocol but the person list's. The body is the typed request (or
 * a Map / JSON for it; ignored by the commands without parameters), the result the typed reply; GetSceneSnap gives the
 * JPEG bytes. An operator the document does not know is refused unless allowUnknownOperator is set; then it is sent
 * as given with the body as JSON and its reply returned as a Map.
 */
public class HfCameraCommandProducer extends HfCameraProducer {


    public HfCameraCommandProducer(HfCameraEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletableFuture<?> start(Exchange exchange) {
        String name = exchange.getMessage().getHeader(HfCameraConstants.OPERATOR, endpoint.getOperator(), String.class);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("no operator: set the operator option or the "
                    + HfCameraConstants.OPERATOR + " header");
        }
        endpoint.checkOperator(name);
        List<String> devices = endpoint.targetDevices(exchange);
        checkDevices(devices, name);
        HfCodec codec = session.codec();
        Operator op = Operator.of(name).orElse(null);
        List<Object> infos = new ArrayList<>();
        if (op != null) {
            if (op.direction() != Operator.Direction.COMMAND) {
                throw new IllegalArgumentException(name + " is not a command the platform sends"
                        + (op.direction() == Operator.Direction.EVENT ? " (it is a device event: receive it with"
                                                                       + " hfcamera:events)"
                                                                     : " (the component sends it by itself)"));
            }
            if (op.changesPersons() || op == Operator.QUERY_PERSON || op == Operator.SEARCH_PERSON
                    || op == Operator.SEARCH_PERSON_LIST) {
                throw new IllegalArgumentException(name + " is a person list command: use hfcamera:persons, which"
                        + " keeps the device's one-at-a-time and pacing rules");
            }
            if (op == Operator.SET_FACTORY_DEFAULT && !endpoint.isConfirm()) {
                throw new IllegalArgumentException("SetFactoryDefault resets the device: set confirm=true on the"
                        + " endpoint to do it");
            }
            @SuppressWarnings("unchecked")
            Class<Object> type = (Class<Object>) (Class<?>) op.infoType();
            // a command without parameters has nothing to read: whatever the body is (the reply of the command
            // before, a picture) is left alone
            Object request = op.infoType() == EmptyInfo.class ? EmptyInfo.INSTANCE
                    : HfCameraBodies.request(exchange, codec, type, emptyOf(op, codec), name);
            for (String d : devices) {
                Object info = addressed(request, d);
                if (info instanceof HfCommand c) {
                    c.validate(op);
                }
                infos.add(info);
            }
        } else {
            Object request = HfCameraBodies.request(exchange, codec, Map.class, Map.of(), name);
            devices.forEach(d -> infos.add(request));
        }
        Duration timeout = Duration.ofMillis(endpoint.getConfiguration().getRequestTimeout());
        return perDevice(exchange, devices,
                i -> session.request(devices.get(i), op, name, infos.get(i), timeout).thenApply(m -> result(op, m)))
                .thenApply(results -> {
                    if (op == Operator.GET_SCENE_SNAP) {
                        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "image/jpeg");
                    }
                    return results;
                });
    }

    private static Object emptyOf(Operator op, HfCodec codec) {
        return op.infoType() == EmptyInfo.class ? EmptyInfo.INSTANCE : codec.convert(Map.of(), op.infoType());
    }

    /**
     * The commands every device on the topic runs when facesluiceId is left out (GetSceneSnap, ManualPushRecords,
     * ManualPushSnaps) are addressed to the target device, and so are the target count commands, which check it.
     */
    private static Object addressed(Object request, String deviceId) {
        if (request instanceof SceneSnapRequest r && r.deviceId() == null) {
            return r.toBuilder().deviceId(deviceId).build();
        }
        if (request instanceof ManualPushRequest r && r.deviceId() == null) {
            return r.toBuilder().deviceId(deviceId).build();
        }
        // the device checks these ids (code 463 "Unknow deviceId")
        if (request instanceof TargetCountStatsConfig r && r.deviceId() == null) {
            return r.toBuilder().deviceId(deviceId).build();
        }
        if (request instanceof TargetResetCountRequest r && r.deviceId() == null) {
            return r.toBuilder().deviceId(deviceId).build();
        }
        return request;
    }

    private static Object result(Operator op, HfMessage<Object> reply) {
        if (op == Operator.GET_SCENE_SNAP && reply.info() instanceof SceneSnapReply r) {
            if (r.imgData() == null) {
                throw new IllegalStateException(r.deviceId() + " answered GetSceneSnap without ImgData");
            }
            return r.imgData().bytes();
        }
        return reply.info();
    }
}
