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
package io.github.camelhfcamera.hfcamera.protocol;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Message ids unique across threads and across running instances: a random 64-bit prefix drawn once per instance
 * and a counter. Replies are correlated by this id, so two platforms on one broker must never issue the same one.
 */
public final class MessageIds {

    private final String prefix;
    private final AtomicLong counter = new AtomicLong();

    public MessageIds() {
        this(Long.toUnsignedString(new SecureRandom().nextLong(), 36));
    }

    public MessageIds(String prefix) {
        this.prefix = prefix;
    }

    /** The next id, for example {@code hf-1x2k9s0d8f7g6-42}. */
    public String next() {
        return "hf-" + prefix + "-" + Long.toString(counter.incrementAndGet(), 36);
    }
}
