package org.offeringcompliance.notification.webhook;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.offeringcompliance.notification.webhook.WebhookUrls.Target;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * POSTs deliveries with Vert.x's HTTP client, connecting to the address WebhookUrls checked (the host name still names
 * the Host header, TLS SNI and the certificate to verify), so a DNS answer that changes after the check is not used.
 * No redirects are followed.
 */
@ApplicationScoped
public class WebhookHttp {

    /** What an attempt got: a status code, or why there was none. */
    public record Result(Integer statusCode, String error) {

        public boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }

        public boolean gone() {
            return statusCode != null && statusCode == 410;
        }

        /** For last_error: null on success. */
        public String problem() {
            return succeeded() ? null : error != null ? error : "HTTP " + statusCode;
        }
    }

    @Inject
    Vertx vertx;

    @Inject
    WebhookConfig config;

    private HttpClient client;

    @PostConstruct
    void init() {
        client = vertx.createHttpClient(new HttpClientOptions().setVerifyHost(true).setMaxPoolSize(50)
                .setConnectTimeout((int) config.timeout().toMillis()).setKeepAliveTimeout(30));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Completes within the timeout, never exceptionally. */
    public CompletableFuture<Result> post(Target target, Map<String, String> headers, String body) {
        Duration timeout = config.timeout();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST)
                .setAbsoluteURI(target.url().toString()).setFollowRedirects(false)
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setIdleTimeout(timeout.toMillis());
        headers.forEach(options::putHeader);
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        return client.request(options).compose(request -> {
            sent.set(request);
            return request.send(Buffer.buffer(body));
        }).map(response -> new Result(response.statusCode(), null)).toCompletionStage().toCompletableFuture()
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).exceptionally(failure -> {
                    if (sent.get() != null) {
                        sent.get().reset();
                    }
                    return new Result(null, describe(failure, timeout));
                });
    }

    private static String describe(Throwable failure, Duration timeout) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        if (cause instanceof TimeoutException || cause instanceof io.netty.handler.timeout.TimeoutException) {
            return "No answer within " + timeout.toSeconds() + " s.";
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
