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

import java.nio.file.Path;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * Example 5, camera events to an HTTP service (a webhook of an access-control or HR system) with camel-http (Java
 * DSL). Properties (defaults in brackets):
 * <ul>
 * <li>{@code webhook.url}: where each event is POSTed as JSON (the demo's event JSON, see {@link EventFiles},
 * without the pictures); the route is there only when it is set;</li>
 * <li>{@code webhook.types} [{@code recognition,stranger,alarm}]: the events sent;</li>
 * <li>{@code webhook.maxRedeliveries} [6], {@code webhook.redeliveryDelay} [1000 ms],
 * {@code webhook.maxRedeliveryDelay} [60000 ms]: retries of a failed POST (connection refused, timeout, 5xx, 408,
 * 429), the delay doubling each time;</li>
 * <li>{@code webhook.deadLetterDir} [{@code hfcamera-webhook-refused}]: where an event the service refused (any
 * other 4xx, not retried) is written, {@code {group}/{deviceId}-{operator}-{recordId}.json}, with the service's
 * status and answer;</li>
 * <li>{@code webhook.timeout} [10000 ms]: connect and response timeout of one POST.</li>
 * </ul>
 * The PushAck (cameras in resume mode) goes to the camera once the service answered 2xx, or once a refused event is
 * in the dead-letter folder. When the service stays unreachable past the retries the exchange fails: no PushAck,
 * and the camera sends the record again later (at-least-once; the {@code Idempotency-Key} header lets the service
 * drop a repeat).
 */
public class EventsToWebhookRoutes extends RouteBuilder {

    /** The header carrying a key unique per device, operator and record. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Override
    public void configure() {
        long timeout = Long.parseLong(prop("webhook.timeout", "10000"));
        HttpComponent http = getContext().getComponent("http", HttpComponent.class);
        http.setConnectTimeout(timeout);
        http.setResponseTimeout(timeout);
        EventFiles json = new EventFiles(Path.of(prop("webhook.deadLetterDir", "hfcamera-webhook-refused")));

        // refused: the service understood and said no; retrying will not change its mind
        onException(HttpOperationFailedException.class)
                .onWhen(e -> refused(e.getProperty(Exchange.EXCEPTION_CAUGHT, HttpOperationFailedException.class)))
                .maximumRedeliveries(0)
                .handled(true)
                .process(e -> {
                    HttpOperationFailedException f = e.getProperty(Exchange.EXCEPTION_CAUGHT,
                            HttpOperationFailedException.class);
                    e.setProperty("HfRefusedStatus", f.getStatusCode());
                    String answer = f.getResponseBody() == null ? "" : f.getResponseBody();
                    e.getMessage().setBody("{\"refusedWith\":" + f.getStatusCode() + ",\"answer\":"
                            + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                                    answer.length() > 2000 ? answer.substring(0, 2000) : answer)
                            + ",\"event\":" + e.getProperty("webhookJson", String.class) + "}");
                })
                .to("file:{{webhook.deadLetterDir:hfcamera-webhook-refused}}"
                    + "?fileName=${exchangeProperty.HfEventGroup}/${exchangeProperty.HfEventFile}.json"
                    + "&tempFileName=${file:name}.tmp")
                .log(LoggingLevel.WARN, "webhook refused ${exchangeProperty.HfEventFile} with "
                                        + "${exchangeProperty.HfRefusedStatus}; "
                                        + "written to the dead-letter folder");

        from("hfcamera:events?type={{webhook.types:recognition,stranger,alarm}}&dropImages=true")
                .routeId("events-to-webhook")
                // everything else: retried with back-off, without holding a thread meanwhile
                .errorHandler(defaultErrorHandler()
                        .maximumRedeliveries(Integer.parseInt(prop("webhook.maxRedeliveries", "6")))
                        .redeliveryDelay(Long.parseLong(prop("webhook.redeliveryDelay", "1000")))
                        .useExponentialBackOff().backOffMultiplier(2)
                        .maximumRedeliveryDelay(Long.parseLong(prop("webhook.maxRedeliveryDelay", "60000")))
                        .asyncDelayedRedelivery()
                        .retryAttemptedLogLevel(LoggingLevel.WARN)
                        .logExhaustedMessageHistory(false))
                .bean(json, "process")
                .setProperty("webhookJson", body())
                .process(e -> {
                    // only what the service needs goes out as HTTP headers (camel-http sends every other header)
                    String key = e.getMessage().getHeader(EventFiles.FILE_NAME, String.class);
                    e.setProperty(EventFiles.FILE_NAME, key);
                    e.setProperty(EventFiles.GROUP, e.getMessage().getHeader(EventFiles.GROUP, String.class));
                    e.getMessage().removeHeaders("*");
                    e.getMessage().setHeader(IDEMPOTENCY_KEY, key);
                })
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .to("{{webhook.url}}")
                .log(LoggingLevel.DEBUG, "webhook took ${exchangeProperty.HfEventFile}: "
                                         + "${header.CamelHttpResponseCode}");
    }

    /** A 4xx the service will answer again: not 408 (timeout) nor 429 (too many requests), which are retried. */
    static boolean refused(HttpOperationFailedException e) {
        if (e == null) {
            return false;
        }
        int s = e.getStatusCode();
        return s >= 400 && s < 500 && s != 408 && s != 429;
    }

    private String prop(String key, String defaultValue) {
        return getContext().getPropertiesComponent().resolveProperty(key).orElse(defaultValue);
    }
}
