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

import java.util.Map;

import javax.sql.DataSource;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.HfCameraConstants;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;

/**
 * Example 2, HR system to cameras (Java DSL). Properties (defaults in brackets):
 * <ul>
 * <li>{@code hr.source} [{@code sql}]: {@code sql} (the table {@code hr.table} of {@code hr.jdbcUrl}) or
 * {@code csv} (the file {@code hr.csv});</li>
 * <li>{@code hr.jdbcUrl} [{@code jdbc:h2:mem:hr;DB_CLOSE_DELAY=-1}], {@code hr.user}, {@code hr.password},
 * {@code hr.table} [{@code hr_staff}]; a table that is missing is created and filled from {@code hr.csv} unless
 * {@code hr.createTable=false};</li>
 * <li>{@code hr.csv} [{@code classpath:demo/staff.csv}], {@code hr.photoDir} [{@code classpath:demo/photos}]: the
 * photos, which the component's photo server serves to the cameras ({@code camel.component.hfcamera.photoServer},
 * switched on here unless set);</li>
 * <li>{@code hr.devices} [every online device], {@code hr.maxDeletes} [10: a run that would delete more persons from
 * a camera is refused; a number or a percent like 10%], {@code hr.syncState} [empty: in memory; a file path keeps what
 * was synced across restarts], {@code hr.period} [60000 ms], {@code hr.delay} [2000 ms], {@code hr.enabled} [true]:
 * false leaves the timer stopped (one instance of a fleet runs the sync, the others not; {@code direct:hr-sync} still
 * works).</li>
 * </ul>
 * {@code direct:hr-sync} runs one sync and returns the figures per device.
 */
public class HrSyncRoutes extends RouteBuilder {

    private HrSync hrSync;

    public HrSync hrSync() {
        return hrSync;
    }

    @Override
    public void configure() throws Exception {
        String source = prop("hr.source", "sql");
        String csv = prop("hr.csv", "classpath:demo/staff.csv");
        if (prop("camel.component.hfcamera.photoServer", null) == null) {
            // the photos are files: the component serves them to the cameras behind one-time URLs
            getContext().getComponent("hfcamera", HfCameraComponent.class).getConfiguration().setPhotoServer(true);
        }
        hrSync = new HrSync(prop("hr.photoDir", "classpath:demo/photos"), prop("hr.devices", ""));
        getContext().getRegistry().bind("hrSync", hrSync);
        String stateFile = prop("hr.syncState", "");
        String stateOption = "";
        if (!stateFile.isBlank()) {
            // what was synced survives a restart: the next run sends only what changed
            getContext().getRegistry().bind("hrSyncState",
                    FileStateRepository.fileStateRepository(new java.io.File(stateFile), 64L * 1024 * 1024));
            stateOption = "&syncStateRepository=#hrSyncState";
        }

        from("timer:hr-sync?period={{hr.period:60000}}&delay={{hr.delay:2000}}").routeId("hr-sync-timer")
                .autoStartup("{{hr.enabled:true}}")
                .to("direct:hr-sync");

        if ("sql".equals(source)) {
            String url = prop("hr.jdbcUrl", "jdbc:h2:mem:hr;DB_CLOSE_DELAY=-1");
            String table = prop("hr.table", "hr_staff");
            DataSource ds = HrDataSource.create(url, prop("hr.user", null), prop("hr.password", null));
            if (Boolean.parseBoolean(prop("hr.createTable", "true"))) {
                HrDataSource.createIfMissing(ds, table, new StaffCsv(csv).read());
            }
            getContext().getRegistry().bind("hrDataSource", ds);
            from("direct:hr-sync").routeId("hr-sync")
                    .to("sql:select custom_id, name, gender, person_type, id_card, telnum1, photo from " + table
                        + " order by custom_id?dataSource=#hrDataSource&outputType=SelectList")
                    .to("direct:hr-sync-persons");
        } else if ("csv".equals(source)) {
            from("direct:hr-sync").routeId("hr-sync")
                    .bean(new StaffCsv(csv), "read")
                    .to("direct:hr-sync-persons");
        } else {
            throw new IllegalArgumentException("hr.source must be sql or csv, was " + source);
        }

        // the HR rows are the complete list each camera must hold: the component adds, changes and deletes
        from("direct:hr-sync-persons").routeId("hr-sync-persons")
                .bean(hrSync, "persons")
                .setHeader(HfCameraConstants.DEVICE_ID, method(hrSync, "devices"))
                .choice().when(header(HfCameraConstants.DEVICE_ID).isEqualTo(""))
                    .log(LoggingLevel.DEBUG, "hr-sync", "HR sync: no camera online").setBody(constant(Map.of()))
                .otherwise()
                    .bean(hrSync, "started")
                    .to("hfcamera:persons?operation=sync&maxDeletes={{hr.maxDeletes:10}}" + stateOption)
                    .bean(hrSync, "summary")
                    .choice().when(method(HrSync.class, "changed")).log(LoggingLevel.INFO, "hr-sync", "HR sync done: ${body}")
                    .otherwise().log(LoggingLevel.DEBUG, "hr-sync", "HR sync: nothing changed ${body}");
    }

    private String prop(String key, String defaultValue) {
        return getContext().getPropertiesComponent().resolveProperty(key).orElse(defaultValue);
    }
}
