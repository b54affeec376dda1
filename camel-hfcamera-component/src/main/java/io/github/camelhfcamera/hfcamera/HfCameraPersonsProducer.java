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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import io.github.camelhfcamera.hfcamera.protocol.HfCodec;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonListReply;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonListRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonReply;
import io.github.camelhfcamera.hfcamera.session.HfPersons;
import io.github.camelhfcamera.hfcamera.session.PersonsResult;
import org.apache.camel.Exchange;

/**
 * {@code hfcamera:persons}: the devices' person lists. Every device named is served in parallel; the body becomes
 * the typed result of the device, or a Map by device id when there are several.
 */
public class HfCameraPersonsProducer extends HfCameraProducer {

    private HfPersons persons;
    private io.github.camelhfcamera.hfcamera.session.HfPhotoServer photoServer;

    public HfCameraPersonsProducer(HfCameraEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        persons = new HfPersons(session, Duration.ofMillis(endpoint.getConfiguration().getRequestTimeout()),
                Duration.ofMillis(endpoint.getConfiguration().getBatchTimeout()),
                Duration.ofMillis(endpoint.getConfiguration().getBusyRetryDelay()));
        if (endpoint.getConfiguration().isPhotoServer()) {
            photoServer = endpoint.getComponent().acquirePhotoServer(endpoint.getConfiguration());
        }
        persons.photos(photoServer, endpoint.getConfiguration().isPreparePhotos());
    }

    @Override
    protected void doStop() throws Exception {
        io.github.camelhfcamera.hfcamera.session.HfPhotoServer s = photoServer;
        photoServer = null;
        if (s != null) {
            endpoint.getComponent().releasePhotoServer(s);
        }
        super.doStop();
    }

    @Override
    protected CompletableFuture<?> start(Exchange exchange) {
        Object header = exchange.getMessage().getHeader(HfCameraConstants.OPERATION);
        HfCameraOperation operation = header == null ? endpoint.getOperation() : HfCameraOperation.of(header);
        List<String> devices = endpoint.targetDevices(exchange);
        checkDevices(devices, "persons " + operation);
        HfCodec codec = session.codec();
        switch (operation) {
            case upsert:
                return changes(exchange, devices, persons.upsertPlan(HfCameraBodies.persons(exchange, codec), devices));
            case add:
                return changes(exchange, devices, persons.addPlan(HfCameraBodies.persons(exchange, codec), devices));
            case delete:
                return changes(exchange, devices, HfPersons.planDelete(HfCameraBodies.customIds(exchange, codec)));
            case deleteAll:
                if (!endpoint.isConfirm()) {
                    throw new IllegalArgumentException("deleteAll deletes every person of the device: set confirm=true"
                            + " on the endpoint to do it");
                }
                return changes(exchange, devices, HfPersons.planDeleteAll());
            case get: {
                String customId = HfCameraBodies.customId(exchange, codec);
                boolean picture = exchange.getMessage().getHeader(HfCameraConstants.WITH_PICTURE,
                        endpoint.isWithPicture(), Boolean.class);
                return perDevice(exchange, devices, d -> persons.get(d, customId, picture),
                        (SearchPersonReply r) -> r == null ? 0 : 1);
            }
            case listIds:
                return perDevice(exchange, devices, persons::listIds, List::size);
            case search: {
                SearchPersonListRequest criteria = HfCameraBodies.request(exchange, codec,
                        SearchPersonListRequest.class, null, "persons search");
                return perDevice(exchange, devices,
                        d -> persons.search(d, criteria, endpoint.isAllPages(), endpoint.getPageSize()),
                        (SearchPersonListReply r) -> r.persons() == null ? 0 : r.persons().size());
            }
            default:
                throw new IllegalStateException("operation " + operation);
        }
    }

    private CompletableFuture<?> changes(Exchange exchange, List<String> devices, HfPersons.Plan plan) {
        return perDevice(exchange, devices, d -> persons.execute(d, plan), PersonsResult::succeededCount)
                .thenAccept(results -> {
                    int failed = results.values().stream().mapToInt(PersonsResult::failedCount).sum();
                    exchange.getMessage().setHeader(HfCameraConstants.SUCCEEDED_COUNT,
                            results.values().stream().mapToInt(PersonsResult::succeededCount).sum());
                    exchange.getMessage().setHeader(HfCameraConstants.FAILED_COUNT, failed);
                });
    }

    /** {@link #perDevice(Exchange, List, java.util.function.IntFunction)}, and the results' count as a header. */
    private <T> CompletableFuture<Map<String, T>> perDevice(Exchange exchange, List<String> devices,
                                                          Function<String, CompletableFuture<T>> call,
                                                          ToIntFunction<T> count) {
        return perDevice(exchange, devices, i -> call.apply(devices.get(i))).thenApply(results -> {
            exchange.getMessage().setHeader(HfCameraConstants.RESULT_COUNT,
                    results.values().stream().mapToInt(count).sum());
            return results;
        });
    }
}
