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
package io.github.camelhfcamera.hfcamera.simulator.broker;

import java.util.Objects;

/**
 * What both test brokers' builders take: the port and a login.
 *
 * @param <B> the builder itself
 */
public abstract class BrokerOptions<B extends BrokerOptions<B>> {

    int port;
    String username;
    String password;

    BrokerOptions() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** The port; 0 (the default) picks a free one. */
    public B port(int port) {
        this.port = port;
        return self();
    }

    /**
     * Turns security on: anonymous clients are refused, clients must connect with this user and password (which is
     * never logged).
     */
    public B credentials(String username, String password) {
        this.username = Objects.requireNonNull(username, "username");
        this.password = Objects.requireNonNull(password, "password");
        return self();
    }
}
