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
package io.github.camelhfcamera.hfcamera.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;

/**
 * One instance of the scale part ({@link Scale}) in a JVM of its own: the component in a shared subscription group,
 * {@code hfcamera:events?type=RecPush} to a processor that counts, as the ingest part's component consumer. Prints
 * {@code READY} once its record topics are subscribed, then on every line it reads on stdin
 * {@code COUNT <records> <epoch ms of the last one>}, and exits when stdin closes.
 *
 * <p>Arguments: broker URL, clientId, shared subscription group.
 */
public final class ScaleWorker {

    private ScaleWorker() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("arguments: brokerUrl clientId sharedSubscriptionGroup");
        }
        AtomicLong count = new AtomicLong();
        AtomicLong last = new AtomicLong();
        CamelContext ctx = HfCameraBenchmarks.camel(args[0], args[1], () -> new RouteBuilder() {
            @Override
            public void configure() {
                from("hfcamera:events?type=RecPush").process(e -> {
                    count.incrementAndGet();
                    last.set(System.currentTimeMillis());
                });
            }
        }, c -> c.getConfiguration().setSharedSubscriptionGroup(args[2]));
        try {
            HfCameraComponent hf = ctx.getComponent("hfcamera", HfCameraComponent.class);
            HfCameraBenchmarks.awaitUntil(() -> hf.getSession() != null && hf.getSession().isEventsSubscribed(),
                    Duration.ofSeconds(60), "the record topics subscribed");
            System.out.println("READY");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            while (in.readLine() != null) {
                System.out.println("COUNT " + count.get() + " " + last.get());
                System.out.flush();
            }
        } finally {
            ctx.close();
        }
        System.exit(0);
    }
}
