package org.offeringcompliance.gateway;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpConnection;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * A backend may close a pooled keep-alive connection just as the gateway sends on it: the request then fails with the
 * connection closed and no answer, and the backend has not handled it. Such a request is sent once more on a new
 * connection of its own (the pool may still hold others the backend is closing). A connection that fails on its first request is a backend failure (502), not a stale one.
 */
final class StaleConnectionRetry implements ProxyInterceptor {

    private static final String REUSED = "backend-connection-reused";
    private static final String RETRY = "backend-retry";
    /** Connections that have carried a request; a connection leaves the set when it closes. */
    private final Set<HttpConnection> used = ConcurrentHashMap.newKeySet();

    /** Called with each request bound to its connection: remembers whether the connection came from the pool. */
    void connected(ProxyContext context, HttpClientRequest request) {
        HttpConnection connection = request.connection();
        boolean fresh = used.add(connection);
        if (fresh) {
            connection.closeHandler(closed -> used.remove(connection));
        }
        context.set(REUSED, !fresh);
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> {
            if (!isStale(context, failure)) {
                return Future.failedFuture(failure);
            }
            context.set(RETRY, true);
            return context.sendRequest();
        });
    }

    /** True for the second sending: it must not take a pooled connection, which the backend may be closing too. */
    static boolean isRetry(ProxyContext context) {
        return Boolean.TRUE.equals(context.get(RETRY, Boolean.class));
    }

    private static boolean isStale(ProxyContext context, Throwable failure) {
        return Boolean.TRUE.equals(context.get(REUSED, Boolean.class)) && failure instanceof HttpClosedException;
    }
}
