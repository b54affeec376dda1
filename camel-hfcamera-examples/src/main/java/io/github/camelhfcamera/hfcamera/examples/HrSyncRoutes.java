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

import javax.sql.DataSource;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

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
 * <li>{@code hr.devices} [every online device], {@code hr.batchSize} [100], {@code hr.period} [60000 ms],
 * {@code hr.delay} [2000 ms].</li>
 * </ul>
 * {@code direct:hr-sync} runs one sync and returns the result per device.
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
        hrSync = new HrSync(prop("hr.photoDir", "classpath:demo/photos"),
                Integer.parseInt(prop("hr.batchSize", "100")), prop("hr.devices", ""));
        getContext().getRegistry().bind("hrSync", hrSync);

        from("timer:hr-sync?period={{hr.period:60000}}&delay={{hr.delay:2000}}").routeId("hr-sync-timer")
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
                    .bean(hrSync, "sync")
                    .choice().when(method(HrSync.class, "changed")).log("HR sync done: ${body}")
                    .otherwise().log(LoggingLevel.DEBUG, "HR sync: nothing changed ${body}").end();
        } else if ("csv".equals(source)) {
            from("direct:hr-sync").routeId("hr-sync")
                    .bean(new StaffCsv(csv), "read")
                    .bean(hrSync, "sync")
                    .choice().when(method(HrSync.class, "changed")).log("HR sync done: ${body}")
                    .otherwise().log(LoggingLevel.DEBUG, "HR sync: nothing changed ${body}").end();
        } else {
            throw new IllegalArgumentException("hr.source must be sql or csv, was " + source);
        }
    }

    private String prop(String key, String defaultValue) {
        return getContext().getPropertiesComponent().resolveProperty(key).orElse(defaultValue);
    }
}
