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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import io.github.camelhfcamera.hfcamera.protocol.HfCodec;
import io.github.camelhfcamera.hfcamera.protocol.HfValidationException;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonListReply;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonListRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonReply;
import io.github.camelhfcamera.hfcamera.session.HfPersonSync;
import io.github.camelhfcamera.hfcamera.session.HfPersons;
import io.github.camelhfcamera.hfcamera.session.MaxDeletes;
import io.github.camelhfcamera.hfcamera.session.PersonSyncProgress;
import io.github.camelhfcamera.hfcamera.session.PersonSyncResult;
import io.github.camelhfcamera.hfcamera.session.PersonSyncState;
import io.github.camelhfcamera.hfcamera.session.PersonsResult;
import org.apache.camel.Exchange;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * {@code hfcamera:persons}: the devices' person lists. Every device named is served in parallel; the body becomes
 * the typed result of the device, or a Map by device id when there are several.
 */
public class HfCameraPersonsProducer extends HfCameraProducer {

    private HfPersons persons;
    private HfPersonSync sync;
    private MaxDeletes maxDeletes;
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
        // a bad limit fails the route's start, not the first sync
        maxDeletes = MaxDeletes.parse("maxDeletes", endpoint.getConfiguration().getMaxDeletes());
        StateRepository<String, String> repository = endpoint.getComponent().syncState(endpoint.getConfiguration());
        // the application owns the repository: started here if it is not yet, stopped by its owner
        ServiceHelper.startService(repository);
        sync = new HfPersonSync(session, persons, syncState(repository));
    }

    /** Camel's StateRepository as the sync's state; the JDBC one answers in bulk. */
    static PersonSyncState syncState(StateRepository<String, String> repository) {
        if (repository instanceof PersonSyncState s) {
            return s;
        }
        return new PersonSyncState() {
            @Override
            public String get(String key) {
                return repository.getState(key);
            }

            @Override
            public void put(String key, String value) {
                repository.setState(key, value);
            }
        };
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
            case sync:
                return sync(exchange, devices, codec);
            default:
                throw new IllegalStateException("operation " + operation);
        }
    }

    private CompletableFuture<?> sync(Exchange exchange, List<String> devices, HfCodec codec) {
        if (exchange.getMessage().getBody() == null) {
            throw new HfValidationException("body", "is empty: persons sync takes the complete list of persons each"
                    + " device must hold (an empty List removes every person with a customId, within maxDeletes)");
        }
        List<Person> wanted = HfCameraBodies.persons(exchange, codec);
        boolean dryRun = exchange.getMessage().getHeader(HfCameraConstants.DRY_RUN, endpoint.isDryRun(),
                Boolean.class);
        // a ConcurrentMap the route put in the header (to watch the sync from another thread) is filled as it is
        Object given = exchange.getMessage().getHeader(HfCameraConstants.SYNC_PROGRESS);
        @SuppressWarnings("unchecked")
        Map<String, PersonSyncProgress> progress = given instanceof ConcurrentMap<?, ?> m
                ? (Map<String, PersonSyncProgress>) m : new ConcurrentHashMap<>();
        exchange.getMessage().setHeader(HfCameraConstants.SYNC_PROGRESS, progress);
        exchange.getMessage().setHeader(HfCameraConstants.DEVICE_ID, String.join(",", devices));
        HfPersonSync.Options options = new HfPersonSync.Options(maxDeletes, dryRun, endpoint.getPageSize(),
                p -> progress.put(p.deviceId(), p));
        return sync.sync(devices, wanted, options).thenAccept(results -> {
            exchange.getMessage().setBody(devices.size() == 1 ? results.get(devices.get(0)) : results);
            exchange.getMessage().setHeader(HfCameraConstants.SUCCEEDED_COUNT, results.values().stream()
                    .mapToInt(r -> r.addedCount() + r.updatedCount() + r.deletedCount()).sum());
            exchange.getMessage().setHeader(HfCameraConstants.FAILED_COUNT, results.values().stream()
                    .mapToInt(PersonSyncResult::refusedCount).sum());
        });
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
