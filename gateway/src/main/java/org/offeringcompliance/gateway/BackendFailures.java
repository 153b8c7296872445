package org.offeringcompliance.gateway;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/** A backend that is down, slow or broken gets a JSON 503/504/502 instead of the proxy's empty 502. */
final class BackendFailures implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(BackendFailures.class);

    private final String backend;

    BackendFailures(String backend) {
        this.backend = backend;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> {
            int status = status(failure);
            LOG.warnf("%d for %s %s (request %s): backend %s failed: %s", status, context.request().getMethod(),
                    context.request().getURI(), context.request().proxiedRequest().getHeader(RequestIds.HEADER), backend,
                    failure.toString());
            // release() resumes and drops the client's body, so the connection stays usable
            ProxyResponse response = context.request().release().response().setStatusCode(status)
                    .setBody(Body.body(Buffer.buffer(JsonErrors.body(detail(status)))));
            response.headers().clear();
            response.putHeader("Content-Type", "application/json");
            return Future.succeededFuture(response);
        });
    }

    static int status(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // a refused or timed-out connect (Netty's ConnectTimeoutException is a ConnectException)
            if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof UnknownHostException) {
                return 503;
            }
            // the request idle timeout: the backend accepted the request but stayed silent
            if (t instanceof TimeoutException) {
                return 504;
            }
        }
        return 502;
    }

    static String detail(int status) {
        return switch (status) {
            case 503 -> "The service behind this route is unavailable.";
            case 504 -> "The service behind this route did not answer in time.";
            default -> "The service behind this route failed.";
        };
    }
}
