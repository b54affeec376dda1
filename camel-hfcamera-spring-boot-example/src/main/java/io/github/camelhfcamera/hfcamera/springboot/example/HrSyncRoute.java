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
package io.github.camelhfcamera.hfcamera.springboot.example;

import io.github.camelhfcamera.hfcamera.HfCameraConstants;
import io.github.camelhfcamera.hfcamera.examples.HrSync;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The HR database to the cameras, on a schedule ({@code hr.delay}, then every {@code hr.period}): the rows of
 * {@code hr.table} are the complete list every online camera must hold, synced by the component
 * ({@code hfcamera:persons?operation=sync}: added, changed and deleted in batches, refused when it would delete more
 * than {@code hr.max-deletes}, 10 by default). The photos are the files of {@code hr.photo-dir}: the component
 * checks them, makes them fit and serves them to the cameras behind one-time URLs
 * ({@code camel.component.hfcamera.photo-server}). {@code direct:hr-sync} runs one sync.
 */
@Component
public class HrSyncRoute extends RouteBuilder {

    private final HrSync hrSync;
    private final String table;

    private final String maxDeletes;

    public HrSyncRoute(@Value("${hr.photo-dir}") String photoDir, @Value("${hr.max-deletes:10}") String maxDeletes,
                       @Value("${hr.devices:}") String devices, @Value("${hr.table}") String table) {
        if (!table.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?")) {
            throw new IllegalArgumentException("hr.table must be a plain (schema.)table name, was " + table);
        }
        this.hrSync = new HrSync(photoDir, devices);
        this.maxDeletes = maxDeletes;
        this.table = table;
    }

    public HrSync hrSync() {
        return hrSync;
    }

    @Override
    public void configure() {
        from("timer:hr-sync?delay={{hr.delay}}&period={{hr.period}}").routeId("hr-sync-timer")
                .to("direct:hr-sync");

        from("direct:hr-sync").routeId("hr-sync")
                .to("sql:select custom_id, name, gender, person_type, id_card, telnum1, photo from " + table
                    + " order by custom_id?dataSource=#hrDataSource&outputType=SelectList")
                // the rows are the complete list each camera must hold: the component adds, changes and deletes
                .bean(hrSync, "persons")
                .setHeader(HfCameraConstants.DEVICE_ID, method(hrSync, "devices"))
                .choice().when(header(HfCameraConstants.DEVICE_ID).isEqualTo(""))
                    .log(LoggingLevel.DEBUG, "HR sync: no camera online").setBody(constant(java.util.Map.of()))
                .otherwise()
                    .bean(hrSync, "started")
                    .toD("hfcamera:persons?operation=sync&maxDeletes=" + maxDeletes)
                    .bean(hrSync, "summary")
                    .choice().when(method(HrSync.class, "changed")).log("HR sync done: ${body}")
                    .otherwise().log(LoggingLevel.DEBUG, "HR sync: nothing changed ${body}");
    }
}
