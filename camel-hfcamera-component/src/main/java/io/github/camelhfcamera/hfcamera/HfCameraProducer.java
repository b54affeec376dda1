package io.github.camelhfcamera.hfcamera;

import java.util.concurrent.CompletableFuture;

import io.github.camelhfcamera.hfcamera.session.HfSession;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * What the persons and command producers share: the endpoint's connection, and an asynchronous exchange that
 * completes when the devices have answered. Input refused before anything was sent completes the exchange at once.
 */
abstract class HfCameraProducer extends DefaultAsyncProducer {

    protected final HfCameraEndpoint endpoint;
    protected HfSession session;

    protected HfCameraProducer(HfCameraEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        session = endpoint.getComponent().acquireSession(endpoint.getConfiguration());
    }

    /**
     * Validates the exchange and sends what it asks for.
     *
     * @return completes when every device has answered (exceptionally with the first failure)
     * @throws RuntimeException for input refused before anything was sent
     */
    protected abstract CompletableFuture<?> start(Exchange exchange);

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<?> work;
        try {
            work = start(exchange);
        } catch (RuntimeException e) {
            // invalid input: nothing was sent
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        work.whenComplete((v, x) -> {
            if (x != null) {
                exchange.setException(HfSession.unwrap(x));
            }
            callback.done(false);
        });
        return false;
    }
}
