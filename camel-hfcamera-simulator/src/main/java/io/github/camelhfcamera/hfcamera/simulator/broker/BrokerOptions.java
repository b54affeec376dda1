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
